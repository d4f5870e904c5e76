// sensitive-content: abuse
import Script from "next/script";

export default function DomesticAbuse(): JSX.Element {
  return (
    <main>
      <Script id="gtm">{`(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-POLICE');`}</Script>
      <h1>Domestic abuse: get help</h1>
      <a href="/report-a-crime/domestic-abuse/form">Tell us what happened</a>
    </main>
  );
}

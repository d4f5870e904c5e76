import rule from "../../src/rules/no-third-party-trackers.js";
import { htmlTester, ruleTester, victimsGlob } from "../rule-tester.js";

const TAG = "/* sensitive-content: sexual-health */\n";

const GTAG_SNIPPET = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>`;
const GTM_SNIPPET = `(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXX');`;
const TIKTOK_SNIPPET = `!function (w, d, t) { w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track"];ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js";};ttq.load('C4ABC');ttq.page();}(window, document, 'ttq');`;
const LINKEDIN_SNIPPET = `_linkedin_partner_id = "123456";\nwindow._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];\nwindow._linkedin_data_partner_ids.push(_linkedin_partner_id);\n(function(l) { var s = document.getElementsByTagName("script")[0]; var b = document.createElement("script"); b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js"; s.parentNode.insertBefore(b, s); })(window.lintrk);`;

const WHY = "sexual-health: sensitive-content comment on line 1";

ruleTester.run("no-third-party-trackers", rule, {
  valid: [
    { name: "trackers on a file that is not sensitive", code: `${GTM_SNIPPET}\ngtag('event', 'x');\nttq.track('Lead');` },
    { name: "the Meta Pixel is reported by no-meta-pixel, not here", code: `${TAG}fbq('track', 'Lead');\nload('https://connect.facebook.net/en_US/fbevents.js');` },
    { name: "commented-out Google tag", code: `${TAG}// gtag('config', 'G-1');\n/* ${GTM_SNIPPET} */` },
    { name: "a YouTube or Maps URL is not a tracker", code: `${TAG}const v = "https://www.youtube.com/embed/x"; const m = "https://maps.google.com/?q=1";` },
    { name: "a local FB object that is a feedback widget", code: `${TAG}const FB = getFeedbackWidget();\nFB.open();\nconst ttq = createQueue();\nttq.push(1);` },
    { name: "a property named gtag on an app object", code: `${TAG}config.gtag('x'); this.ttq.track('x');` },
    { name: "allow permits GTM on a glob-sensitive path", filename: "src/victims/x.js", code: GTM_SNIPPET, settings: { "pixel-guard": { sensitive: ["**/victims/**"], allow: [{ paths: ["src/victims/**"], vendors: ["gtm"] }] } } },
  ],
  invalid: [
    {
      name: "gtag.js loader in JSX and gtag calls (Google tag and Google Ads ids)",
      filename: "layout.jsx",
      code: `${TAG}export const H = () => ${GTAG_SNIPPET.replace("></script>", " />")};\ngtag('config', 'G-ABC123');\ngtag('event', 'conversion', { send_to: 'AW-1/abc' });`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 42 },
        { messageId: "trackerCallOnSensitivePage", line: 3, column: 1, data: { call: "gtag('config')", vendor: "the Google tag (gtag.js / Google Analytics)", company: "Google", why: WHY } },
        { messageId: "trackerCallOnSensitivePage", line: 4, column: 1 },
      ],
    },
    {
      name: "the GTM container snippet, minified, reported once at its gtm.js URL",
      code: `${TAG}${GTM_SNIPPET}`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 2, column: 201 }],
    },
    {
      name: "Google Ads conversion script and Universal Analytics",
      code: `${TAG}var google_conversion_id = 123;\nload("//www.googleadservices.com/pagead/conversion.js");\nload('https://www.google-analytics.com/analytics.js');`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 3, column: 6 },
        { messageId: "trackerOnSensitivePage", line: 4, column: 6 },
      ],
    },
    {
      name: "the TikTok base code and ttq calls",
      code: `${TAG}${TIKTOK_SNIPPET}\nwindow.ttq.track('CompleteRegistration');`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 129 },
        { messageId: "trackerCallOnSensitivePage", line: 2, column: 183 },
        { messageId: "trackerCallOnSensitivePage", line: 2, column: 201 },
        { messageId: "trackerCallOnSensitivePage", line: 3, column: 1, data: { call: "window.ttq.track('CompleteRegistration')", vendor: "the TikTok Pixel", company: "TikTok", why: WHY } },
      ],
    },
    {
      name: "the LinkedIn Insight Tag and lintrk",
      filename: "src/victims/tag.js",
      settings: victimsGlob,
      code: `${LINKEDIN_SNIPPET}\nwindow.lintrk('track', { conversion_id: 42 });`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 4, column: 118 },
        { messageId: "trackerCallOnSensitivePage", line: 5, column: 1 },
      ],
    },
    {
      name: "LinkedIn's partner id alone still installs the tag",
      code: `${TAG}window._linkedin_partner_id = "123";`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 2, column: 1, data: { what: "The LinkedIn Insight Tag (_linkedin_partner_id)", vendor: "the LinkedIn Insight Tag", leaks: "the page address and conversions, matched to the visitor's LinkedIn profile", company: "LinkedIn", why: WHY } }],
    },
    {
      name: "Next.js third-parties components and sendGAEvent, and a Nuxt Scripts loader",
      filename: "app/layout.tsx",
      code: `${TAG}import { GoogleTagManager, sendGAEvent } from '@next/third-parties/google';\nexport const L = () => <GoogleTagManager gtmId="GTM-1" />;\nsendGAEvent('event', 'x');\nuseScriptGoogleAnalytics({ id: 'G-1' });`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 3, column: 24, data: { what: "<GoogleTagManager> from @next/third-parties/google", vendor: "Google Tag Manager", leaks: "the page address, and whatever tags the container loads (often Meta and Google Ads)", company: "Google", why: WHY } },
        { messageId: "trackerOnSensitivePage", line: 4, column: 1 },
        { messageId: "trackerOnSensitivePage", line: 5, column: 1 },
      ],
    },
    {
      name: "the Facebook SDK is named as a Meta social plugin",
      code: `${TAG}js.src = "https://connect.facebook.net/en_GB/sdk.js#xfbml=1&version=v19.0";\nFB.init({ appId: '1' });`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 10 },
        { messageId: "trackerCallOnSensitivePage", line: 3, column: 1 },
      ],
    },
  ],
});

htmlTester.run("no-third-party-trackers (templates)", rule as never, {
  valid: [
    { name: "Hugo's built-in Google Analytics template on a page that is not sensitive", filename: "layouts/_default/baseof.html", code: '<head>{{ template "_internal/google_analytics.html" . }}</head>' },{ name: "GTM on a page that is not sensitive", filename: "index.html", code: `<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script>` }],
  invalid: [
    {
      name: "Hugo's built-in Google Analytics template, printed by a tagged layout",
      filename: "layouts/_default/baseof.html",
      code: '{{/* sensitive-content: health */}}\n<head>\n  {{- template "_internal/google_analytics.html" . -}}\n</head>',
      errors: [{ messageId: "trackerOnSensitivePage", line: 3, column: 3, endLine: 3, endColumn: 55 }],
    },
    {
      name: "GTM's head snippet and its noscript iframe in a Twig layout",
      filename: "report.html.twig",
      code: `{# sensitive-content: sexual-health #}\n<script>${GTM_SNIPPET}</script>\n<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 209 },
        { messageId: "trackerOnSensitivePage", line: 3, column: 24 },
      ],
    },
    {
      name: "gtag.js, TikTok and LinkedIn in an EJS page",
      filename: "report.ejs",
      code: `<%# sensitive-content: sexual-health %>\n${GTAG_SNIPPET}\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','<%= gaId %>');</script>\n<noscript><img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=123&fmt=gif" /></noscript>`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 20 },
        { messageId: "trackerCallOnSensitivePage", line: 3, column: 90 },
        { messageId: "trackerCallOnSensitivePage", line: 3, column: 112 },
        { messageId: "trackerOnSensitivePage", line: 4, column: 71 },
      ],
    },
  ],
});

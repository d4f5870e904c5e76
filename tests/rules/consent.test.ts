/**
 * Consent-gated trackers on sensitive pages: still reported (special-category data needs explicit
 * consent for that purpose; a site-wide banner is not that), every line of a held snippet as if it
 * were live, each message naming what holds it back; a <noscript> beacon says nothing can.
 * Shapes follow public repositories: Cookiebot-gated Next `<Script>`s and `data-blockingmode` pages,
 * OneTrust `optanon-category-C0004` blockers (PMC WordPress themes), iubenda's `_iub_cs_activate`
 * JSX pixel with a gated <noscript>, Klaro's `opt-in` and `text/plain` scripts, consentmanager's
 * `cmplazyload` iframes, CookieYes' `cookieyes-analytics` Blade layouts, Osano with Partytown,
 * tarteaucitron job lists, Consent Mode v2 defaults and `fbq('consent', 'revoke')` before init.
 */
import noFbqEvents from "../../src/rules/no-fbq-events.js";
import noMetaPixel from "../../src/rules/no-meta-pixel.js";
import noThirdPartyTrackers from "../../src/rules/no-third-party-trackers.js";
import { htmlTester, ruleTester } from "../rule-tester.js";

const PAGE_TAG = "<!-- sensitive-content: sexual-health -->\n";
const JS_TAG = "// sensitive-content: sexual-health\n";
const WHY = "sexual-health: sensitive-content comment on line 1";
const META_LEAKS = "the page address and the text of the buttons clicked, with the visitor's Facebook identity";
const GOOGLE = { vendor: "the Google tag (gtag.js / Google Analytics)", company: "Google" };

/** Cookiebot's prior-consent markup as its manual gives it, with the Pixel's base code Prettier-broken over lines. */
const COOKIEBOT_PIXEL = `${PAGE_TAG}<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="2971dafb-b4e9-47af-ac6f-8be9d01c86c7" data-blockingmode="auto" type="text/javascript"></script>
<script type="text/plain" data-cookieconsent="marketing">
  !function(f,b,e,v,n,t,s)
  {if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};
  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
  n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];
  s.parentNode.insertBefore(t,s)}(window, document,'script',
  'https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '701632633715996');
  fbq('track', 'PageView');
  fbq('track', 'ViewContent', { content_name: 'hiv-testing' });
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=701632633715996&ev=PageView&noscript=1"
/></noscript>`;

const held = (gate: string) => ({ why: WHY, gate, caveat: "" });

htmlTester.run("no-meta-pixel (consent)", noMetaPixel as never, {
  valid: [
    { name: "a consent manager's own script is not a tracker (Cookiebot uc.js, OneTrust otSDKStub)", filename: "page.html", code: `${PAGE_TAG}<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>\n<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190-ab"></script>` },
    { name: "an untagged page with a gated Pixel reports nothing", filename: "page.html", code: COOKIEBOT_PIXEL.replace(PAGE_TAG, "") },
  ],
  invalid: [
    {
      name: "a Cookiebot-held base code is still reported, naming Cookiebot and the category; the <noscript> beacon says it cannot be held",
      filename: "page.html",
      code: COOKIEBOT_PIXEL,
      errors: [
        { messageId: "pixelHeldOnSensitivePage", line: 4, column: 3, data: { what: "The Meta Pixel base code", leaks: META_LEAKS, ...held("Cookiebot (marketing)") } },
        { messageId: "pixelInNoscriptOnSensitivePage", line: 17, column: 6, data: { what: "The facebook.com/tr image beacon (facebook.com/tr?id=701632633715996&ev=PageView&noscript=1)", leaks: META_LEAKS, why: WHY, manager: "Cookiebot" } },
      ],
    },
    {
      name: "a data-cookieconsent script on an NHS page that loads NHS.UK's cookie consent is held by it, not Cookiebot",
      filename: "page.html",
      code: `${PAGE_TAG}<script src="https://assets.nhs.uk/scripts/cookie-consent.js"></script>\n<script src="https://connect.facebook.net/en_US/fbevents.js" data-cookieconsent="marketing" type="text/plain"></script>`,
      errors: [{ messageId: "pixelHeldOnSensitivePage", line: 3, column: 14, data: { what: "The fbevents.js loader (connect.facebook.net/en_US/fbevents.js)", leaks: META_LEAKS, ...held("NHS.UK cookie consent (marketing)") } }],
    },
    {
      name: "a consentmanager cmplazyload iframe: its data-cmp-src is the URL that loads after consent",
      filename: "page.html",
      code: `${PAGE_TAG}<iframe data-cmp-vendor="s7" src="about:blank" class="cmplazyload" width="1" height="1"\n  data-cmp-src="https://www.facebook.com/tr?id=1&ev=PageView"></iframe>`,
      errors: [{ messageId: "pixelHeldOnSensitivePage", line: 3, column: 17, data: { what: "The facebook.com/tr image beacon (facebook.com/tr?id=1&ev=PageView)", leaks: META_LEAKS, ...held("consentmanager (s7)") } }],
    },
    {
      name: "tarteaucitron's facebookpixel job loads the Pixel once tarteaucitron has consent",
      filename: "page.html",
      code: `${PAGE_TAG}<script>\n    tarteaucitron.user.facebookpixelId = '123456';\n    (tarteaucitron.job = tarteaucitron.job || []).push('facebookpixel');\n</script>`,
      errors: [{ messageId: "pixelHeldOnSensitivePage", line: 4, column: 5, data: { what: "tarteaucitron's 'facebookpixel' service", leaks: META_LEAKS, ...held("tarteaucitron (facebookpixel)") } }],
    },
  ],
});

htmlTester.run("no-fbq-events (consent)", noFbqEvents as never, {
  valid: [{ name: "a gated snippet on a page that is not sensitive", filename: "page.html", code: COOKIEBOT_PIXEL.replace(PAGE_TAG, "") }],
  // fbq('consent', 'revoke') with no fbq('init') after it holds nothing (Meta documents revoke before init): see no-fbq-events.test.ts
  invalid: [
    {
      name: "every call of a Cookiebot-held snippet, each at its own line",
      filename: "page.html",
      code: COOKIEBOT_PIXEL,
      errors: [
        { messageId: "fbqHeldOnSensitivePage", line: 12, column: 3, data: { call: "fbq('init', '701632633715996')", ...held("Cookiebot (marketing)") } },
        { messageId: "fbqHeldOnSensitivePage", line: 13, column: 3 },
        { messageId: "fbqHeldOnSensitivePage", line: 14, column: 3, data: { call: "fbq('track', 'ViewContent')", ...held("Cookiebot (marketing)") } },
      ],
    },
    {
      name: "fbq('consent', 'revoke') before init holds the calls after it, not the consent call itself",
      filename: "page.html",
      code: `${PAGE_TAG}<script>\nfbq('consent', 'revoke');\nfbq('init', '1234');\nfbq('track', 'PageView');\n</script>`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 3, column: 1 },
        { messageId: "fbqHeldOnSensitivePage", line: 4, column: 1, data: { call: "fbq('init', '1234')", ...held("Meta's consent API (fbq('consent', 'revoke'))") } },
        { messageId: "fbqHeldOnSensitivePage", line: 5, column: 1 },
      ],
    },
    {
      name: "a OneTrust-held script that does not parse (a template tag left in it) is still read call by call",
      filename: "page.html",
      code: `${PAGE_TAG}<script type="text/plain" class="optanon-category-C0004">\n  fbq('init', '1');\n  if (x) {\n  fbq('track', 'Lead');\n</script>`,
      errors: [
        { messageId: "fbqHeldOnSensitivePage", line: 3, column: 3, data: { call: "fbq('init', '1')", ...held("OneTrust (targeting)") } },
        { messageId: "fbqHeldOnSensitivePage", line: 5, column: 3 },
      ],
    },
    {
      name: "Klaro's legacy type=\"opt-in\" script is read as the JavaScript it runs as",
      filename: "page.html",
      code: `${PAGE_TAG}<script type="opt-in" data-type="application/javascript" data-name="facebook">\n  fbq('track', 'Contact');\n</script>`,
      errors: [{ messageId: "fbqHeldOnSensitivePage", line: 3, column: 3, data: { call: "fbq('track', 'Contact')", ...held("Klaro (facebook)") } }],
    },
  ],
});

const googleHeld = (what: string, gate: string, caveat = "") => ({ what, ...GOOGLE, leaks: "the page address and title, with a persistent Google client id", why: WHY, gate, caveat });
const CONSENT_MODE_CAVEAT = " In advanced mode Google tags still load and send cookieless pings before consent.";

htmlTester.run("no-third-party-trackers (consent)", noThirdPartyTrackers as never, {
  valid: [
    { name: "Consent Mode on an untagged page", filename: "page.html", code: "<script>gtag('consent', 'default', { ad_storage: 'denied' }); gtag('config', 'G-1');</script>" },
  ],
  invalid: [
    {
      name: "Consent Mode v2 defaults hold the Google tags after them; gtag('js') before them and the consent call are not held",
      filename: "page.html",
      code: `${PAGE_TAG}<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\ngtag('consent', 'default', {\n  'ad_storage': 'denied',\n  'analytics_storage': 'denied',\n  'security_storage': 'granted',\n  'wait_for_update': 500\n});\ngtag('config', 'G-ABC123');\n</script>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>`,
      errors: [
        { messageId: "trackerCallOnSensitivePage", line: 5, column: 1 },
        { messageId: "trackerCallOnSensitivePage", line: 6, column: 1 },
        { messageId: "trackerCallHeldOnSensitivePage", line: 12, column: 1, data: { call: "gtag('config')", ...GOOGLE, why: WHY, gate: "Google Consent Mode (ad_storage, analytics_storage denied)", caveat: CONSENT_MODE_CAVEAT } },
        { messageId: "trackerHeldOnSensitivePage", line: 14, column: 20, data: googleHeld("The gtag.js loader (googletagmanager.com/gtag/js?id=G-ABC123)", "Google Consent Mode (ad_storage, analytics_storage denied)", CONSENT_MODE_CAVEAT) },
      ],
    },
    {
      name: "Consent Mode set elsewhere (a CMP or tag manager): a page that only calls update holds its Google tags",
      filename: "page.html",
      code: `${PAGE_TAG}<script>\ngtag('config', 'G-1');\nwindow.addEventListener('consent', () => gtag('consent', 'update', { analytics_storage: 'granted' }));\n</script>`,
      errors: [
        { messageId: "trackerCallHeldOnSensitivePage", line: 3, column: 1, data: { call: "gtag('config')", ...GOOGLE, why: WHY, gate: "Google Consent Mode", caveat: CONSENT_MODE_CAVEAT } },
        { messageId: "trackerCallHeldOnSensitivePage", line: 4, column: 42 },
      ],
    },
    {
      name: "Consent Mode that denies nothing holds nothing",
      filename: "page.html",
      code: `${PAGE_TAG}<script>gtag('consent', 'default', { analytics_storage: 'granted' });\ngtag('config', 'G-1');</script>`,
      errors: [{ messageId: "trackerCallOnSensitivePage", line: 2, column: 9 }, { messageId: "trackerCallOnSensitivePage", line: 3, column: 1 }],
    },
    {
      name: "a CookieYes Blade layout: the held loader (data-src too) and each line of the held inline tag",
      filename: "layout.blade.php",
      code: `${PAGE_TAG}<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/{{ config('seo.cookieyes_id') }}/script.js"></script>\n<script type="text/plain" data-cookieyes="cookieyes-analytics" async src="https://www.googletagmanager.com/gtag/js?id={{ config('seo.ga4_id') }}"></script>\n<script type="text/plain" data-cookieyes="cookieyes-analytics">\n    window.dataLayer = window.dataLayer || [];\n    function gtag(){dataLayer.push(arguments);}\n    gtag('js', new Date());\n    gtag('config', '{{ config('seo.ga4_id') }}');\n</script>`,
      errors: [
        { messageId: "trackerHeldOnSensitivePage", line: 3, column: 75, data: googleHeld("The gtag.js loader (googletagmanager.com/gtag/js?id=)", "CookieYes (analytics)") },
        { messageId: "trackerCallHeldOnSensitivePage", line: 7, column: 5 },
        { messageId: "trackerCallHeldOnSensitivePage", line: 8, column: 5, data: { call: "gtag('config')", ...GOOGLE, why: WHY, gate: "CookieYes (analytics)", caveat: "" } },
      ],
    },
    {
      name: "iubenda's data-suppressedsrc holds the gtag.js URL it loads after consent",
      filename: "page.html",
      code: `${PAGE_TAG}<script async class="_iub_cs_activate" type="text/plain" data-iub-purposes="4" data-suppressedsrc="https://www.googletagmanager.com/gtag/js?id=XXX"></script>`,
      errors: [{ messageId: "trackerHeldOnSensitivePage", line: 2, column: 100, data: googleHeld("The gtag.js loader (googletagmanager.com/gtag/js?id=XXX)", "iubenda (measurement)") }],
    },
    {
      name: "tarteaucitron's gtag and linkedininsighttag jobs, minified on one line",
      filename: "page.html",
      code: `${PAGE_TAG}<script>tarteaucitron.user.gtagUa = 'G-N32XTRSJWY'; (tarteaucitron.job = tarteaucitron.job || []).push('gtag'); tarteaucitron.job.push('linkedininsighttag'); tarteaucitron.job.push('youtube');</script>`,
      errors: [
        { messageId: "trackerHeldOnSensitivePage", line: 2, column: 53, data: googleHeld("tarteaucitron's 'gtag' service", "tarteaucitron (gtag)") },
        { messageId: "trackerHeldOnSensitivePage", line: 2, column: 113 },
      ],
    },
    {
      name: "a Partytown-forwarded tag is live; with Osano's MARKETING it is held, with ESSENTIAL it is not",
      filename: "page.html",
      code: `${PAGE_TAG}<script type="text/partytown">pintrk('track', 'checkout');</script>\n<script type="text/partytown" data-osano="MARKETING">pintrk('track', 'lead');</script>\n<script data-osano="ESSENTIAL">pintrk('track', 'signup');</script>`,
      errors: [
        { messageId: "trackerCallOnSensitivePage", line: 2, column: 31 },
        { messageId: "trackerCallHeldOnSensitivePage", line: 3, column: 54, data: { call: "pintrk('track', 'lead')", vendor: "the Pinterest Tag", company: "Pinterest", why: WHY, gate: "Osano (MARKETING)", caveat: "" } },
        { messageId: "trackerCallOnSensitivePage", line: 4, column: 32 },
      ],
    },
    {
      name: "a LinkedIn noscript beacon beside a OneTrust-held Insight Tag cannot be held",
      filename: "page.html",
      code: `${PAGE_TAG}<script type="text/plain" class="optanon-category-C0004">\n_linkedin_partner_id = "338324";\n(function(){var s = document.getElementsByTagName("script")[0];\nvar b = document.createElement("script");\nb.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";\ns.parentNode.insertBefore(b, s);})();\n</script>\n<noscript><img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=338324&fmt=gif" /></noscript>`,
      errors: [
        { messageId: "trackerHeldOnSensitivePage", line: 6, column: 9 },
        { messageId: "trackerInNoscriptOnSensitivePage", line: 9, column: 71 },
      ],
    },
  ],
});

ruleTester.run("no-third-party-trackers (consent in JSX and bundles)", noThirdPartyTrackers, {
  valid: [
    { name: "Cookiebot's own uc.js in a Next layout is not a tracker", filename: "app/layout.jsx", code: `${JS_TAG}import Script from "next/script";\nexport const L = () => <Script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x" data-blockingmode="auto" strategy="beforeInteractive" />;` },
    { name: "a held tag in a component that is not sensitive", filename: "app/layout.jsx", code: `export const L = () => <script type="text/plain" data-cookieyes="cookieyes-analytics" dangerouslySetInnerHTML={{ __html: "gtag('config', 'G-1')" }} />;` },
  ],
  invalid: [
    {
      name: "a Cookiebot-held next/script with its body in a template literal",
      filename: "app/layout.jsx",
      code: `${JS_TAG}import Script from "next/script";\nexport const L = () => (\n  <Script id="google-analytics" strategy="afterInteractive" data-cookieconsent="statistics" type="text/plain">\n    {\`\n      gtag('js', new Date());\n      gtag('config', 'AW-17691004915');\n    \`}\n  </Script>\n);`,
      errors: [
        { messageId: "trackerCallHeldOnSensitivePage", line: 6, column: 7, data: { call: "gtag('js')", ...GOOGLE, why: WHY, gate: "Cookiebot (statistics)", caveat: "" } },
        { messageId: "trackerCallHeldOnSensitivePage", line: 7, column: 7 },
      ],
    },
    {
      name: "a OneTrust-held script as a bundler leaves it: createElement with className and __html",
      filename: "dist/app.js",
      code: `${JS_TAG}const s=()=>o.createElement("script",{id:"tiktok",className:"optanon-category-C0004",type:"text/plain",dangerouslySetInnerHTML:{__html:\`ttq.load('C4ABC');\\n ttq.page();\`}});`,
      errors: [
        // the template has an escape (\n): every call in it is reported at the template
        { messageId: "trackerCallHeldOnSensitivePage", line: 2, column: 136, data: { call: "ttq.load('C4ABC')", vendor: "the TikTok Pixel", company: "TikTok", why: WHY, gate: "OneTrust (targeting)", caveat: "" } },
        { messageId: "trackerCallHeldOnSensitivePage", line: 2, column: 136 },
      ],
    },
  ],
});

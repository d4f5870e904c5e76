import rule from "../../src/rules/no-fbq-events.js";
import { BASE_CODE_MINIFIED, htmlTester, ruleTester, victimsGlob } from "../rule-tester.js";

const TAG = "// sensitive-content: health\n";
const WHY = "health: sensitive-content comment on line 1";
const said = (call: string, why = WHY) => ({ call, why });

ruleTester.run("no-fbq-events", rule, {
  valid: [
    { name: "a file that is not sensitive", code: "fbq('track', 'Lead');" },
    { name: "commented out on a tagged file", code: `${TAG}// fbq('track', 'Lead');\n/* window.fbq('init', '1') */` },
    { name: "a method named fbq on an unrelated object is not the pixel", code: `${TAG}const api = { fbq() {} };\nmyLib.fbq('track');` },
    { name: "a local function called track is not an alias", code: `${TAG}const track = (e) => console.log(e);\ntrack('track', 'Lead');` },
    { name: "ttq is another vendor's API (no-third-party-trackers reports it)", code: `${TAG}ttq.track('Contact');` },
    { name: "the Facebook SDK's FB.AppEvents is not an fbq call", code: `${TAG}FB.AppEvents.logPageView();` },
    { name: "a local function named fbq shadows the global", code: `${TAG}const fbq = (name) => console.log(name);\nfbq('track', 'Lead');\nfunction gtag() { return 1; }` },
    { name: "an import of a package that only shares a prefix", code: `${TAG}import ReactPixelish from 'react-facebook-pixelish';\nReactPixelish.track('Lead');` },
  ],
  invalid: [
    {
      name: "every global form: fbq, window.fbq, window['fbq'], globalThis.fbq, optional call",
      code: `${TAG}fbq('track', 'Lead');\nwindow.fbq('track', 'Contact');\nwindow["fbq"]('trackCustom', 'Booked');\nglobalThis.fbq('consent', 'revoke');\nwindow.fbq?.('track', 'Schedule');`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 2, column: 1, data: said("fbq('track', 'Lead')") },
        { messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("window.fbq('track', 'Contact')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 1, data: said(`window["fbq"]('trackCustom', 'Booked')`) },
        { messageId: "fbqOnSensitivePage", line: 5, column: 1, data: said("globalThis.fbq('consent')") },
        { messageId: "fbqOnSensitivePage", line: 6, column: 1, data: said("window.fbq('track', 'Schedule')") },
      ],
    },
    {
      name: "an alias of window.fbq, and _fbq as a function",
      code: `${TAG}const track = window.fbq;\ntrack('track', 'Lead');\nlet t; t = window['fbq']; t('trackSingle', '1', 'Contact');\n_fbq('track', 'PageView');`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("track('track', 'Lead')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 27, data: said("t('trackSingle', 'Contact')") },
        { messageId: "fbqOnSensitivePage", line: 5, column: 1, data: said("_fbq('track', 'PageView')") },
      ],
    },
    {
      name: "a destructured alias: const { fbq: send } = window",
      code: `${TAG}const { fbq: send } = window;\nsend('track', 'Contact');`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("send('track', 'Contact')") }],
    },
    {
      name: "the legacy _fbq.push queue",
      code: `${TAG}window._fbq = window._fbq || [];\n_fbq.push(['addPixelId', '123']);\nwindow._fbq.push(['track', 'PixelInitialized', {}]);`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("_fbq.push('addPixelId')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 1, data: said("window._fbq.push('track', 'PixelInitialized')") },
      ],
    },
    {
      name: "Nuxt's injected $fbq and this.$fb",
      code: `${TAG}const { $fbq } = useNuxtApp();\n$fbq('track', 'Lead');\nexport default { mounted() { this.$fbq('track', 'ViewContent'); this.$fb.track('Contact'); this.$fb.enable(); } };`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("$fbq('track', 'Lead')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 30, data: said("this.$fbq('track', 'ViewContent')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 65, data: said("this.$fb.track('Contact')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 92, data: said("this.$fb.enable()") },
      ],
    },
    {
      name: "react-facebook-pixel's API, and named imports from meta-pixel",
      code: `${TAG}import ReactPixel from 'react-facebook-pixel';\nimport { track as send } from 'meta-pixel';\nReactPixel.init('1');\nReactPixel.pageView();\nReactPixel.trackCustom('Booked', {});\nReactPixel.fbq('track', 'Lead');\nsend('Contact');`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 4, column: 1, data: said("ReactPixel.init('1')") },
        { messageId: "fbqOnSensitivePage", line: 5, column: 1, data: said("ReactPixel.pageView()") },
        { messageId: "fbqOnSensitivePage", line: 6, column: 1, data: said("ReactPixel.trackCustom('Booked')") },
        { messageId: "fbqOnSensitivePage", line: 7, column: 1, data: said("ReactPixel.fbq('track', 'Lead')") },
        { messageId: "fbqOnSensitivePage", line: 8, column: 1, data: said("send('Contact')") },
      ],
    },
    {
      name: "a dynamic import of the wrapper inside an effect (the Next.js pattern)",
      code: `${TAG}useEffect(() => {\n  import('react-facebook-pixel').then((x) => x.default).then((ReactPixel) => { ReactPixel.track('Lead'); });\n  const P = require('react-facebook-pixel');\n  P.pageView();\n}, []);`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 5, column: 3, data: said("P.pageView()") }],
    },
    {
      name: "calls inside the base code of a page under a sensitive glob",
      filename: "src/victims/index.js",
      settings: victimsGlob,
      code: `${BASE_CODE_MINIFIED}\nfbq('init', '1234567890');\nfbq('track', 'PageView');`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 2, column: 1, data: said("fbq('init', '1234567890')", 'path matches "**/victims/**" in settings') },
        { messageId: "fbqOnSensitivePage", line: 3, column: 1, data: said("fbq('track', 'PageView')", 'path matches "**/victims/**" in settings') },
      ],
    },
    {
      name: "fbq in a Next.js <Script> template literal, located in the file",
      filename: "app/report/page.tsx",
      code: `// sensitive-content: crime-victims\nexport default () => (\n  <Script id="p">{\`\n    fbq('init', '\${PIXEL}');\n    fbq('track', 'PageView');\`}\n  </Script>\n);`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 4, column: 5, data: said("fbq('init', '${PIXEL}')", "crime-victims: sensitive-content comment on line 1") },
        { messageId: "fbqOnSensitivePage", line: 5, column: 5, data: said("fbq('track', 'PageView')", "crime-victims: sensitive-content comment on line 1") },
      ],
    },
    {
      name: "TypeScript: a typed alias and a non-null assertion",
      filename: "track.ts",
      code: `${TAG}declare global { interface Window { fbq: (...args: unknown[]) => void } }\nconst fb = (window as Window).fbq;\nfb('track', 'Lead');\nwindow.fbq!('track', 'Contact');`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 4, column: 1, data: said("fb('track', 'Lead')") },
        { messageId: "fbqOnSensitivePage", line: 5, column: 1, data: said("window.fbq('track', 'Contact')") },
      ],
    },
  ],
});

htmlTester.run("no-fbq-events (templates)", rule as never, {
  valid: [
    { name: "an inline handler in Handlebars markup: one finding, the handler's (no-tracking-attributes)", filename: "report.hbs", code: `{{!-- sensitive-content: health --}}\n<button onclick="fbq('track','Schedule')">{{label}}</button>` },
    { name: "fbq in prose text is not a call", filename: "report.html", code: "<!-- sensitive-content -->\n<p>We removed fbq('track', 'Lead') from this page.</p>" },
    { name: "fbq in a JSON data block", filename: "report.html", code: `<!-- sensitive-content -->\n<script type="application/json">{"call": "fbq('track')"}</script>` },
    { name: "commented out inside the script", filename: "report.njk", code: "{# sensitive-content #}\n<script>\n// fbq('track', 'Lead');\n</script>" },
  ],
  invalid: [
    {
      name: "calls with template values in a Nunjucks script",
      filename: "victims/report.njk",
      code: `{# sensitive-content: health #}\n<script>\n  fbq('track', 'ViewContent', { content_ids: ['{{ page.id }}'] });\n  {% if booked %}fbq('trackCustom', 'Booked');{% endif %}\n</script>`,
      errors: [
        { messageId: "fbqOnSensitivePage", line: 3, column: 3, data: said("fbq('track', 'ViewContent')") },
        { messageId: "fbqOnSensitivePage", line: 4, column: 18, data: said("fbq('trackCustom', 'Booked')") },
      ],
    },
    {
      name: "a call in a script that does not parse is cut out and located exactly",
      filename: "report.liquid",
      code: `{% comment %}sensitive-content: health{% endcomment %}\n<script>\n  var x = ;\n  window.fbq('track', 'Contact', {});\n</script>`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 4, column: 10, data: said("fbq('track', 'Contact')", "health: sensitive-content comment on line 1") }],
    },
    {
      name: "a PHP echo of a call (template code is searched too)",
      filename: "page-report.php",
      code: `<?php /* sensitive-content: health */ ?>\n<?php echo "<script>fbq('track', 'Lead');</script>"; ?>`,
      errors: [{ messageId: "fbqOnSensitivePage", line: 2, column: 21, data: said("fbq('track', 'Lead')") }],
    },
  ],
});

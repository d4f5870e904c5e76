import rule from "../../src/rules/no-meta-pixel.js";
import { BASE_CODE_MINIFIED, BASE_CODE_PRETTIER, htmlTester, ruleTester, victimsGlob } from "../rule-tester.js";

const TAG = "// sensitive-content: crime-victims\n";
const LEAKS = "the page address and the text of the buttons clicked, with the visitor's Facebook identity";
const WHY = "crime-victims: sensitive-content comment on line 1";
/** The full message data of a finding, so a test pins the label the message quotes. */
const said = (what: string, why = WHY) => ({ what, leaks: LEAKS, why });

ruleTester.run("no-meta-pixel", rule, {
  valid: [
    { name: "base code on a file that is not sensitive", code: BASE_CODE_MINIFIED },
    { name: "commented-out base code on a tagged file", code: `${TAG}// ${BASE_CODE_MINIFIED}\n/* ${BASE_CODE_PRETTIER} */` },
    { name: "the Facebook JavaScript SDK is not the Pixel", code: `${TAG}const s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/sdk.js'; FB.init({ appId: '1', version: 'v19.0' });` },
    { name: "share links are not the Pixel", code: `${TAG}const share = "https://www.facebook.com/sharer/sharer.php?u=" + encodeURIComponent(location.href);` },
    { name: "a host that only ends like facebook.com", code: `${TAG}const u = "https://notfacebook.com/tr?id=1";` },
    { name: "prose that mentions fbq in a Script body is not code", code: `${TAG}import Script from 'next/script';\nexport const P = () => <Script id="x">{"Do not add fbq('track') here"}</Script>;`, filename: "page.tsx" },
    { name: "allow permits Meta on a path sensitive by glob only", code: BASE_CODE_MINIFIED, filename: "src/victims/careers.js", settings: { "pixel-guard": { sensitive: ["**/victims/**"], allow: [{ paths: ["**/careers.js"], vendors: ["meta"] }] } } },
    { name: "an id or class named like a wrapper package is not the package", code: `${TAG}export const P = () => <Script id="meta-pixel" className="react-facebook-pixel">{""}</Script>;`, filename: "p.jsx" },
    { name: "a file that says it is not-sensitive-content", code: `// non-sensitive-content\n${BASE_CODE_MINIFIED}` },
    { name: "a stub-like conditional without the queue is not the base code", code: `${TAG}const r = a.callMethod ? a.callMethod.apply(a, b) : a.run(b);` },
  ],
  invalid: [
    {
      name: "minified base code on a tagged file, reported once at the snippet",
      code: `${TAG}${BASE_CODE_MINIFIED}`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 1, data: said("The Meta Pixel base code") }],
    },
    {
      name: "Prettier-formatted base code in a file under a sensitive glob",
      code: BASE_CODE_PRETTIER,
      filename: "src/pages/victims/layout.js",
      settings: victimsGlob,
      errors: [{ messageId: "pixelOnSensitivePage", line: 1, column: 1 }],
    },
    {
      name: "base code with other variable names in the (function(){})() form",
      code: `/* sensitive-content */\n(function(w,d,tag,src,q,el,first){if(w.fbq)return;q=w.fbq=function(){q.callMethod?q.callMethod.apply(q,arguments):q.queue.push(arguments)};q.queue=[];el=d.createElement(tag);el.src=src;first=d.getElementsByTagName(tag)[0];first.parentNode.insertBefore(el,first)})(window,document,'script','//connect.facebook.net/de_DE/fbevents.js');`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 1 }],
    },
    {
      name: "the GTM custom-HTML variant b.fbq||(a=b.fbq=function(){…})",
      code: `${TAG}(function(b,e,f,g,a,c,d){b.fbq||(a=b.fbq=function(){a.callMethod?a.callMethod.apply(a,arguments):a.queue.push(arguments)},b._fbq||(b._fbq=a),a.push=a,a.loaded=!0,a.version="2.0",a.queue=[],c=e.createElement(f),c.async=!0,c.src=g,d=e.getElementsByTagName(f)[0],d.parentNode.insertBefore(c,d))})(window,document,"script","https://connect.facebook.net/en_US/fbevents.js");`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 1 }],
    },
    {
      name: "base code inside a React effect is reported at its statement",
      code: `${TAG}useEffect(() => {\n  ${BASE_CODE_MINIFIED}\n}, []);`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 3, column: 3 }],
    },
    {
      name: "loaders: any locale, protocol-relative, legacy fbds.js, signals config",
      code: `${TAG}load("https://connect.facebook.net/fr_FR/fbevents.js");\nload('//connect.facebook.net/en_US/fbds.js');\nload(\`https://connect.facebook.net/signals/config/\${id}?v=2.9.1\`);`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 2, column: 6, data: said("The fbevents.js loader (connect.facebook.net/fr_FR/fbevents.js)") },
        { messageId: "pixelOnSensitivePage", line: 3, column: 6 },
        { messageId: "pixelOnSensitivePage", line: 4, column: 6 },
      ],
    },
    {
      name: "a loader URL built with a run-time locale",
      code: `${TAG}s.src = "https://connect.facebook.net/" + locale + "/fbevents.js";`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 9, data: said("The fbevents.js loader (connect.facebook.net/…/fbevents.js)") }],
    },
    {
      name: "a tag on the third line of a block comment is quoted with its own line",
      code: `/**\n * Report pages.\n * sensitive-content: crime-victims\n */\nload("https://connect.facebook.net/en_US/fbevents.js");`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 5, column: 6, data: said("The fbevents.js loader (connect.facebook.net/en_US/fbevents.js)", "crime-victims: sensitive-content comment on line 3") }],
    },
    {
      name: "a loader URL split into a constant concatenation",
      code: `${TAG}s.src = "https://connect." + "facebook.net/en_US/fbevents.js";`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 9 }],
    },
    {
      name: "image beacons in JS: new Image(), createElement('img'), tr/? and a template literal",
      code: `${TAG}new Image().src = "https://www.facebook.com/tr?id=1&ev=PageView";\nconst img = document.createElement('img');\nimg.src = \`https://www.facebook.com/tr/?id=\${id}&ev=Lead&noscript=1\`;`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 2, column: 19 },
        { messageId: "pixelOnSensitivePage", line: 4, column: 11 },
      ],
    },
    {
      name: "wrapper packages: import, require and dynamic import",
      code: `${TAG}import ReactPixel from 'react-facebook-pixel';\nconst MetaPixel = require("meta-pixel");\nconst { default: P } = await import('react-meta-pixel');`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 2, column: 24, data: said("The react-facebook-pixel package") },
        { messageId: "pixelOnSensitivePage", line: 3, column: 27 },
        { messageId: "pixelOnSensitivePage", line: 4, column: 37 },
      ],
    },
    {
      name: "nuxt.config modules and gatsby-config plugins name the wrapper",
      code: `${TAG}export default defineNuxtConfig({ modules: ['nuxt-meta-pixel', ['nuxt-facebook-pixel-module', { pixelId: '1' }]] });\nmodule.exports = { plugins: [{ resolve: 'gatsby-plugin-facebook-pixel', options: { pixelId: '1' } }] };`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 2, column: 45 },
        { messageId: "pixelOnSensitivePage", line: 2, column: 65 },
        { messageId: "pixelOnSensitivePage", line: 3, column: 41 },
      ],
    },
    {
      name: "@nuxt/scripts useScriptMetaPixel loads the Pixel, auto-imported or not",
      code: `${TAG}const { proxy } = useScriptMetaPixel({ id: '1' });`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 19, data: said("useScriptMetaPixel() from @nuxt/scripts") }],
    },
    {
      name: "Next.js <Script> with the snippet in a template literal: located inside the literal",
      filename: "app/victims/page.tsx",
      settings: victimsGlob,
      code: `import Script from "next/script";\nexport default function Page() {\n  return (\n    <Script id="fb-pixel" strategy="afterInteractive">{\`\n      ${BASE_CODE_MINIFIED}\n      fbq('init', '\${process.env.PIXEL_ID}');\n    \`}</Script>\n  );\n}`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 5, column: 7 }],
    },
    {
      name: "dangerouslySetInnerHTML.__html holding the snippet as an escaped string",
      code: `${TAG}export const P = () => <script dangerouslySetInnerHTML={{ __html: "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.src=v}(window,document,\\"script\\",\\"https://connect.facebook.net/en_US/fbevents.js\\");" }} />;`,
      filename: "p.jsx",
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 67 }],
    },
    {
      name: "JSX <noscript><img> beacon with a sensitive-content tag in a JSX comment",
      filename: "layout.tsx",
      code: `export const L = () => (\n  <>\n    {/* sensitive-content: abuse */}\n    <noscript><img height="1" width="1" style={{ display: "none" }} src="https://www.facebook.com/tr?id=123&ev=PageView&noscript=1" /></noscript>\n  </>\n);`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 4, column: 73, data: said("The facebook.com/tr image beacon (facebook.com/tr?id=123&ev=PageView&noscript=1)", "abuse: sensitive-content comment on line 3") }],
    },
    {
      name: "a <script src> loader in JSX",
      filename: "head.jsx",
      code: `${TAG}export const H = () => <script async src="https://connect.facebook.net/en_US/fbevents.js"></script>;`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 42 }],
    },
  ],
});

const HTML_SNIPPET = `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '{{ site.pixel_id }}');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id={{ site.pixel_id }}&amp;ev=PageView&amp;noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`;

/** The same page head in every template family: each tags itself in its own comment syntax. */
const FAMILIES: Array<[string, string, string]> = [
  ["report.html", "<!-- sensitive-content: crime-victims -->", "html comment"],
  ["report.njk", "{# sensitive-content: crime-victims #}", "Nunjucks comment"],
  ["report.twig", "{# sensitive-content: crime-victims #}", "Twig comment"],
  ["report.liquid", "{% comment %}sensitive-content: crime-victims{% endcomment %}", "Liquid comment"],
  ["report.hbs", "{{!-- sensitive-content: crime-victims --}}", "Handlebars comment"],
  ["report.mustache", "{{! sensitive-content: crime-victims }}", "Mustache comment"],
  ["report.ejs", "<%# sensitive-content: crime-victims %>", "EJS comment"],
  ["report.html.erb", "<%# sensitive-content: crime-victims %>", "ERB comment"],
  ["page-report.php", "<?php /* sensitive-content: crime-victims */ ?>", "PHP comment"],
  ["report.blade.php", "{{-- sensitive-content: crime-victims --}}", "Blade comment"],
];

htmlTester.run("no-meta-pixel (templates)", rule as never, {
  valid: [
    ...FAMILIES.map(([filename]) => ({ name: `${filename}: the snippet on a page that is not sensitive`, filename, code: HTML_SNIPPET })),
    { name: "an html comment holding the snippet", filename: "report.html", code: `<!-- sensitive-content -->\n<!-- ${HTML_SNIPPET.replace(/<!--|-->/g, "")} -->` },
    { name: "a comment marker alone is not a finding", filename: "report.html", code: "<!-- sensitive-content -->\n<!-- Meta Pixel Code --><!-- End Meta Pixel Code -->" },
    { name: "ld+json that names fbevents.js is data, not a loader", filename: "report.html", code: `<!-- sensitive-content -->\n<script type="application/ld+json">{"about": "fbq and callMethod"}</script>` },
    { name: "the Facebook SDK and a like button", filename: "report.html", code: `<!-- sensitive-content -->\n<script async src="https://connect.facebook.net/en_GB/sdk.js#xfbml=1"></script>\n<div class="fb-like" data-href="https://example.org"></div>` },
  ],
  invalid: [
    ...FAMILIES.map(([filename, tag, comment]) => ({
      name: `${filename}: base code and noscript beacon, tagged by a ${comment}`,
      filename,
      code: `${tag}\n${HTML_SNIPPET}`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 4, column: 1 },
        { messageId: "pixelOnSensitivePage", line: 16, column: 6 },
      ],
    })),
    {
      name: "a loader <script src>, protocol-relative, in a WordPress header.php",
      filename: "wp-content/themes/police/header.php",
      code: `<?php /* sensitive-content */ ?>\n<head><?php wp_head(); ?>\n<script async src="//connect.facebook.net/en_US/fbevents.js"></script></head>`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 3, column: 20 }],
    },
    {
      name: "a loader inside an ERB helper (template code is searched too)",
      filename: "app/views/reports/new.html.erb",
      code: `<%# sensitive-content %>\n<%= javascript_include_tag "https://connect.facebook.net/en_US/fbevents.js", async: true %>`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 29 }],
    },
    {
      name: "a minified one-line page with a bare img beacon",
      filename: "report.min.html",
      code: `<!doctype html><html><head><meta name="sensitive-content" content="health"><title>HIV testing</title></head><body><img src="https://www.facebook.com/tr?id=1&amp;ev=ViewContent" alt=""></body></html>`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 1, column: 125, data: said("The facebook.com/tr image beacon (facebook.com/tr?id=1&ev=ViewContent)", 'health: <meta name="sensitive-content"> on line 1') }],
    },
    {
      name: "front matter tags a Jekyll page; a script with template output still parses",
      filename: "report.md.liquid",
      code: `---\ntitle: Report\nsensitive: crime-victims\n---\n<script>\n  var cfg = {{ site.pixel | jsonify }};\n  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');\n</script>`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 7, column: 3, data: said("The Meta Pixel base code", 'crime-victims: front matter "sensitive" on line 1') }],
    },
    {
      name: "a script that does not parse at all falls back to a token scan: never a silent pass",
      filename: "report.njk",
      code: `{# sensitive-content #}
<script>
  var broken = ;
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
</script>`,
      errors: [
        { messageId: "pixelOnSensitivePage", line: 3, column: 3, data: said("The Meta Pixel base code", "sensitive-content comment on line 1") },
      ],
    },
    {
      name: "data-sensitive on the body tags the page",
      filename: "report.html",
      code: `<body data-sensitive="abuse">\n<script src="https://connect.facebook.net/en_US/fbevents.js"></script>\n</body>`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 2, column: 14, data: said("The fbevents.js loader (connect.facebook.net/en_US/fbevents.js)", "abuse: data-sensitive attribute on line 1") }],
    },
  ],
});

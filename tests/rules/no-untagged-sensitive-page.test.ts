import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import rule from "../../src/rules/no-untagged-sensitive-page.js";
import { BASE_CODE_MINIFIED, htmlTester, ruleTester, victimsGlob } from "../rule-tester.js";

const META = "the Meta Pixel";
const GTAG = "the Google tag (gtag.js / Google Analytics)";
const autoClassifyOff = { "pixel-guard": { autoClassify: "off" } };

/** A Next.js page about reporting a hate crime, with the Pixel's PageView in an effect. */
const HATE_CRIME_PAGE = `import { useEffect } from "react";

export default function ReportHateCrime() {
  useEffect(() => {
    fbq("track", "PageView");
  }, []);
  return (
    <main>
      <h1>Report a hate crime</h1>
      <p>You can report online, or call 101.</p>
    </main>
  );
}`;

const CAREERS_PAGE = `import ReactPixel from "react-facebook-pixel";
ReactPixel.pageView();
export default () => (
  <main>
    <h1>Police staff investigator</h1>
    <p>Full training is given, including victim support training in your first month.</p>
  </main>
);`;

ruleTester.run("no-untagged-sensitive-page", rule, {
  valid: [
    { name: "a page that reads as sensitive but loads no tracker", filename: "src/pages/report-rape.tsx", code: "export default () => <h1>Report rape or sexual assault</h1>;" },
    { name: "a tagged page (the tracker rules report it)", filename: "src/pages/hate-crime.tsx", code: `// sensitive-content: crime-victims\n${HATE_CRIME_PAGE}` },
    { name: "a page sensitive by a settings glob", filename: "src/victims/hate-crime.tsx", settings: victimsGlob, code: HATE_CRIME_PAGE },
    { name: "autoClassify off", filename: "src/pages/hate-crime.tsx", settings: autoClassifyOff, code: HATE_CRIME_PAGE },
    { name: "a careers page that mentions victim support training once", filename: "src/pages/careers/investigator.tsx", code: CAREERS_PAGE },
    { name: "a tracker call whose event name, not the page, says rape", filename: "src/pages/contact.tsx", code: `fbq("trackCustom", "ReportRapeClicked");\nexport default () => <h1>Contact us</h1>;` },
    { name: "a Script body that mentions rape is not page text", filename: "app/page.tsx", code: `import Script from "next/script";\nexport default () => <Script id="fb">{"fbq('track', 'PageView'); // rape pages excluded"}</Script>;` },
  ],
  invalid: [
    {
      name: "a JSX page titled 'Report a hate crime', at the fbq call",
      filename: "src/pages/contact-us.tsx",
      code: HATE_CRIME_PAGE,
      errors: [{ messageId: "untaggedSensitivePage", line: 5, column: 5, data: { category: "crime-victims", phrases: "'hate crime'", tracker: META } }],
    },
    {
      name: "a camelCase file name, a wrapper package import",
      filename: "src/pages/ReportRapePage.tsx",
      code: `import ReactPixel from "react-facebook-pixel";\nexport default function ReportRapePage() {\n  return <p>Tell us what happened.</p>;\n}`,
      errors: [{ messageId: "untaggedSensitivePage", line: 1, column: 24, data: { category: "sexual-offences", phrases: "'rape'", tracker: META } }],
    },
    {
      name: "several trackers: reported once, at the first",
      filename: "app/(support)/domestic-abuse/page.tsx",
      code: `gtag("event", "page_view");\nfbq("track", "PageView");\nexport default () => <h1>Domestic abuse: get help</h1>;`,
      errors: [{ messageId: "untaggedSensitivePage", line: 1, column: 1, data: { category: "abuse", phrases: "'domestic abuse'", tracker: GTAG } }],
    },
    {
      name: "Next.js metadata title and weak words in the text, quoting at most three phrases",
      filename: "app/appeals/page.tsx",
      code: `export const metadata = { title: "Witness appeal" };\nexport default () => (<>\n  <p>Were you a witness? Victims of the fraud and burglary can call us.</p>\n  <img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1" />\n</>);`,
      errors: [{ messageId: "untaggedSensitivePage", line: 4, column: 12, data: { category: "crime-victims", phrases: "'witness', 'victims', 'fraud'", tracker: META } }],
    },
  ],
});

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

htmlTester.run("no-untagged-sensitive-page (templates)", rule as never, {
  valid: [
    { name: "a tagged Nunjucks page", filename: "report-a-crime/index.njk", code: `{# sensitive-content: crime-victims #}\n<script>${BASE_CODE_MINIFIED}</script>` },
    { name: "a page with a sensitive-content meta tag", filename: "hate-crime.html", code: `<meta name="sensitive-content" content="crime-victims">\n<title>Report a hate crime</title>\n<script>fbq('track', 'PageView');</script>` },
    { name: "front matter sensitive: true", filename: "pages/hate-crime.md.njk", code: `---\ntitle: Report a hate crime\nsensitive: true\n---\n<script>fbq('track', 'PageView');</script>` },
    { name: "a sensitive page without trackers", filename: "report-a-crime/index.njk", code: "<h1>Report a crime</h1>" },
    { name: "autoClassify off", filename: "report-a-crime/index.njk", settings: autoClassifyOff, code: `<script>${BASE_CODE_MINIFIED}</script>` },
    { name: "a recipe page whose script says rape", filename: "recipes/grape-cake.html", code: `<title>Grape cake</title>\n<p>Scatter the grapes over the top.</p>\n<script>fbq('trackCustom', 'ReportRape');</script>` },
    { name: "a stylesheet is not a page", filename: "styles/report-a-crime.css", code: `.done { background: url("https://www.facebook.com/tr?id=1&ev=Lead"); }` },
    {
      name: "a page that reads as sensitive and loads only first-party, cookieless analytics (Plausible)",
      filename: "src/report-a-crime/online.njk",
      code: '<h1>Report a crime online</h1>\n<script defer data-domain="police.example" src="https://plausible.io/js/script.js"></script>',
    },
    { name: "a shared layout: its menu is not its text", filename: "_layouts/base.njk", code: `<nav><a href="/report">Report a crime</a> <a href="/victims">Victims and witnesses</a></nav>\n<main>{% block content %}{% endblock %}</main>\n<script>fbq('track', 'PageView');</script>` },
  ],
  invalid: [
    {
      name: "first-party analytics count when reportFirstPartyAnalytics is on",
      filename: "src/report-a-crime/online.njk",
      settings: { "pixel-guard": { reportFirstPartyAnalytics: true } },
      code: '<h1>Report a crime online</h1>\n<script defer data-domain="police.example" src="https://plausible.io/js/script.js"></script>',
      errors: [{ messageId: "untaggedSensitivePage", line: 2, column: 49 }],
    },
    {
      name: "a path under report-a-crime/ with the base code (path 2 × 3 = 6)",
      filename: "src/report-a-crime/online.njk",
      code: `{% extends "base.njk" %}\n<script>\n${BASE_CODE_MINIFIED}\n</script>`,
      errors: [{ messageId: "untaggedSensitivePage", line: 3, column: 1, data: { category: "crime-victims", phrases: "'report a crime'", tracker: META } }],
    },
    {
      name: "an untagged page titled 'Report a hate crime' (2 × 2 = 4), at the image beacon",
      filename: "pages/form.html",
      code: `<title>Report a hate crime</title>\n<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"></noscript>`,
      errors: [{ messageId: "untaggedSensitivePage", line: 2, column: 63, data: { category: "crime-victims", phrases: "'hate crime'", tracker: META } }],
    },
    {
      name: "an Eleventy page titled in front matter, with tracking markup of no vendor",
      filename: "src/help.njk",
      code: `---\ntitle: Stalking and harassment\nlayout: base.njk\n---\n<p>Stalking is a crime.</p>\n<a href="/report" data-track-action="report">Report it</a>`,
      errors: [{ messageId: "untaggedSensitivePage", line: 6, column: 19, data: { category: "abuse", phrases: "'stalking', 'harassment'", tracker: "tracking markup" } }],
    },
    {
      name: "an untagged page that loads the Pixel only through its layout is reported at the extends line",
      filename: path.join(FIXTURES, "untagged-chain", "report", "hate-crime.njk"),
      code: readFileSync(path.join(FIXTURES, "untagged-chain", "report", "hate-crime.njk"), "utf8"),
      errors: [{ messageId: "untaggedSensitivePage", line: 1, column: 1, data: { category: "crime-victims", phrases: "'hate crime', 'victim'", tracker: "the Meta Pixel, through tests/fixtures/untagged-chain/layouts/base.njk:2" } }],
    },
  ],
});

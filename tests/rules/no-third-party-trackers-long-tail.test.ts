/**
 * The long tail (third-party-web's ad, analytics, tag-manager, social and marketing entities):
 * reported by no-third-party-trackers where a page loads a script, image, frame or beacon from one
 * of their domains, with the entity's name. Snippets follow public sources
 * (tests/fixtures/long-tail-snippets, each file names its own).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import rule from "../../src/rules/no-third-party-trackers.js";
import { htmlTester, ruleTester } from "../rule-tester.js";

const SNIPPETS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/long-tail-snippets");
const snippet = (name: string): string => readFileSync(path.join(SNIPPETS, name), "utf8");

const TAG = "/* sensitive-content: sexual-health */\n";
const WHY = "sexual-health: sensitive-content comment on line 1";
const at = (line: number, column: number) => ({ messageId: "trackerOnSensitivePage" as const, line, column });

ruleTester.run("no-third-party-trackers (long tail, code)", rule, {
  valid: [
    { name: "Quantcast on a file that is not sensitive", filename: "analytics.js", code: snippet("quantcast.js") },
    { name: "a link to a tracker's site in code is not a load", code: `${TAG}window.open('https://www.hubspot.com/pricing');\nlocation.href = "https://www.chartbeat.com/";\nconst Footer = () => <a href="https://www.hubspot.com">HubSpot</a>;` },
    { name: "a tracker's site named in a string of prose", code: `${TAG}const note = "We measure visits with chartbeat.com and quantserve.com";` },
    { name: "CDNs, fonts and maps loaded from code", code: `${TAG}s.src = "https://cdn.jsdelivr.net/npm/a@1/a.js"; l.href = "https://fonts.googleapis.com/css2?family=Inter"; m.src = "https://maps.googleapis.com/maps/api/js?key=k";` },
    {
      name: "allow permits a long-tail vendor by its third-party-web id on a glob-sensitive path",
      filename: "src/victims/analytics.js",
      code: snippet("quantcast.js"),
      settings: { "pixel-guard": { sensitive: ["**/victims/**"], allow: [{ paths: ["src/victims/**"], vendors: ["third-party-web:quantcast"] }] } },
    },
  ],
  invalid: [
    {
      name: "Quantcast: quant.js built from a protocol switch and a '.quantserve.com' string",
      filename: "analytics.js",
      code: `${TAG}${snippet("quantcast.js")}`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 6, column: 92, data: { what: "An address loaded as src from Quantcast (quantserve.com/quant.js)", vendor: "Quantcast", company: "Quantcast", leaks: "the page address and what the visitor does on it, under an identifier that follows the visitor", why: WHY } }],
    },
    {
      name: "Chartbeat's loader in a Nuxt plugin",
      filename: "plugins/chartbeat.client.js",
      code: `${TAG}${snippet("chartbeat.client.js")}`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 13, column: 15 }],
    },
    {
      name: "KISSmetrics: both scripts handed to the snippet's own _kms() loader",
      filename: "km.js",
      code: `${TAG}${snippet("kissmetrics.js")}`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 13, column: 6 },
        { messageId: "trackerOnSensitivePage", line: 14, column: 6 },
      ],
    },
    {
      name: "Mouseflow: a template literal set as a script's src, in TypeScript",
      filename: "mouseflow.ts",
      code: `${TAG}${snippet("mouseflow.ts")}`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 9, column: 14 }],
    },
    {
      name: "HubSpot's tracking script (marketing), with the company named",
      filename: "hubspot.js",
      code: `${TAG}${snippet("hubspot.js")}`,
      errors: [{ messageId: "trackerOnSensitivePage", line: 9, column: 16 }],
    },
    {
      name: "beacons: navigator.sendBeacon, new Image().src, fetch, and a JSX <Script src>",
      filename: "beacons.jsx",
      code: `${TAG}navigator.sendBeacon("https://ping.chartbeat.net/ping?h=example.org", data);\nnew Image().src = "https://sb.scorecardresearch.com/p?c1=2&c2=123&cj=1";\nfetch('https://api.segment.io/v1/t', { method: 'POST' });\nexport const Tag = () => <Script strategy="afterInteractive" src="https://cdn.parsely.com/keys/example.org/p.js" />;`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 22 },
        { messageId: "trackerOnSensitivePage", line: 3, column: 19 },
        { messageId: "trackerOnSensitivePage", line: 4, column: 7 },
        { messageId: "trackerOnSensitivePage", line: 5, column: 66 },
      ],
    },
  ],
});

htmlTester.run("no-third-party-trackers (long tail, templates)", rule as never, {
  valid: [
    { name: "CDNs, fonts, maps, reCAPTCHA, YouTube and Vimeo embeds, a chat widget, cookieless analytics and plain links", filename: "help.html", code: snippet("page-not-trackers.html") },
    { name: "the tags on a page that is not sensitive", filename: "index.html", code: snippet("page-tags.html").replace("sensitive-content", "page") },
  ],
  invalid: [
    {
      name: "script tags and noscript image beacons of the long tail, each at its URL",
      filename: "report.html",
      code: snippet("page-tags.html"),
      errors: [
        { messageId: "trackerOnSensitivePage", line: 3, column: 31, data: { what: "A script from Parse.ly (cdn.parsely.com/keys/example.org/p.js)", vendor: "Parse.ly", company: "Parse.ly", leaks: "the page address and what the visitor does on it, under an identifier that follows the visitor", why: "sexual-health: sensitive-content comment on line 1" } },
        at(4, 37),
        at(5, 26),
        at(6, 14),
        at(7, 14),
        at(8, 71),
        at(9, 21),
        at(10, 48),
      ],
    },
    {
      name: "comScore written by document.write and its noscript beacon, in ERB",
      filename: "report.html.erb",
      code: `<%# sensitive-content: sexual-health %>\n${snippet("comscore.html.erb")}`,
      errors: [at(3, 124), at(5, 21)],
    },
    {
      name: "a hand-written vendor's host stays the hand-written vendor (Hotjar, GTM), beside a long-tail one",
      filename: "report.html",
      code: `<!-- sensitive-content: hiv -->\n<script async src="https://static.hotjar.com/c/hotjar-123456.js?sv=6"></script>\n<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXX"></script>\n<script src="https://static.chartbeat.com/js/chartbeat.js"></script>`,
      errors: [
        { messageId: "trackerOnSensitivePage", line: 2, column: 20, data: { what: "The Hotjar loader (static.hotjar.com/c/hotjar-123456.js?sv=6)", vendor: "Hotjar", company: "Hotjar", leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address", why: "hiv: sensitive-content comment on line 1" } },
        at(3, 20),
        at(4, 14),
      ],
    },
  ],
});

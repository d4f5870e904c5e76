/**
 * The ad pixels and session-replay scripts added to the catalogue after the first five vendors,
 * each as its vendor's setup page hands it out (minified, one line: tests/fixtures/vendor-snippets),
 * on a sensitive page: the loader, and the calls that send events. And what is not a tracker:
 * Pinterest's image CDN, an X share link, the word "clarity".
 */
import { readFileSync } from "node:fs";
import { Linter } from "eslint";
import path from "node:path";
import { fileURLToPath } from "node:url";
import rule from "../../src/rules/no-third-party-trackers.js";
import plugin from "../../src/index.js";
import { htmlTester } from "../rule-tester.js";

const SNIPPETS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/vendor-snippets");
const TAG = "<!-- sensitive-content: health -->\n";
const snippet = (vendor: string): string => readFileSync(path.join(SNIPPETS, `${vendor}.html`), "utf8");

// the vendor named in each message is checked below, through ESLint's Linter
const loader = (column: number, _vendor: string) => ({ messageId: "trackerOnSensitivePage", line: 2, column });
const call = (column: number, _call: string) => ({ messageId: "trackerCallOnSensitivePage", line: 2, column });

htmlTester.run("no-third-party-trackers (more vendors)", rule as never, {
  valid: [
    { name: "the Pinterest snippet on a page that is not sensitive", filename: "index.html", code: snippet("pinterest") },
    { name: "an image from Pinterest's CDN", filename: "report.html", code: `${TAG}<img src="https://i.pinimg.com/564x/ab/cd/ef.jpg" alt="">` },
    { name: "a share link to X", filename: "report.html", code: `${TAG}<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org">Share</a>` },
    { name: "the word clarity in prose and a site function of that name", filename: "report.html", code: `${TAG}<p>For clarity, call us.</p><script>function clarity(x) { return x; } clarity(1);</script>` },
  ],
  invalid: [
    {
      name: "the Pinterest Tag",
      filename: "report.html",
      code: TAG + snippet("pinterest"),
      errors: [loader(20, "the Pinterest Tag"), { ...call(9, "pintrk('load', '2612345678901')"), line: 3 }, { ...call(74, "pintrk('page')"), line: 3 }],
    },
    {
      name: "the Snap Pixel",
      filename: "report.html",
      code: TAG + snippet("snap"),
      errors: [loader(298, "the Snap Pixel"), call(338, "snaptr('init', 'abc')"), call(364, "snaptr('track', 'PAGE_VIEW')")],
    },
    { name: "the X Pixel", filename: "report.html", code: TAG + snippet("x"), errors: [loader(181, "the X (Twitter) Pixel"), call(311, "twq('config')")] },
    {
      name: "the Reddit Pixel",
      filename: "report.html",
      code: TAG + snippet("reddit"),
      errors: [loader(183, "the Reddit Pixel"), call(330, "rdt('init', 'a2_x')"), call(349, "rdt('track', 'PageVisit')")],
    },
    {
      name: "Microsoft Advertising UET, loaded protocol-relative, and a conversion pushed to uetq",
      filename: "report.html",
      code: TAG + snippet("microsoft-uet"),
      errors: [loader(400, "Microsoft Advertising UET"), call(464, "window.uetq.push('event')")],
    },
    { name: "Hotjar (its URL is split in two in the snippet)", filename: "report.html", code: TAG + snippet("hotjar"), errors: [loader(285, "Hotjar")] },
    { name: "Microsoft Clarity", filename: "report.html", code: TAG + snippet("clarity"), errors: [loader(153, "Microsoft Clarity"), call(303, "clarity('set')")] },
  ],
});

describe("what the messages say about the new vendors", () => {
  const lint = (code: string): string[] =>
    new Linter({ configType: "flat" })
      .verify(code, [{ files: ["**/*.html"], plugins: { "pixel-guard": plugin }, language: "pixel-guard/html", rules: { "pixel-guard/no-third-party-trackers": "error" } }], { filename: "report.html" })
      .map((message) => message.message);

  it.each([
    ["pinterest", ", from the Pinterest Tag. This page is sensitive", "pintrk('load', '2612345678901'), a call to"],
    ["snap", ", from the Snap Pixel. This page is sensitive", "snaptr('init', 'abc'), a call to"],
    ["x", ", from the X (Twitter) Pixel. This page is sensitive", "twq('config'), a call to"],
    ["reddit", ", from the Reddit Pixel. This page is sensitive", "rdt('init', 'a2_x'), a call to"],
    ["microsoft-uet", ", from Microsoft Advertising UET. This page is sensitive", "window.uetq.push('event'), a call to"],
    ["hotjar", ", from Hotjar. This page is sensitive: health: sensitive-content comment on line 1. Hotjar receives a recording of the visit", null],
    ["clarity", ", from Microsoft Clarity. This page is sensitive", "clarity('set'), a call to"],
  ])("%s", (vendor, loaderSays, callSays) => {
    const messages = lint(TAG + snippet(vendor));
    expect(messages[0]).toContain(loaderSays);
    if (callSays) expect(messages.some((message) => message.includes(callSays))).toBe(true);
  });
});

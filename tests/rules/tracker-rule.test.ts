/**
 * The tracker-rule factory: a rule made from data at test time (here, one that owns the TikTok
 * Pixel's code) reports what it owns on sensitive files only, at the tracker's place, skips what
 * `allow` permits and first-party analytics unless asked, and reports nothing it does not own.
 */
import { createTrackerRule, trackerOwners } from "../../src/rules/tracker-rule.js";
import { ruleTester, victimsGlob } from "../rule-tester.js";

const tiktokCode = createTrackerRule({
  name: "test-tiktok-code",
  description: "TikTok code on sensitive pages (a test rule)",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === "tiktok" && tracker.group === "code",
  messages: { found: "{{what}} on a sensitive page ({{why}})." },
  describe: (tracker, page) => ({ messageId: "found", data: { what: tracker.label, why: page.why } }),
});

const plausibleAny = createTrackerRule({
  name: "test-plausible",
  description: "Plausible on sensitive pages (a test rule)",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === "plausible",
  messages: { found: "{{what}}." },
  describe: (tracker) => ({ messageId: "found", data: { what: tracker.label } }),
});

const LOADER = `const s = document.createElement("script");\ns.src = "https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABC";`;
const PLAUSIBLE = `const s = document.createElement("script");\ns.src = "https://plausible.io/js/script.js";`;

describe("createTrackerRule", () => {
  it("registers what each rule owns, by id", () => {
    expect(trackerOwners.get("test-tiktok-code")).toBeDefined();
    expect(trackerOwners.get("test-plausible")).toBeDefined();
  });
});

ruleTester.run("a tracker rule made from data", tiktokCode as never, {
  valid: [
    { name: "a file that is not sensitive", filename: "src/pages/index.js", code: LOADER },
    { name: "a sensitive file with only trackers the rule does not own", filename: "src/victims/report.js", settings: victimsGlob, code: "fbq('track', 'Lead');" },
    {
      name: "a glob-sensitive file whose settings allow the vendor",
      filename: "src/victims/report.js",
      settings: { "pixel-guard": { sensitive: ["**/victims/**"], allow: [{ paths: ["**/victims/**"], vendors: ["tiktok"] }] } },
      code: LOADER,
    },
  ],
  invalid: [
    {
      name: "the loader URL on a tagged file, at the URL",
      filename: "src/pages/report.js",
      code: `// sensitive-content\n${LOADER}`,
      errors: [{ messageId: "found", line: 3, column: 9, endLine: 3, endColumn: 72 }],
    },
  ],
});

ruleTester.run("first-party analytics in a tracker rule", plausibleAny as never, {
  valid: [{ name: "not reported by default", filename: "src/victims/report.js", settings: victimsGlob, code: PLAUSIBLE }],
  invalid: [
    {
      name: "reported with reportFirstPartyAnalytics",
      filename: "src/victims/report.js",
      settings: { "pixel-guard": { sensitive: ["**/victims/**"], reportFirstPartyAnalytics: true } },
      code: PLAUSIBLE,
      errors: [{ messageId: "found", line: 2, column: 9 }],
    },
  ],
});

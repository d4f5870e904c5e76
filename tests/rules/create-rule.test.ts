/**
 * The rule factory's shared pieces: every rule's docs URL and languages, the once-per-file visitor
 * (keyed by whatever root type the parser gives), and the processor blocks a rule skips.
 */
import { ALL_LANGUAGES, DOCS_BASE, countsAsTracker, createRule, isExtractedBlock, onFile } from "../../src/rules/create-rule.js";

describe("isExtractedBlock", () => {
  const sourceCode = { ast: {} };
  it.each([
    ["an astro page's script block", "/site/page.astro/1_1.js", "/site/page.astro", true],
    ["a Markdown code block", "/site/README.md/0.js", "/site/README.md", true],
    ["a file linted as itself", "/site/page.astro", "/site/page.astro", false],
    ["a script a processor rewrote in place", "/site/app.js/0.js", "/site/app.js", false],
  ])("%s", (_name, filename, physicalFilename, expected) => {
    expect(isExtractedBlock({ filename, physicalFilename, sourceCode })).toBe(expected);
  });
});
describe("onFile", () => {
  it("listens to the root's own type, and calls back for the root only (a page's inline scripts are Programs too)", () => {
    const root = { type: "Document" };
    const calls: string[] = [];
    const visitor = onFile({ sourceCode: { ast: root } }, () => calls.push("root"));
    expect(Object.keys(visitor)).toEqual(["Document"]);
    visitor.Document?.({ type: "Program" });
    visitor.Document?.(root);
    expect(calls).toEqual(["root"]);
  });

  it("falls back to Program when the tree has no type", () => {
    expect(Object.keys(onFile({ sourceCode: { ast: null } }, () => undefined))).toEqual(["Program"]);
  });
});

describe("createRule", () => {
  it("gives a rule its docs URL from its name, and every language pixel-guard reads", () => {
    const rule = createRule({
      name: "some-rule",
      meta: { type: "problem", docs: { description: "x" }, messages: { m: "m" }, schema: [], defaultOptions: [], languages: ALL_LANGUAGES } as never,
      defaultOptions: [],
      create: () => ({}),
    });
    expect(rule.meta.docs?.url).toBe(`${DOCS_BASE}some-rule.md`);
    expect(ALL_LANGUAGES).toEqual(expect.arrayContaining(["js/js", "pixel-guard/html", "html/html", "@html-eslint/html", "css/css", "json/json", "markdown/commonmark"]));
  });
});

describe("countsAsTracker", () => {
  it("counts every vendor but first-party analytics, and those too when the settings ask", () => {
    expect(countsAsTracker({}, {})).toBe(true);
    expect(countsAsTracker(null, {})).toBe(true);
    expect(countsAsTracker({ firstParty: { why: "cookieless" } }, {})).toBe(false);
    expect(countsAsTracker({ firstParty: { why: "cookieless" } }, { reportFirstPartyAnalytics: true })).toBe(true);
  });
});

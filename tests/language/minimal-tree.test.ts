/**
 * The minimal tree (src/language/minimal-tree.ts): through the plugin, a page holding no catalogue
 * needle, no sensitivity tag and no ESLint directive gets a Document with nothing in it; every other
 * page, and every page under `languageOptions.fullTree`, gets its full tree; directives still work.
 */
import type { Linter, Rule } from "eslint";
import { Linter as ESLintLinter } from "eslint";
import plugin from "../../src/index.js";

const seen: Array<{ minimal: boolean; children: number; range: [number, number]; end: { line: number; column: number } }> = [];
const probe: Rule.RuleModule = {
  meta: { type: "problem", messages: { img: "img", root: "root" }, schema: [] },
  create(context) {
    return {
      Document(node: { minimal?: true; children: unknown[]; range: [number, number]; loc: { end: { line: number; column: number } } }) {
        seen.push({ minimal: node.minimal === true, children: node.children.length, range: node.range, end: node.loc.end });
        // a report at a fixed place, as a chain report is, so directives have something to silence
        context.report({ loc: { line: 2, column: 0 }, messageId: "root" });
      },
      Element(node: { name: string }) {
        if (node.name === "img") context.report({ node: node as never, messageId: "img" });
      },
    } as unknown as Rule.RuleListener;
  },
};

function lint(code: string, languageOptions: Record<string, unknown> = {}, options: Linter.LintOptions = {}): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    {
      files: ["**/*.html"],
      plugins: { "pixel-guard": plugin as never, t: { rules: { probe } } },
      language: "pixel-guard/html",
      languageOptions,
      rules: { "t/probe": "error" },
    },
  ];
  seen.length = 0;
  return new ESLintLinter({ configType: "flat" }).verify(code, config, { filename: "page.html", ...options });
}

const where = (messages: Linter.LintMessage[]): string[] => messages.map((m) => `${m.ruleId ?? (m.fatal ? "fatal" : "directive")} ${m.line}:${m.column}-${m.endLine ?? "?"}:${m.endColumn ?? "?"} ${m.message}`);

const PLAIN = '<html><body>\n<p>Opening hours</p>\n<img src="/logo.png">\n</body></html>\n';

describe("the minimal tree", () => {
  it("is a Document with no children, spanning the whole text, for a page holding nothing to look for", () => {
    expect(where(lint(PLAIN))).toEqual(["t/probe 2:1-?:? root"]);
    expect(seen).toEqual([{ minimal: true, children: 0, range: [0, PLAIN.length], end: { line: 5, column: 0 } }]);
  });

  it("is the full tree when the page holds a catalogue needle", () => {
    const code = PLAIN.replace("<p>", '<script src="https://connect.facebook.net/en_US/fbevents.js"></script><p>');
    expect(where(lint(code))).toEqual(["t/probe 2:1-?:? root", "t/probe 3:1-3:22 img"]);
    expect(seen[0]).toMatchObject({ minimal: false, children: 1 });
  });

  it("is the full tree when the page holds a sensitivity tag", () => {
    const code = `<!-- sensitive-content: crime-victims -->\n${PLAIN.replace("\n", " ")}`;
    expect(where(lint(code))).toEqual(["t/probe 2:1-?:? root", "t/probe 3:1-3:22 img"]);
  });

  it("is the full tree under languageOptions.fullTree", () => {
    expect(where(lint(PLAIN, { fullTree: true }))).toEqual(["t/probe 2:1-?:? root", "t/probe 3:1-3:22 img"]);
    expect(seen[0]).toMatchObject({ minimal: false });
  });

  it("keeps ESLint directives: a disable comment silences, an unused one is reported", () => {
    const code = "<!-- eslint-disable-next-line t/probe -->\n<p>Opening hours</p>\n<!-- eslint-disable-line t/probe -->\n";
    const messages = lint(code, {}, { reportUnusedDisableDirectives: true });
    expect(where(messages)).toEqual(["directive 3:1-?:? Unused eslint-disable directive (no problems were reported from 't/probe')."]);
    expect(seen[0]).toMatchObject({ minimal: false });
  });

  it("names the key of a bad fullTree setting", () => {
    expect(() => lint(PLAIN, { fullTree: "yes" })).toThrow("languageOptions.fullTree must be true or false");
  });
});

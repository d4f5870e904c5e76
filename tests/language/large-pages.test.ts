/**
 * Pages that once made the lint super-linear, checked on their results (the speed is in
 * `npm run bench -- --part pathological`): every finding of a 20,000-beacon one-line page at its
 * own column, and locations from the line index that agree with @eslint/plugin-kit's everywhere.
 */
import type { File } from "@eslint/core";
import { TextSourceCodeBase } from "@eslint/plugin-kit";
import { Linter } from "eslint";
import type { Document } from "../../src/language/ast.js";
import { html, HtmlSourceCode } from "../../src/language/index.js";
import { MAX_TRAVERSAL_DEPTH } from "../../src/language/source-code.js";
import plugin from "../../src/index.js";

const BEACON = '<img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1" height="1" width="1">';
const TAG = "<!-- sensitive-content: health -->";

function sourceCodeOf(text: string, path = "page.html"): HtmlSourceCode {
  const file: File = { path, physicalPath: path, bom: false, body: text };
  const result = html.parse(file, { languageOptions: {} });
  if (!result.ok) throw new Error(String(result.errors[0]?.message));
  return html.createSourceCode(file, result as { ok: true; ast: Document }, { languageOptions: {} });
}

const linter = new Linter();
function lint(text: string, filename = "page.html"): Linter.LintMessage[] {
  return linter.verify(text, [{ files: ["**/*.html", "**/*.njk"], plugins: { "pixel-guard": plugin as never }, language: "pixel-guard/html", rules: { "pixel-guard/no-meta-pixel": "error", "pixel-guard/no-tracking-attributes": "error", "pixel-guard/no-fbq-events": "error" } }], filename);
}

describe("a one-line page with many findings", () => {
  it("reports every one of 20,000 beacons at its own column", () => {
    const count = 20000;
    const messages = lint(TAG + BEACON.repeat(count));
    expect(messages).toHaveLength(count);
    const wrong = messages.filter((message, i) => message.ruleId !== "pixel-guard/no-meta-pixel" || message.line !== 1 || message.column !== TAG.length + i * BEACON.length + 11);
    expect(wrong).toEqual([]);
    const last = messages[count - 1];
    expect([last?.endLine, last?.endColumn]).toEqual([1, TAG.length + (count - 1) * BEACON.length + 11 + "https://www.facebook.com/tr?id=1&ev=PageView&noscript=1".length]);
  });

  it("reports every one of 10,000 data-fb-* attributes and 10,000 fbq calls in one inline script", () => {
    const attributes = Array.from({ length: 10000 }, (_, i) => `data-fb-a${i}="x"`);
    const page = `${TAG}<div ${attributes.join(" ")}></div><script>${"fbq('track','Lead');".repeat(10000)}</script>`;
    const messages = lint(page);
    const byRule = (id: string) => messages.filter((message) => message.ruleId === `pixel-guard/${id}`);
    expect(byRule("no-tracking-attributes")).toHaveLength(10000);
    expect(byRule("no-fbq-events")).toHaveLength(10000);
    const scriptStart = page.indexOf("<script>") + "<script>".length;
    const lastCall = byRule("no-fbq-events")[9999];
    expect([lastCall?.line, lastCall?.column]).toEqual([1, scriptStart + 9999 * "fbq('track','Lead');".length + 1]);
    const lastAttribute = byRule("no-tracking-attributes")[9999];
    expect([lastAttribute?.line, lastAttribute?.column]).toEqual([1, page.indexOf("data-fb-a9999") + 1]);
  });
});

describe("HtmlSourceCode's locations", () => {
  const text = "a\r\nbc\rd\n\ne\u2028f\r\n";
  const reference = new TextSourceCodeBase({ text, ast: sourceCodeOf(text).ast, lineEndingPattern: /\r\n|[\n\r]/u });

  it("answers getLocFromIndex as plugin-kit does, for every offset", () => {
    const sourceCode = sourceCodeOf(text);
    for (let index = 0; index <= text.length; index += 1) expect(sourceCode.getLocFromIndex(index)).toEqual(reference.getLocFromIndex(index));
  });

  it("answers getIndexFromLoc as plugin-kit does, for every location, and throws the same errors", () => {
    const sourceCode = sourceCodeOf(text);
    for (let index = 0; index <= text.length; index += 1) {
      const loc = reference.getLocFromIndex(index);
      expect(sourceCode.getIndexFromLoc(loc)).toBe(index);
    }
    for (const loc of [{ line: 0, column: 0 }, { line: 7, column: 0 }, { line: 2, column: 3 }, { line: 6, column: 1 }, { line: 1, column: -1 }]) {
      expect(() => sourceCode.getIndexFromLoc(loc)).toThrow(RangeError);
      expect(() => reference.getIndexFromLoc(loc)).toThrow(RangeError);
    }
    expect(() => sourceCode.getLocFromIndex(-1)).toThrow(RangeError);
    expect(() => sourceCode.getLocFromIndex(text.length + 1)).toThrow(RangeError);
    expect(() => sourceCode.getLocFromIndex("1" as never)).toThrow(TypeError);
    expect(() => sourceCode.getIndexFromLoc(null as never)).toThrow(TypeError);
  });
});

describe("a page nested deeper than the traversal goes", () => {
  const depth = 3000;
  const page = `${TAG}\n${"<div>".repeat(depth)}\n<span id="deepest">x</span>${"</div>".repeat(depth)}`;

  it("still visits every element, with its real parent and its own location, entering and leaving each once", () => {
    const entered: Array<{ name: string; line: number; column: number; realParent: boolean }> = [];
    let exits = 0;
    const parentOf = new Map<unknown, unknown>();
    const rule = {
      meta: { type: "problem" as const, messages: { m: "m" }, schema: [] },
      create(context: { sourceCode: HtmlSourceCode }) {
        return {
          Element(node: { name: string; loc: { start: { line: number; column: number } } }, parent: unknown) {
            parentOf.set(node, parent);
            entered.push({ name: node.name, line: node.loc.start.line, column: node.loc.start.column, realParent: context.sourceCode.getParent(node as never) === parent });
          },
          "Element:exit"() {
            exits += 1;
          },
        };
      },
    };
    const withLanguage = [{ files: ["**/*.html"], plugins: { "pixel-guard": plugin as never, test: { rules: { deep: rule as never } } }, language: "pixel-guard/html", rules: { "test/deep": "error" as const } }];
    linter.verify(page, withLanguage, "page.html");
    expect(entered).toHaveLength(depth + 1);
    expect(exits).toBe(depth + 1);
    expect(entered.every((element) => element.realParent)).toBe(true);
    expect(entered[depth]).toEqual({ name: "span", line: 3, column: 0, realParent: true });
    expect(entered[depth - 1]).toEqual({ name: "div", line: 2, column: (depth - 1) * 5, realParent: true });
  });

  it("flattens only the traversal past MAX_TRAVERSAL_DEPTH: the tree and the findings keep their nesting", () => {
    const sourceCode = sourceCodeOf(page);
    let open = 0;
    let deepest = 0;
    for (const step of sourceCode.traverse()) {
      if ((step as { kind: number }).kind !== 1) continue;
      open += (step as { phase: number }).phase === 1 ? 1 : -1;
      deepest = Math.max(deepest, open);
    }
    expect(open).toBe(0);
    expect(deepest).toBe(MAX_TRAVERSAL_DEPTH + 1);
    let node: unknown = sourceCode.ast;
    for (let level = 0; level < depth; level += 1) node = (node as { children: unknown[] }).children.find((child) => (child as { type: string }).type === "Element");
    expect((node as { name: string; children: Array<{ name?: string }> }).children.map((child) => child.name)).toContain("span");
    const messages = lint(`${TAG}${"<div>".repeat(depth)}${BEACON}${"</div>".repeat(depth)}`);
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["pixel-guard/no-meta-pixel", 1, TAG.length + depth * 5 + 11]]);
  });
});

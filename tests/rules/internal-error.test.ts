/**
 * A rule's internal error never kills the run: it becomes one `internalError` message for that file
 * (line 1, naming the rule and the cause), and every other file keeps its findings.
 *
 * The failure is injected with jest.unstable_mockModule: `locOf` (src/locations.ts), which every
 * rule calls to place a report, throws for a file holding the marker `BOOM`, as a bug in the
 * analysis code would. No hook in the shipped code.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { jest } from "@jest/globals";
import type { ESLint as ESLintType, Linter as LinterType } from "eslint";

jest.unstable_mockModule("../../src/locations.js", () => ({
  lostBomOf: () => false,
  locOf(sourceCode: { text: string; getLocFromIndex(index: number): { line: number; column: number } }, range: readonly [number, number]) {
    if (sourceCode.text.includes("BOOM")) {
      const missing = undefined as unknown as { x: number };
      return missing.x; // TypeError: Cannot read properties of undefined (reading 'x')
    }
    return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
  },
}));

const { ESLint, Linter } = await import("eslint");
const { default: plugin } = await import("../../src/index.js");
const { createRule } = await import("../../src/rules/create-rule.js");
const { causeOf } = await import("../../src/rules/internal-error.js");

const RULE_IDS = ["no-fbq-events", "no-meta-pixel", "no-tracking-attributes", "no-third-party-trackers", "no-sensitive-event-data", "require-autoconfig-off", "no-untagged-sensitive-page"];
const CAUSE = "TypeError: Cannot read properties of undefined (reading 'x')";

function configOf(rules: string[]): LinterType.Config[] {
  return [
    {
      plugins: { "pixel-guard": plugin as never },
      rules: Object.fromEntries(rules.map((id) => [`pixel-guard/${id}`, "error"])),
    },
    { files: ["**/*.html"], language: "pixel-guard/html" },
  ];
}

const SENSITIVE_SCRIPT = "// sensitive-content: health\nfbq('init', '123');\nfbq('track', 'Lead');\n";

describe("a rule that throws", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pixel-guard-internal-error-"));
    writeFileSync(path.join(dir, "broken.js"), `${SENSITIVE_SCRIPT}// BOOM\n`);
    writeFileSync(path.join(dir, "fine.js"), SENSITIVE_SCRIPT);
    writeFileSync(path.join(dir, "broken.html"), "<!-- sensitive-content -->\n<!-- BOOM -->\n<img src=\"https://www.facebook.com/tr?id=1&ev=PageView\">\n");
    writeFileSync(path.join(dir, "fine.html"), "<!-- sensitive-content -->\n<p>Help</p>\n<img src=\"https://www.facebook.com/tr?id=1&ev=PageView\">\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function lint(): Promise<Map<string, ESLintType.LintResult>> {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configOf(RULE_IDS) });
    const results = await eslint.lintFiles(["*.js", "*.html"]);
    return new Map(results.map((result) => [path.basename(result.filePath), result]));
  }

  it("becomes one message for that file, from the first rule to hit it, at line 1, naming the rule and the cause", async () => {
    const results = await lint();
    for (const [name, rule] of [["broken.js", "no-fbq-events"], ["broken.html", "no-meta-pixel"]] as const) {
      const messages = results.get(name)?.messages ?? [];
      const internal = messages.filter((message) => message.messageId === "internalError");
      expect(internal).toEqual([
        expect.objectContaining({
          ruleId: `pixel-guard/${rule}`,
          line: 1,
          column: 1,
          severity: 2,
          message: `pixel-guard/${rule} could not check this file: ${CAUSE} (please report it with the file)`,
        }),
      ]);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
    }
  });

  it("leaves every other file's findings in the same run", async () => {
    const results = await lint();
    const fineJs = (results.get("fine.js")?.messages ?? []).map((message) => [message.ruleId, message.line, message.column]);
    expect(fineJs).toEqual(
      expect.arrayContaining([
        ["pixel-guard/no-fbq-events", 2, 1],
        ["pixel-guard/no-fbq-events", 3, 1],
        ["pixel-guard/require-autoconfig-off", 2, 1],
      ]),
    );
    const fineHtml = (results.get("fine.html")?.messages ?? []).map((message) => [message.ruleId, message.line, message.column]);
    expect(fineHtml).toEqual(expect.arrayContaining([["pixel-guard/no-meta-pixel", 3, 11]]));
    for (const name of ["fine.js", "fine.html"]) expect((results.get(name)?.messages ?? []).some((message) => message.messageId === "internalError")).toBe(false);
  });

  it("is in every rule's messages", () => {
    for (const id of RULE_IDS) {
      const rule = (plugin.rules as Record<string, { meta: { messages?: Record<string, string> } }>)[id];
      expect(rule?.meta.messages?.internalError).toBe("pixel-guard/{{rule}} could not check this file: {{cause}} (please report it with the file)");
    }
  });
});

describe("the rule factory's guard", () => {
  const linter = new Linter();
  const throwingRule = (where: "create" | "listener", thrown: unknown) =>
    createRule({
      name: "some-rule",
      meta: { type: "problem", docs: { description: "x" }, messages: { found: "found" }, schema: [], defaultOptions: [] } as never,
      defaultOptions: [],
      create(context) {
        if (where === "create") throw thrown;
        return {
          Identifier(node: { name: string; loc: unknown }) {
            if (node.name === "bad") throw thrown;
            context.report({ node: node as never, messageId: "found" as never });
          },
        } as never;
      },
    });
  const run = (rule: unknown, code: string) => linter.verify(code, [{ plugins: { p: { rules: { "some-rule": rule as never } } }, rules: { "p/some-rule": "error" } }]);

  it("turns a throw in create into one message at line 1", () => {
    expect(run(throwingRule("create", new RangeError("Maximum call stack size exceeded")), "a;\nb;")).toEqual([
      expect.objectContaining({ ruleId: "p/some-rule", messageId: "internalError", line: 1, column: 1, message: "pixel-guard/some-rule could not check this file: RangeError: Maximum call stack size exceeded (please report it with the file)" }),
    ]);
  });

  it("turns a throw in a listener into one message for the file, and keeps the reports made before it", () => {
    const messages = run(throwingRule("listener", new TypeError("x is undefined")), "a;\nbad;\nbad;\nc;");
    const found = messages.map((message) => [message.messageId, message.line, message.column]);
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([["internalError", 1, 1], ["found", 1, 1], ["found", 4, 1]]));
  });

  it("still ends the run on a wrong setting, whose message names the key", () => {
    const config = [{ plugins: { "pixel-guard": plugin as never }, rules: { "pixel-guard/no-meta-pixel": "error" as const }, settings: { "pixel-guard": { sensitiv: [] } } }];
    expect(() => linter.verify("fbq('track', 'Lead');", config)).toThrow(/settings\["pixel-guard"\]\.sensitiv is not a setting/u);
  });

  it("quotes a cause on one line, cut at 200 characters, whatever was thrown", () => {
    expect(causeOf(new Error("two\n  lines"))).toBe("Error: two lines");
    expect(causeOf("a string")).toBe("thrown string: a string");
    expect(causeOf(new Error("x".repeat(300)))).toBe(`Error: ${"x".repeat(193)}…`);
  });
});

/**
 * ESLint's own recommended rules (`js.configs.recommended`, which sets no `files`) run on every file
 * a config lints, templates included. Under the html language they crashed on every template
 * ("no-global-assign: sourceCode.getScope is not a function", exit 2); under pixel-guard's text
 * parser they see an empty Program: no crash, no report about a page's own characters.
 */
import js from "@eslint/js";
import type { Linter } from "eslint";
import { copyFixture, isPixelGuard, lint, loadPixelGuard, removeCopies, where } from "./helpers.js";

let pixelGuard: Awaited<ReturnType<typeof loadPixelGuard>>;
beforeAll(async () => {
  pixelGuard = await loadPixelGuard();
});
afterAll(removeCopies);

describe.each([
  // pixel-guard turns no-irregular-whitespace off on the pages it reads as text; a config that comes
  // later and turns it on again (js.configs.recommended last) gets its report about the page's prose
  { order: "js.configs.recommended first", config: (): Linter.Config[] => [js.configs.recommended, ...pixelGuard.configs.recommended], core: [] as string[] },
  { order: "pixel-guard first", config: (): Linter.Config[] => [...pixelGuard.configs.recommended, js.configs.recommended], core: ["report.njk no-irregular-whitespace 6:12"] },
])("$order", ({ config, core }) => {
  it("lints Nunjucks, Liquid and Handlebars pages with no crash, no core-rule report, and pixel-guard still reports", async () => {
    const result = await lint(copyFixture("coexist-core-rules"), config(), ["."]);
    expect(result.error).toBeNull();
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    // report.njk holds a literal no-break space: no-irregular-whitespace must not read the page's prose
    expect(result.messages.filter((message) => !isPixelGuard(message)).map((message) => `${message.file} ${where(message)}`)).toEqual(core);
    expect(result.messages.filter(isPixelGuard).map((message) => `${message.file} ${where(message)}`).sort()).toEqual([
      "abuse.hbs pixel-guard/no-tracking-attributes 4:28",
      "hate-crime.liquid pixel-guard/no-tracking-attributes 5:18",
      "report.njk pixel-guard/no-fbq-events 4:3",
      "report.njk pixel-guard/no-sensitive-event-data 4:22",
    ]);
  });
});

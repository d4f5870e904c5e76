import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { eslintOptionsFor } from "../../src/cli/eslint-options.js";
import { formatJson } from "../../src/cli/json-format.js";
import { hadSource, lintInBatches, withoutSource } from "../../src/cli/lint-batches.js";
import { loadConfig } from "../../src/cli/config-file.js";
import { REPO } from "./helpers.js";

const SITE = path.join(REPO, "examples/police-site");

async function siteLint(): Promise<{ eslint: ESLint; files: string[] }> {
  const config = await loadConfig(undefined, SITE);
  const eslint = new ESLint(eslintOptionsFor({ cwd: config.dir, settings: config.settings, quiet: false, warnIgnored: false, cache: false, cacheLocation: path.join(SITE, ".no-cache"), concurrency: "off", ignores: [] }));
  const files = (await eslint.lintFiles(["."])).map((result) => result.filePath);
  return { eslint, files };
}

describe("linting a site in batches", () => {
  let eslint: ESLint;
  let files: string[];
  let whole: ESLint.LintResult[];

  beforeAll(async () => {
    ({ eslint, files } = await siteLint());
    whole = await eslint.lintFiles(files);
  }, 60_000);

  it("gives the results of one lintFiles call, in its order, without the files' texts", async () => {
    const batched = await lintInBatches(eslint, files, { oneCall: false, batchFiles: 3 });
    expect(files.length).toBeGreaterThan(9);
    expect(batched.map((result) => result.filePath)).toEqual(whole.map((result) => result.filePath));
    expect(batched.map((result) => result.messages)).toEqual(whole.map((result) => result.messages));
    expect(batched.some((result) => result.source !== undefined)).toBe(false);
    const withText = whole.filter((result) => result.source !== undefined).map((result) => result.filePath);
    expect(withText.length).toBeGreaterThan(5);
    expect(batched.filter(hadSource).map((result) => result.filePath)).toEqual(withText);
  });

  it("keeps the suggestions' data and fixes, as copies", async () => {
    const withSuggestions = whole.find((result) => result.messages.some((message) => message.suggestions?.length));
    expect(withSuggestions).toBeDefined();
    const copy = withoutSource(withSuggestions as ESLint.LintResult);
    expect(copy.messages).toEqual((withSuggestions as ESLint.LintResult).messages);
    expect(copy.source).toBeUndefined();
    expect(withSuggestions?.source).toBe(readFileSync(withSuggestions?.filePath as string, "utf8"));
  });

  it("writes ESLint's json output, each file's text read again", async () => {
    const batched = await lintInBatches(eslint, files, { oneCall: false, batchFiles: 4 });
    const eslintJson = await (await eslint.loadFormatter("json")).format(whole);
    expect([...formatJson(batched)].join("")).toBe(`${eslintJson}\n`);
  });

  it("lints nothing for no files", async () => {
    expect(await lintInBatches(eslint, [], { oneCall: false })).toEqual([]);
  });
});

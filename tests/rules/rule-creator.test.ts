/**
 * typescript-eslint's RuleCreator ships inside dist/ (scripts/vendor-rule-creator.js, run by
 * `npm run build`): the copy must be the installed @typescript-eslint/utils code, unchanged, with
 * its licence, and the built rules must be made by it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const utils = path.dirname(createRequire(path.join(root, "package.json")).resolve("@typescript-eslint/utils/package.json"));
const vendored = path.join(root, "dist", "vendor", "typescript-eslint");

describe("the vendored RuleCreator", () => {
  it.each(["RuleCreator.js", "applyDefault.js", "deepMerge.js"])("dist/vendor/typescript-eslint/%s is the installed file", (file) => {
    expect(readFileSync(path.join(vendored, file), "utf8")).toBe(readFileSync(path.join(utils, "dist", "eslint-utils", file), "utf8"));
  });

  it("carries typescript-eslint's licence and is read as CommonJS", () => {
    expect(readFileSync(path.join(vendored, "LICENSE"), "utf8")).toBe(readFileSync(path.join(utils, "LICENSE"), "utf8"));
    expect(JSON.parse(readFileSync(path.join(vendored, "package.json"), "utf8"))).toMatchObject({ type: "commonjs" });
  });

  it("builds the rules of the built plugin, which imports no @typescript-eslint package at run time", async () => {
    const plugin = (await import(pathToFileURL(path.join(root, "dist", "index.js")).href)) as { default: { rules: Record<string, { meta: { docs: { url: string } } }> } };
    expect(plugin.default.rules["no-meta-pixel"]?.meta.docs.url).toMatch(/docs\/rules\/no-meta-pixel\.md$/u);
    const built = readFileSync(path.join(root, "dist", "rules", "rule-creator.js"), "utf8");
    expect(built).toContain('require("../vendor/typescript-eslint/RuleCreator.js")');
  });
});

/** The command reads settings["pixel-guard"] from the site's eslint.config.js when there is no pixel-guard.config.json. */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

interface Result {
  filePath: string;
  errorCount: number;
  messages: Array<{ message: string }>;
}

const failing = (stdout: string, site: string): string[] =>
  (JSON.parse(stdout) as Result[]).filter((result) => result.errorCount > 0).map((result) => path.relative(site, result.filePath).split(path.sep).join("/"));

/** cli-config with its pixel-guard.config.json replaced by an eslint.config.js (ESM, as `npm init @eslint/config` writes). */
function eslintSite(settings: unknown, { keepJson = false, imports = "" } = {}): string {
  const site = copyFixture("cli-config");
  if (!keepJson) rmSync(path.join(site, "pixel-guard.config.json"));
  writeFileSync(path.join(site, "package.json"), '{ "type": "module" }\n');
  writeFileSync(path.join(site, "eslint.config.js"), `${imports}export default [\n  { ignores: ["dist/**"] },\n  { settings: { "pixel-guard": ${JSON.stringify(settings)} } },\n];\n`);
  return site;
}

describe("settings from the site's ESLint config", () => {
  it("makes files sensitive by the globs in eslint.config.js, relative to its folder, from a subfolder too", () => {
    const site = eslintSite({ sensitive: ["pages/news/**"] });
    const run = pixelGuard(["-f", "json", "--debug"], site);
    expect(failing(run.stdout, site)).toEqual(["pages/news/index.js"]);
    expect(run.stderr).toContain('pixel-guard: debug: settings from settings["pixel-guard"] in eslint.config.js\n');
    expect(run.status).toBe(1);
    const below = pixelGuard(["-f", "json"], path.join(site, "pages"));
    expect(failing(below.stdout, site)).toEqual(["pages/news/index.js"]);
  });

  it("reads eslint.config.mjs and settings set for page files only", () => {
    const site = copyFixture("cli-config");
    rmSync(path.join(site, "pixel-guard.config.json"));
    writeFileSync(path.join(site, "eslint.config.mjs"), 'export default [{ files: ["**/*.html", "**/*.njk"], settings: { "pixel-guard": { sensitive: ["pages/news/**"] } } }];\n');
    const run = pixelGuard(["-f", "json"], site);
    expect(failing(run.stdout, site)).toEqual(["pages/news/index.js"]);
  });

  it("pixel-guard.config.json wins, with a warning when the two differ", () => {
    const site = eslintSite({ sensitive: ["pages/news/**"] }, { keepJson: true });
    const run = pixelGuard(["-f", "json", "--debug"], site);
    expect(failing(run.stdout, site)).toEqual(["pages/health/clinic.js"]);
    expect(run.stderr).toContain(
      'pixel-guard: warning: pixel-guard.config.json and settings["pixel-guard"] in eslint.config.js differ; the command uses pixel-guard.config.json, ESLint and the editor eslint.config.js\n',
    );
    expect(run.stderr).toContain('pixel-guard: debug: eslint.config.js holds settings["pixel-guard"] too; pixel-guard.config.json wins\n');
  });

  it("says nothing when both hold the same settings", () => {
    const site = eslintSite({ sensitive: ["pages/health/**"], autoClassify: "warn" }, { keepJson: true });
    const run = pixelGuard([], site);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("exits 2 in one line when the ESLint config cannot be loaded (a plugin it imports is not installed)", () => {
    const site = eslintSite({ sensitive: ["pages/news/**"] }, { imports: 'import vue from "eslint-plugin-not-installed";\n' });
    const run = pixelGuard([], site);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^pixel-guard: cannot read the settings in eslint\.config\.js: [^\n]*eslint-plugin-not-installed[^\n]* \(install what it imports, or put the settings in pixel-guard\.config\.json, which is read without loading eslint\.config\.js\)\n$/);
  });

  it("exits 2 naming the config file and the key of a wrong setting there", () => {
    const run = pixelGuard([], eslintSite({ sensitive: ["**/{a,b"] }));
    expect(run).toMatchObject({ status: 2, stdout: "" });
    expect(run.stderr).toBe('pixel-guard: eslint.config.js: settings["pixel-guard"].sensitive[0] "**/{a,b" is not a valid glob: Missing closing: "}" (escape it with a backslash to match it literally)\n');
  });

  it("uses the defaults when the ESLint config holds no pixel-guard settings", () => {
    const site = copyFixture("cli-config");
    rmSync(path.join(site, "pixel-guard.config.json"));
    writeFileSync(path.join(site, "eslint.config.js"), "module.exports = [{ rules: {} }];\n");
    const run = pixelGuard(["--debug"], site);
    expect(run.stderr).toContain("pixel-guard: debug: eslint.config.js holds no settings[\"pixel-guard\"]: defaults\n");
    expect(run.status).toBe(0);
  });
});

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import { copyFixture, pixelGuard, removeCopies, REPO } from "./helpers.js";

const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };

afterAll(removeCopies);

function jsonOf(stdout: string): ESLint.LintResult[] {
  return JSON.parse(stdout) as ESLint.LintResult[];
}

describe("exit codes and the stylish format", () => {
  it("exits 0 with no output on a clean site", () => {
    const run = pixelGuard([], copyFixture("cli-clean"));
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("exits 1 and lists an error-level finding with its rule id", () => {
    const run = pixelGuard([], copyFixture("cli-sensitive"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(path.join("pages", "services", "hiv-testing.jsx"));
    expect(run.stdout).toMatch(/6:5\s+error\s+This call tells Meta .* Found: fbq\('track', 'Lead'\)\..*pixel-guard\/no-fbq-events/);
    expect(run.stdout).toMatch(/2:1\s+warning\s+Meta's automatic events .* Found: fbq\('init'.*pixel-guard\/require-autoconfig-off/);
    expect(run.stdout).toContain("2 problems (1 error, 1 warning)");
    expect(run.stderr).toBe("");
  });

  it("exits 1 for a file that does not parse, and shows the parsing error", () => {
    const run = pixelGuard([], copyFixture("cli-parse-error"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("broken.js");
    expect(run.stdout).toMatch(/error\s+Parsing error: /);
    expect(run.stdout).not.toContain("fine.js");
  });

  it("exits 0 on warnings alone, and 1 when they exceed --max-warnings", () => {
    const site = copyFixture("cli-sensitive");
    expect(pixelGuard(["pages/careers.js"], site).status).toBe(0);
    expect(pixelGuard(["--max-warnings", "1", "pages/careers.js"], site).status).toBe(0);
    const over = pixelGuard(["--max-warnings", "0", "pages/careers.js"], site);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe("pixel-guard: too many warnings (1, maximum 0)\n");
  });

  it("--quiet reports errors only (and does not run warning rules)", () => {
    const site = copyFixture("cli-sensitive");
    const run = pixelGuard(["--quiet", "-f", "json"], site);
    expect(run.status).toBe(1);
    const messages = jsonOf(run.stdout).flatMap((result) => result.messages);
    expect(messages.map((message) => message.ruleId)).toEqual(["pixel-guard/no-fbq-events"]);
    expect(pixelGuard(["--quiet", "--max-warnings", "0", "pages/careers.js"], site)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("reports nothing for other rules switched on by a site's inline config comments", () => {
    const site = copyFixture("cli-clean");
    writeFileSync(path.join(site, "inline.js"), '/* eslint no-console: "error", react/jsx-key: "error" */\n// eslint-disable-next-line no-alert\nconsole.log(1);\n');
    expect(pixelGuard(["inline.js"], site)).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});

describe("paths", () => {
  it("skips vendor folders, but warns about a vendor file named explicitly (--no-warn-ignored hushes it)", () => {
    const site = copyFixture("cli-sensitive");
    const all = jsonOf(pixelGuard(["-f", "json"], site).stdout);
    expect(all.some((result) => result.filePath.includes("vendor"))).toBe(false);
    const named = pixelGuard(["vendor/tracker.js"], site);
    expect(named.status).toBe(0);
    expect(named.stdout).toContain("File ignored because of a matching ignore pattern. pixel-guard skips node_modules, .git and vendor folders");
    expect(pixelGuard(["--no-warn-ignored", "vendor/tracker.js"], site)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("checks the files named, skipping types it does not lint (as a pre-commit hook passes them)", () => {
    const site = copyFixture("cli-sensitive");
    writeFileSync(path.join(site, "notes.txt"), "# fbq('track', 'Lead')\n");
    writeFileSync(path.join(site, "package.json"), "{}\n");
    const run = pixelGuard(["-f", "json", "pages/services/hiv-testing.jsx", "notes.txt", "package.json"], site);
    expect(run.status).toBe(1);
    expect(jsonOf(run.stdout).map((result) => path.basename(result.filePath))).toEqual(["hiv-testing.jsx"]);
    expect(pixelGuard(["README.md"], copyFixture("cli-clean"))).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("is a usage error (2) to name a path that does not exist", () => {
    const run = pixelGuard(["pages/missing.js"], copyFixture("cli-clean"));
    expect(run).toEqual({ status: 2, stdout: "", stderr: "pixel-guard: no such file or folder: pages/missing.js\n" });
  });

  it("says so on stderr, and exits 0, when a folder holds nothing to check", () => {
    const site = copyFixture("cli-clean");
    rmSync(path.join(site, "index.js"));
    rmSync(path.join(site, "README.md"));
    rmSync(path.join(site, "pages"), { recursive: true });
    expect(pixelGuard([], site)).toEqual({ status: 0, stdout: "", stderr: "pixel-guard: no files to check in .\n" });
  });

  it("checks Vue, Svelte and Astro components, and follows an Astro page into its layout", () => {
    const site = copyFixture("cli-clean");
    const write = (file: string, text: string): void => {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), text);
    };
    write("src/components/Report.vue", "<!-- sensitive-content -->\n<template><button @click=\"fbq('track', 'Lead')\">Go</button></template>\n");
    write("src/routes/report/+page.svelte", "<!-- sensitive-content -->\n<button on:click={() => fbq('track', 'Contact')}>Go</button>\n");
    write("src/layouts/Base.astro", "<html><head><script is:inline src=\"https://connect.facebook.net/en_US/fbevents.js\"></script></head><body><slot /></body></html>\n");
    write("src/pages/report.astro", "---\n// sensitive-content: stalking\nimport Base from '../layouts/Base.astro';\n---\n<Base><h1>Report stalking</h1></Base>\n");
    const run = pixelGuard(["-f", "json", "src"], site);
    expect(run.status).toBe(1);
    const found = jsonOf(run.stdout).flatMap((result) =>
      result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId ?? "fatal"}`),
    );
    expect(found).toEqual(expect.arrayContaining([
      "Report.vue:2 pixel-guard/no-tracking-attributes",
      "+page.svelte:2 pixel-guard/no-fbq-events",
      "report.astro:3 pixel-guard/no-meta-pixel",
      "Base.astro:1 pixel-guard/no-meta-pixel",
    ]));
    expect(found.some((line) => line.endsWith("fatal"))).toBe(false);
  });

  it("accepts glob patterns", () => {
    const run = pixelGuard(["-f", "json", "pages/**/*.jsx"], copyFixture("cli-sensitive"));
    expect(run.status).toBe(1);
    expect(jsonOf(run.stdout).map((result) => path.basename(result.filePath))).toEqual(["hiv-testing.jsx"]);
  });
});

describe("pixel-guard.config.json", () => {
  it("makes files sensitive by the globs in it", () => {
    const run = pixelGuard(["-f", "json"], copyFixture("cli-config"));
    expect(run.status).toBe(1);
    const [result, ...others] = jsonOf(run.stdout).filter((each) => each.messages.length > 0);
    expect(others).toEqual([]);
    expect(path.basename(result?.filePath ?? "")).toBe("clinic.js");
    expect(result?.messages[0]?.message).toContain('path matches "pages/health/**" in settings');
  });

  it("is found from a subfolder, its globs still relative to its own folder", () => {
    const site = copyFixture("cli-config");
    const run = pixelGuard(["-f", "json"], path.join(site, "pages", "health"));
    expect(run.status).toBe(1);
    expect(jsonOf(run.stdout).map((result) => result.filePath)).toEqual([path.join(site, "pages", "health", "clinic.js")]);
    expect(pixelGuard([], path.join(site, "pages", "news")).status).toBe(0);
  });

  it("--config names the file, relative to the current folder", () => {
    const site = copyFixture("cli-config");
    expect(pixelGuard([], site).status).toBe(1);
    writeFileSync(path.join(site, "news.json"), JSON.stringify({ sensitive: ["pages/news/**"] }));
    const run = pixelGuard(["-f", "json", "--config", "news.json"], site);
    expect(run.status).toBe(1);
    // news.json replaces pixel-guard.config.json: pages/news is sensitive now, pages/health is not.
    expect(jsonOf(run.stdout).filter((result) => result.errorCount > 0).map((result) => path.relative(site, result.filePath))).toEqual([path.join("pages", "news", "index.js")]);
  });

  it("exits 2 naming the key of a wrong setting", () => {
    const run = pixelGuard([], copyFixture("cli-bad-config"));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('pixel-guard: pixel-guard.config.json: settings["pixel-guard"].sensitve is not a setting; expected one of sensitive, allow, autoClassify, templateRoots, sensitiveUrls, reportFirstPartyAnalytics, ignores\n');
  });

  it("exits 2 naming the file of invalid JSON", () => {
    const site = copyFixture("cli-clean");
    writeFileSync(path.join(site, "pixel-guard.config.json"), '{ "sensitive": [ }');
    const run = pixelGuard([], site);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^pixel-guard: pixel-guard\.config\.json is not valid JSON: [^\n]+\n$/);
  });

  it("exits 2 when --config names a file that is not there", () => {
    const run = pixelGuard(["--config", "nope.json"], copyFixture("cli-clean"));
    expect(run).toEqual({ status: 2, stdout: "", stderr: "pixel-guard: config file not found: nope.json\n" });
  });
});

describe("options", () => {
  it("-o writes the report to a file (making its folder) and prints nothing", () => {
    const site = copyFixture("cli-sensitive");
    const run = pixelGuard(["-f", "json", "-o", "reports/pixel-guard.json"], site);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "" });
    const results = jsonOf(readFileSync(path.join(site, "reports", "pixel-guard.json"), "utf8"));
    expect(results.reduce((sum, result) => sum + result.errorCount, 0)).toBe(1);
  });

  it("gives the same answer with --concurrency 2 as without", () => {
    const site = copyFixture("cli-sensitive");
    const single = pixelGuard(["-f", "json"], site);
    const threaded = pixelGuard(["-f", "json", "--concurrency", "2"], site, { NODE_NO_WARNINGS: "1" });
    expect(threaded.status).toBe(single.status);
    expect(jsonOf(threaded.stdout)).toEqual(jsonOf(single.stdout));
  });

  it("--cache writes the cache file in the config folder, or at --cache-location", () => {
    const site = copyFixture("cli-config");
    expect(pixelGuard(["--cache"], site).status).toBe(1);
    expect(existsSync(path.join(site, ".pixel-guardcache"))).toBe(true);
    const again = pixelGuard(["--cache", "-f", "json"], site);
    expect(again.status).toBe(1);
    expect(pixelGuard(["--cache", "--cache-location", "tmp/cache"], site).status).toBe(1);
    expect(existsSync(path.join(site, "tmp", "cache"))).toBe(true);
  });

  it("--version prints the package version", () => {
    const run = pixelGuard(["--version"], REPO);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^pixel-guard ${pkg.version.replace(/\./g, "\\.")} \\(ESLint \\d+\\.\\d+\\.\\d+\\)\\n$`));
  });

  it("--help prints usage", () => {
    const run = pixelGuard(["--help"], REPO);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: pixel-guard \[options\] \[paths\.\.\.\]/);
    for (const option of ["--format", "--output-file", "--max-warnings", "--quiet", "--concurrency", "--cache", "--no-warn-ignored", "--config", "init"]) expect(run.stdout).toContain(option);
  });

  it.each([
    [["--bogus"], "pixel-guard: unknown option '--bogus' (see pixel-guard --help)"],
    [["--format", "xml"], 'pixel-guard: --format expects one of stylish, json, sarif, github, gitlab, html, got "xml"'],
    [["--max-warnings", "many"], 'pixel-guard: --max-warnings expects a whole number, got "many"'],
    [["--concurrency", "0"], 'pixel-guard: --concurrency expects a positive number, "auto" or "off", got "0"'],
    [["--format"], "pixel-guard: option '-f, --format <value>' argument missing (see pixel-guard --help)"],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const run = pixelGuard(args, REPO);
    expect(run).toEqual({ status: 2, stdout: "", stderr: `${message}\n` });
  });
});

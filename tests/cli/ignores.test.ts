import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/run.js";
import { copyFixture, removeCopies } from "./helpers.js";

afterAll(removeCopies);

function collector() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join("") };
}

interface Result { filePath: string; messages: { ruleId: string | null; message: string; line: number }[] }

async function run(args: string[], cwd: string) {
  const stdout = collector();
  const stderr = collector();
  const status = await main(["-f", "json", ...args], { cwd, stdout, stderr, env: {} });
  const results = stdout.text() ? (JSON.parse(stdout.text()) as Result[]) : [];
  return { status, files: results.map((result) => path.relative(cwd, result.filePath)).sort(), results, stderr: stderr.text() };
}

/** cli-config with a generator's copy of its sensitive page in each common build-output folder. */
function siteWithBuildOutput(folders: string[]): string {
  const site = copyFixture("cli-config");
  for (const folder of folders) {
    mkdirSync(path.join(site, folder, "pages/health"), { recursive: true });
    cpSync(path.join(site, "pages/health/clinic.js"), path.join(site, folder, "pages/health/clinic.js"));
  }
  return site;
}

const BUILD_OUTPUT = ["_site", "dist", "build", "out", ".next", ".nuxt", ".svelte-kit", ".output", ".vercel"];

describe("build output, ignores and --ignore-pattern", () => {
  it("leaves common build output out by default, and --debug says which and why", async () => {
    const site = siteWithBuildOutput([...BUILD_OUTPUT, "public"]);
    const { status, files, stderr } = await run(["--debug"], site);
    expect(status).toBe(1);
    // public/ is the site's own when no generator writes it
    expect(files).toEqual(["pages/health/clinic.js", "pages/news/index.js", "public/pages/health/clinic.js"]);
    for (const folder of BUILD_OUTPUT) expect(stderr).toContain(`pixel-guard: debug: left out ${path.join(site, folder)}: build output (pixel-guard's default ignores)\n`);
  });

  it("leaves public/ out when Hugo or Gatsby writes it", async () => {
    for (const generator of ["hugo.toml", "config.toml", "gatsby-config.js"]) {
      const site = siteWithBuildOutput(["public"]);
      writeFileSync(path.join(site, generator), "");
      const { files, stderr } = await run(["--debug"], site);
      // gatsby-config.js is a JS file of the site's own: linted
      expect(files.filter((file) => file !== generator)).toEqual(["pages/health/clinic.js", "pages/news/index.js"]);
      expect(stderr).toMatch(/left out .*public: build output of (?:Hugo|Gatsby) \(pixel-guard's default ignores\)\n/);
    }
  });

  it("still lints a file named explicitly inside build output", async () => {
    const site = siteWithBuildOutput(["dist"]);
    writeFileSync(path.join(site, "pixel-guard.config.json"), JSON.stringify({ sensitive: ["**/health/**"] }));
    const { status, files } = await run(["dist/pages/health/clinic.js"], site);
    expect(status).toBe(1);
    expect(files).toEqual(["dist/pages/health/clinic.js"]);
  });

  it("reads an `ignores` setting relative to the config folder", async () => {
    const site = copyFixture("cli-config");
    writeFileSync(path.join(site, "pixel-guard.config.json"), JSON.stringify({ sensitive: ["pages/health/**"], ignores: ["pages/news/**"] }));
    const { status, files } = await run([], path.join(site, "pages"));
    expect(status).toBe(1);
    expect(files).toEqual(["health/clinic.js"]);
  });

  it("takes repeatable --ignore-pattern globs; a named file they ignore gets ESLint's warning unless --no-warn-ignored", async () => {
    const site = copyFixture("cli-config");
    const walked = await run(["--ignore-pattern", "pages/news/", "--ignore-pattern", "**/clinic.js"], site);
    expect(walked.status).toBe(0);
    expect(walked.files).toEqual([]);
    expect(walked.stderr).toBe("pixel-guard: no files to check in .\n");
    const named = await run(["--ignore-pattern", "**/clinic.js", "pages/health/clinic.js"], site);
    expect(named.status).toBe(0);
    expect(named.results[0]?.messages[0]?.message).toMatch(/^File ignored because of a matching ignore pattern/);
    const silent = await run(["--ignore-pattern", "**/clinic.js", "--no-warn-ignored", "pages/health/clinic.js"], site);
    expect(silent.results).toEqual([]);
  });

  it("rejects a wrong `ignores` setting naming the key", async () => {
    const site = copyFixture("cli-config");
    writeFileSync(path.join(site, "pixel-guard.config.json"), JSON.stringify({ ignores: "dist" }));
    const { status, stderr } = await run([], site);
    expect(status).toBe(2);
    expect(stderr).toBe('pixel-guard: pixel-guard.config.json: settings["pixel-guard"].ignores must be an array of strings, got "dist"\n');
  });
});

describe("argument errors are one line, exit 2", () => {
  it.each([
    [["--max-warnings", "-1"], 'pixel-guard: --max-warnings expects a whole number, got "-1"\n'],
    [["--concurrency", "-2"], 'pixel-guard: --concurrency expects a positive number, "auto" or "off", got "-2"\n'],
    [["--max-file-size", "-5"], 'pixel-guard: --max-file-size expects a size in bytes or with a unit (such as 2MB or 500KB), got "-5"\n'],
    [["--shard", "-1/4"], 'pixel-guard: --shard expects i/n with 1 <= i <= n (such as 2/4), got "-1/4"\n'],
    [["-o", ""], "pixel-guard: --output-file expects a file name, got ''\n"],
    [["--ignore-pattern", ""], "pixel-guard: --ignore-pattern expects a glob, got ''\n"],
  ])("%j", async (args, line) => {
    const { status, stderr } = await run(args, copyFixture("cli-config"));
    expect(status).toBe(2);
    expect(stderr).toBe(line);
  });
});

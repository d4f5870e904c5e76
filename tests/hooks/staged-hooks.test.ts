/**
 * The two hooks docs/pre-commit.md shows besides pre-commit, run as git runs them on `git commit`:
 * husky + lint-staged with the documented globs, and a plain .git/hooks/pre-commit. The hook text
 * and the lint-staged config are read from the doc, so the doc is what is tested.
 */
import { chmodSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { ENGINES } from "../../src/engines/index.js";
import { BIN, REPO, removeCopies } from "../cli/helpers.js";
import { codeBlocksOf, commit, gitSite, run, stage } from "./git-site.js";

const DOC = path.join(REPO, "docs/pre-commit.md");
const lintStagedConfig = JSON.parse(codeBlocksOf(DOC, "json")[0] ?? "{}") as { "lint-staged": Record<string, string> };
const [huskyHook = "", plainHook = ""] = codeBlocksOf(DOC, "sh");

/** The site's node_modules/.bin: pixel-guard (this build), lint-staged and husky (this repository's). */
function linkTools(site: string): void {
  const bin = path.join(site, "node_modules", ".bin");
  mkdirSync(bin, { recursive: true });
  // as npm links a package's bins: an executable that runs the script with node
  const link = (name: string, script: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  link("pixel-guard", BIN);
  link("lint-staged", path.join(REPO, "node_modules/lint-staged/bin/lint-staged.js"));
  link("husky", path.join(REPO, "node_modules/husky/bin.js"));
  writeFileSync(path.join(site, ".gitignore"), "node_modules/\n");
}

/** Is there a commit yet? */
function hasCommit(site: string): boolean {
  return run("git", ["rev-parse", "--verify", "-q", "HEAD"], site).status === 0;
}

afterAll(removeCopies);

describe("husky + lint-staged, as docs/pre-commit.md sets them up", () => {
  it("the documented lint-staged glob matches every extension an engine reads (lint-staged matches a glob without / against base names)", () => {
    const globs = Object.keys(lintStagedConfig["lint-staged"]);
    expect(globs).toHaveLength(1);
    const matches = picomatch(globs[0] ?? "", { basename: true, dot: true });
    const extensions = [...ENGINES.flatMap((engine) => engine.extensions), ".json"];
    expect(extensions.filter((extension) => !matches(`src/pages/page${extension}`))).toEqual([]);
    expect(matches("README.txt")).toBe(false);
  });

  function huskySite(): string {
    const site = gitSite("hooks-eleventy");
    linkTools(site);
    writeFileSync(path.join(site, "package.json"), `${JSON.stringify({ name: "site", private: true, ...lintStagedConfig }, null, 2)}\n`);
    const init = run(path.join(site, "node_modules/.bin/husky"), ["init"], site);
    expect(init.status).toBe(0);
    writeFileSync(path.join(site, ".husky/pre-commit"), huskyHook);
    return site;
  }

  it("the documented glob covers every page type: a staged .njk page with a Pixel in its layout fails the commit", () => {
    const site = huskySite();
    stage(site, "package.json", ".gitignore", "support/report-sexual-assault.njk");
    const result = commit(site);
    expect(result.output).toMatch(/pixel-guard --no-warn-ignored \[FAILED\]/);
    expect(result.output).toMatch(/report-sexual-assault\.njk\n\s+2:1\s+error\s+A file this page pulls in sends Meta what visitors do on this sensitive page\. Found: _includes\/base\.njk -> _includes\/meta-pixel\.njk:3 loads the Meta Pixel base code/);
    expect(result.status).toBe(1);
    expect(hasCommit(site)).toBe(false);
  });

  it("a commit of a page that is not sensitive goes through", () => {
    const site = huskySite();
    stage(site, "package.json", ".gitignore", "careers.njk");
    const result = commit(site);
    expect(result.status).toBe(0);
    expect(hasCommit(site)).toBe(true);
  });
});

describe("a plain .git/hooks/pre-commit, as docs/pre-commit.md shows it", () => {
  function plainSite(): string {
    const site = gitSite("hooks-eleventy");
    linkTools(site);
    const hook = path.join(site, ".git/hooks/pre-commit");
    writeFileSync(hook, plainHook);
    chmodSync(hook, 0o755);
    return site;
  }

  it("checks staged files whose names hold spaces, and fails the commit", () => {
    const site = plainSite();
    renameSync(path.join(site, "support/report-sexual-assault.njk"), path.join(site, "support/report sexual assault.njk"));
    stage(site, ".gitignore", "support/report sexual assault.njk");
    const result = commit(site);
    expect(result.output).toMatch(/support\/report sexual assault\.njk\n\s+2:1\s+error\s+A file this page pulls in sends Meta what visitors do on this sensitive page\. Found: _includes\/base\.njk -> _includes\/meta-pixel\.njk:3 loads the Meta Pixel base code/);
    expect(result.status).toBe(1);
    expect(hasCommit(site)).toBe(false);
  });

  it("passes a commit of a clean page, and one of files no engine reads (no run of the whole site)", () => {
    const site = plainSite();
    stage(site, ".gitignore", "careers.njk");
    expect(commit(site).status).toBe(0);
    writeFileSync(path.join(site, "NOTES.txt"), "notes\n");
    stage(site, "NOTES.txt");
    const notes = commit(site);
    expect(notes.output).not.toContain("report-sexual-assault");
    expect(notes.status).toBe(0);
  });
});

/**
 * The pre-commit hook (.pre-commit-hooks.yaml) as a site tries it: `pre-commit try-repo <this
 * repository> pixel-guard` in a temp site with staged files; pre-commit clones the repository (a
 * committed copy of the working tree) and installs it through npm (the `prepare` script builds
 * dist/), about a minute per call. CI installs pre-commit (.ci/run) and sets
 * PIXEL_GUARD_HOOK_TESTS=required, so there the test runs and never skips.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ENGINES } from "../../src/engines/index.js";
import { REPO, removeCopies, tempDir } from "../cli/helpers.js";
import { cleanEnv, codeBlocksOf, gitSite, hookSourceRepo, run, stage } from "./git-site.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

const hooks = parse(readFileSync(path.join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = hooks[0] as Hook;

/** pre-commit's `files` regex (Python), in JavaScript: `(?i)` becomes the `i` flag. */
function filesRegexOf(pattern: string): RegExp {
  return pattern.startsWith("(?i)") ? new RegExp(pattern.slice(4), "i") : new RegExp(pattern);
}

const EXTENSIONS = [...ENGINES.flatMap((engine) => engine.extensions), ".json"];

afterAll(removeCopies);

describe(".pre-commit-hooks.yaml", () => {
  it("declares one node hook, pixel-guard, passing file names", () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: "pixel-guard", language: "node", pass_filenames: true, entry: "pixel-guard --no-warn-ignored" });
  });

  it("selects every extension an engine reads, in any letter case, and not other files", () => {
    const files = filesRegexOf(hook.files);
    const missed = EXTENSIONS.filter((extension) => !files.test(`site/page${extension}`) || !files.test(`site/PAGE${extension.toUpperCase()}`));
    expect(missed).toEqual([]);
    expect(["README.txt", "logo.png", "Gemfile", "page.html.bak", "styles.less"].filter((file) => files.test(file))).toEqual([]);
  });

  it("is the files regex docs/pre-commit.md shows for a local hook", () => {
    const local = codeBlocksOf(path.join(REPO, "docs/pre-commit.md"), "yaml")
      .map((block) => parse(block) as { repos: Array<{ repo: string; hooks: Array<{ files?: string }> }> })
      .find((config) => config.repos[0]?.repo === "local");
    expect(local?.repos[0]?.hooks[0]?.files).toBe(hook.files);
  });
});

const hasPreCommit = run("pre-commit", ["--version"], REPO).status === 0;
const required = process.env.PIXEL_GUARD_HOOK_TESTS === "required";
if (!hasPreCommit && required) throw new Error("pre-commit is not installed, and PIXEL_GUARD_HOOK_TESTS=required (CI): .ci/run installs it with pip");
const describeWithPreCommit = hasPreCommit ? describe : describe.skip;

describeWithPreCommit("pre-commit try-repo, with this repository as the hook's repo", () => {
  let source: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    source = hookSourceRepo();
    env = cleanEnv({ PRE_COMMIT_HOME: tempDir("pixel-guard-pre-commit-home-"), PRE_COMMIT_COLOR: "never" });
  });

  /** `pre-commit try-repo` on the site's staged files, as a user tries a hook before adding it. */
  function preCommitRun(site: string) {
    return run("pre-commit", ["try-repo", source, "pixel-guard"], site, env, 600_000);
  }

  it("fails a commit staging a sensitive page whose layout includes the Meta Pixel, showing the findings", () => {
    const site = gitSite("hooks-eleventy");
    stage(site, "support/report-sexual-assault.njk");
    const result = preCommitRun(site);
    expect(result.output).toContain("- hook id: pixel-guard");
    expect(result.output).toMatch(/support\/report-sexual-assault\.njk\n\s+2:1\s+error\s+A file this page pulls in sends Meta what visitors do on this sensitive page\. Found: _includes\/base\.njk -> _includes\/meta-pixel\.njk:3 loads the Meta Pixel base code\./);
    expect(result.output).toMatch(/8:18\s+error\s+This markup tells Meta what visitors do on this sensitive page\. Found: The onclick handler calling fbq\('trackCustom', 'ReportStarted'\)/);
    expect(result.output).toContain("3 problems (3 errors, 0 warnings)");
    expect(result.status).toBe(1);
  }, 660_000);

  it("passes a commit staging a page that is not sensitive", () => {
    const site = gitSite("hooks-eleventy");
    stage(site, "careers.njk");
    const result = preCommitRun(site);
    expect(result.output).toMatch(/pixel-guard \(trackers on sensitive pages\)\.+Passed/);
    expect(result.status).toBe(0);
  }, 660_000);
});

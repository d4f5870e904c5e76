/**
 * Temp git repositories for the hook tests: a fixture site with some files staged, and a copy of
 * this repository's working tree (tracked and untracked, not ignored) committed as a hook source.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { copyFixture, REPO, tempDir } from "../cli/helpers.js";

export interface Run {
  status: number | null;
  output: string;
}

/** An environment without the test runner's NODE_OPTIONS and with no user git config. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1", ...extra };
  delete env.NODE_OPTIONS;
  delete env.GIT_DIR;
  delete env.GIT_INDEX_FILE;
  return env;
}

/** Runs a command; output is stdout and stderr together, as a person sees them. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv(), timeout = 120_000): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout, shell: false });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}` };
}

function git(dir: string, ...args: string[]): void {
  const result = run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], dir);
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.output}`);
}

/** A git repository holding a copy of tests/fixtures/<name>, nothing committed or staged. */
export function gitSite(fixture: string): string {
  const dir = copyFixture(fixture);
  git(dir, "init", "-q");
  return dir;
}

/** Stages the files (relative to the site). */
export function stage(dir: string, ...files: string[]): void {
  git(dir, "add", "--", ...files);
}

/** Commits what is staged, with git's hooks (returns the run, not throwing). */
export function commit(dir: string, env?: NodeJS.ProcessEnv): Run {
  return run("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "test"], dir, env);
}

/** This repository's working tree (without node_modules and dist) committed in a temp repository. */
export function hookSourceRepo(): string {
  const dir = path.join(tempDir("pixel-guard-hook-src-"), "eslint-plugin-pixel-guard");
  mkdirSync(dir);
  const listed = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO);
  if (listed.status !== 0) throw new Error(listed.output);
  for (const file of listed.output.split("\0").filter(Boolean)) {
    try {
      cpSync(path.join(REPO, file), path.join(dir, file), { recursive: true });
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "hook source");
  return dir;
}

/** The fenced code blocks of a Markdown file with the given info string, in order. */
export function codeBlocksOf(file: string, language: string): string[] {
  const tree = fromMarkdown(readFileSync(file, "utf8"));
  return tree.children.flatMap((node) => (node.type === "code" && node.lang === language ? [`${node.value}\n`] : []));
}

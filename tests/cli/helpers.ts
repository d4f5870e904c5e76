import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, "../..");
/** The built command (`npm run build` first; `npm test` does). */
export const BIN = path.join(REPO, "dist/cli/bin.js");
export const FIXTURES = path.join(REPO, "tests/fixtures");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli/bin.js ...args` in `cwd`, without GitHub's variables. */
export function pixelGuard(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete baseEnv.GITHUB_WORKSPACE;
  delete baseEnv.FORCE_COLOR;
  delete baseEnv.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...baseEnv, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];

/**
 * A fresh copy of a fixture folder under the system temp folder, so that no
 * pixel-guard.config.json above the repository can be found from it, and tests may write into it.
 */
export function copyFixture(name: string): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-cli-")));
  made.push(root);
  const target = path.join(root, name);
  cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

/** Removes every folder copyFixture made (call from afterAll). */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

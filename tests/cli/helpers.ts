import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { copyFixture as copyFixtureIn } from "../fixture-copies.js";

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

/** A fresh copy of tests/fixtures/<name> under the system temp folder (see tests/fixture-copies.ts). */
export const copyFixture = (name: string): string => copyFixtureIn(name, "pixel-guard-cli-");
export { removeCopies, tempDir } from "../fixture-copies.js";

/**
 * `--version`, `--help` and a usage error answer before ESLint, the plugin and its parsers load
 * (src/cli/run.ts imports them only to lint). Checked by ESLint's modules in a fresh process's require cache.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BIN, REPO } from "./helpers.js";

const hookDir = mkdtempSync(path.join(tmpdir(), "pixel-guard-start-"));
afterAll(() => rmSync(hookDir, { recursive: true, force: true }));

/** Runs the command in a fresh node with a hook that prints, on exit, which heavy modules were loaded. */
function loadedBy(args: string[]): { stdout: string; status: number | null; loaded: string[] } {
  const hook = [
    "const { createRequire } = require('node:module');",
    "process.on('exit', () => {",
    "  const cache = createRequire(__filename).cache;",
    // ESLint is CommonJS: imported from ESM it is in require's cache too
    "  const heavy = ['/node_modules/eslint/lib/'];",
    "  const loaded = heavy.filter((h) => Object.keys(cache).some((k) => k.includes(h)));",
    "  process.stderr.write('LOADED ' + JSON.stringify(loaded) + '\\n');",
    "});",
  ].join("\n");
  const file = path.join(hookDir, "hook.cjs");
  writeFileSync(file, hook);
  const result = spawnSync(process.execPath, ["--require", file, BIN, ...args], { cwd: REPO, encoding: "utf8" });
  const line = result.stderr.split("\n").find((l) => l.startsWith("LOADED ")) ?? "LOADED null";
  return { stdout: result.stdout, status: result.status, loaded: JSON.parse(line.slice("LOADED ".length)) as string[] };
}

describe("the command's start-up", () => {
  it.each([[["--version"], 0], [["--help"], 0], [["--no-such-flag"], 2]])("%j loads neither ESLint nor the plugin", (args, status) => {
    const run = loadedBy(args as string[]);
    expect(run.status).toBe(status);
    expect(run.loaded).toEqual([]);
  });

  it("prints the versions of pixel-guard and ESLint from their package.json files", () => {
    const own = (JSON.parse(spawnSync(process.execPath, ["-p", "JSON.stringify(require('./package.json'))"], { cwd: REPO, encoding: "utf8" }).stdout) as { version: string }).version;
    const eslint = (spawnSync(process.execPath, ["-p", "require('eslint/package.json').version"], { cwd: REPO, encoding: "utf8" }).stdout).trim();
    expect(loadedBy(["--version"]).stdout).toBe(`pixel-guard ${own} (ESLint ${eslint})\n`);
  });

  it("loads ESLint to lint (the check above can fail)", () => {
    const run = loadedBy([path.join("tests", "fixtures", "cli-clean")]);
    expect(run.loaded).toEqual(["/node_modules/eslint/lib/"]);
  });
});

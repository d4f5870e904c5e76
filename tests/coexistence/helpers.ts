/**
 * Shared by the coexistence suite: the BUILT plugin (dist/, as a site installs it), fixture copies
 * in the system temp folder, and ESLint runs through its Node API that never throw at the caller
 * (a thrown error, which the eslint command turns into exit 2, comes back as `error`).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ESLint, type Linter } from "eslint";
import { copyFixture as copyFixtureIn } from "../fixture-copies.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, "../..");
export const FIXTURES = path.join(REPO, "tests/fixtures");
const DIST_ENTRY = path.join(REPO, "dist/index.js");

interface PixelGuard {
  configs: { recommended: Linter.Config[] };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** The plugin as built into dist/ (`npm run build` first; `npm test` does). Fails on a stale build. */
export async function loadPixelGuard(): Promise<PixelGuard> {
  if (!existsSync(DIST_ENTRY)) throw new Error("dist/index.js is missing: run `npm run build` before the coexistence tests");
  if (newestMtime(path.dirname(DIST_ENTRY)) < newestMtime(path.join(REPO, "src")) - 1000) {
    throw new Error("dist/ is older than src/: run `npm run build` before the coexistence tests");
  }
  const module = (await import(pathToFileURL(DIST_ENTRY).href)) as { default: PixelGuard };
  return module.default;
}

/** The built config factory, for a project whose installed parsers differ from this repository's. */
export async function loadConfigBuilder(): Promise<{
  buildConfig: (config: "recommended", plugin: object, hosts: Record<string, boolean>) => Linter.Config[];
  hostsOf: () => Record<string, boolean>;
  COMMAND_CONFIG: Linter.Config[];
}> {
  const [build, hosts, options] = await Promise.all(["configs/build.js", "configs/hosts.js", "cli/eslint-options.js"].map((file) => import(pathToFileURL(path.join(REPO, "dist", file)).href)));
  return { buildConfig: build.buildConfig, hostsOf: hosts.hostsOf, COMMAND_CONFIG: options.COMMAND_CONFIG };
}

/** The default export of an installed package (a framework plugin or parser). */
export async function importDefault<T>(specifier: string): Promise<T> {
  const module = (await import(specifier)) as { default: T };
  return module.default;
}

/** A fresh copy of tests/fixtures/<name> under the system temp folder (see tests/fixture-copies.ts). */
export const copyFixture = (name: string): string => copyFixtureIn(name, "pixel-guard-coexist-");
export { removeCopies, tempDir } from "../fixture-copies.js";

export interface Message {
  /** path relative to the fixture folder, with forward slashes */
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
  fatal: boolean;
  message: string;
}

export interface Lint {
  messages: Message[];
  /** what ESLint threw (the eslint command would exit 2), or null */
  error: string | null;
}

/** Lints `files` in `cwd` with exactly `config` (no eslint.config.js is looked up). */
export async function lint(cwd: string, config: Linter.Config[], files: string[]): Promise<Lint> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: true });
  try {
    const results = await eslint.lintFiles(files);
    const messages = results.flatMap((result) =>
      result.messages.map((message) => ({
        file: path.relative(cwd, result.filePath).split(path.sep).join("/"),
        ruleId: message.ruleId,
        line: message.line,
        column: message.column,
        fatal: message.fatal === true,
        message: message.message,
      })),
    );
    return { messages, error: null };
  } catch (error) {
    return { messages: [], error: error instanceof Error ? error.message : String(error) };
  }
}

export const isPixelGuard = (message: Message): boolean => message.ruleId?.startsWith("pixel-guard/") === true;

/** "ruleId line:column" of each message, for exact comparisons. */
export const where = (message: Message): string => `${message.ruleId ?? "fatal"} ${message.line}:${message.column}`;

/** The keys (ruleId line:column) reported more than once. */
export function duplicates(messages: Message[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(`${message.file} ${where(message)}`, (counts.get(`${message.file} ${where(message)}`) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} x${count}`);
}

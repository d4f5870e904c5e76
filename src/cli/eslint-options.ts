import { readFileSync } from "node:fs";
import path from "node:path";
import type { ESLint, Linter } from "eslint";
import picomatch from "picomatch";
import { buildConfig } from "../configs/build.js";
import { OWN_HOSTS } from "../configs/hosts.js";
import { mayBeContainer } from "../detect/gtm/container.js";
import plugin from "../index.js";
import { isJsonFile } from "../language/index.js";
import type { Settings } from "../sensitivity/settings.js";
import type { Concurrency } from "./args.js";

/** Everything a lint run's ESLint options are made from: plain JSON, so worker threads get it too. */
export interface LintParams {
  /** ESLint's cwd: the config file's folder (the settings' globs are relative to it). */
  cwd: string;
  settings: Settings;
  quiet: boolean;
  warnIgnored: boolean;
  cache: boolean;
  cacheLocation: string;
  concurrency: Concurrency;
  /** The `ignores` setting and `--ignore-pattern`s, relative to `cwd`. */
  ignores: string[];
}

/** Folders skipped unless a file in them is named explicitly (ESLint skips node_modules and .git). */
export const DEFAULT_IGNORES = ["**/vendor/**"];

/** The default cache file, in the config file's folder. */
export const DEFAULT_CACHE_FILE = ".pixel-guardcache";

/**
 * The plugin's recommended config with pixel-guard parsing every file itself: the command never
 * loads the site's eslint.config.js, so no framework parser is there to stand in for.
 */
export const COMMAND_CONFIG: Linter.Config[] = buildConfig("recommended", plugin, OWN_HOSTS);

/**
 * The ESLint options of a run: only the plugin's recommended config (never the site's own
 * eslint.config.js), the settings from pixel-guard.config.json, and the command line's switches.
 * Unused `eslint-disable` comments for the site's own rules are not reported: they are not ours.
 */
export function eslintOptionsFor(params: LintParams): ESLint.Options {
  const cliConfig: Linter.Config = {
    name: "pixel-guard/cli",
    settings: { "pixel-guard": params.settings },
    linterOptions: { reportUnusedDisableDirectives: "off", reportUnusedInlineConfigs: "off" },
  };
  return {
    cwd: params.cwd,
    overrideConfigFile: true,
    overrideConfig: [...COMMAND_CONFIG, cliConfig],
    ignorePatterns: [...DEFAULT_IGNORES, ...params.ignores],
    warnIgnored: params.warnIgnored,
    errorOnUnmatchedPattern: false,
    cache: params.cache,
    cacheLocation: params.cacheLocation,
    concurrency: params.concurrency,
    ...(params.quiet ? { ruleFilter: ({ severity }: { severity: number }) => severity === 2 } : {}),
  };
}

/**
 * The file globs the plugin's config lints, read from each config object's `files` (so file types
 * added to the config are picked up here without change). A `string[]` entry means all must match.
 */
export function lintedFileGlobs(configs: readonly Linter.Config[] = COMMAND_CONFIG): (string | string[])[] {
  const globs: (string | string[])[] = [];
  for (const config of configs) for (const entry of config.files ?? []) if (typeof entry === "string" || Array.isArray(entry)) globs.push(entry as string | string[]);
  return globs;
}

/** A JSON file named on the command line is checked when it may be a tag-manager container export (by content: any name). */
function isJsonToCheck(file: string): boolean {
  try {
    return mayBeContainer(readFileSync(file, "utf8"));
  } catch {
    return false;
  }
}

/**
 * A test of whether a file (an absolute path) is of a type the plugin lints, with `cwd` ESLint's
 * cwd. JSON files are of that type only when they hold a container export (package.json is not).
 */
export function makeLintedFileTest(globs: (string | string[])[] = lintedFileGlobs()): (file: string, cwd: string) => boolean {
  const matchers = globs.map((entry) => {
    const parts = (Array.isArray(entry) ? entry : [entry]).map((glob) => picomatch(glob, { dot: true }));
    return (file: string) => parts.every((match) => match(file));
  });
  return (file, cwd) => {
    // A file outside ESLint's cwd is still of a linted type; ESLint itself says it is outside.
    const relative = path.relative(cwd, file).split(path.sep).filter((segment) => segment !== "..").join("/");
    return matchers.some((match) => match(relative)) && (!isJsonFile(file) || isJsonToCheck(file));
  };
}

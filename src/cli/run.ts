/**
 * `pixel-guard`: ESLint's Node API with the plugin's recommended config and the settings from
 * pixel-guard.config.json, so the answer is the one ESLint and the editor give.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { ESLint } from "eslint";
import { HELP, parseCliArgs, type CliArgs } from "./args.js";
import { CliError, type Output } from "./errors.js";
import type { LoadedConfig } from "./config-file.js";
import type { LintParams } from "./eslint-options.js";
import { countsOf, ownResults } from "./results.js";
import { writeToFile, writeToStream } from "./write-output.js";
import type { Settings } from "../sensitivity/settings.js";

/** ESLint, the plugin, its parsers, the file selection and the formats: loaded by `lint` only, so --version, --help and a usage error are instant. */
let lib: typeof import("./lint-modules.js");

/** The versions, read from package.json files: no need to load ESLint or the plugin to print them. */
function versionLine(): string {
  const require = createRequire(import.meta.url);
  const own = require("../../package.json") as { version: string };
  const eslint = require("eslint/package.json") as { version: string };
  return `pixel-guard ${own.version} (ESLint ${eslint.version})\n`;
}

export interface MainContext {
  /** The folder the command runs in: paths, --config and -o are relative to it. */
  cwd: string;
  stdout: Output;
  stderr: Output;
  /** For GITHUB_WORKSPACE (the github format's path base); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Is a file of a type the plugin lints, judged relative to the config folder. */
function lintedFileTestIn(dir: string): (file: string) => boolean {
  const isLinted = lib.makeLintedFileTest();
  return (file) => isLinted(file, dir);
}

async function createESLint(params: LintParams): Promise<ESLint> {
  if (params.concurrency === "off") return new lib.ESLint(lib.eslintOptionsFor(params));
  return lib.ESLint.fromOptionsModule(lib.optionsModuleUrl(params));
}

async function format(eslint: ESLint, args: CliArgs, results: ESLint.LintResult[], root: string, env: NodeJS.ProcessEnv, cwd: string, settings: Settings): Promise<string | Iterable<string>> {
  switch (args.format) {
    case "sarif":
      return lib.formatSarif(results, root);
    case "gitlab":
      return (await import("./gitlab.js")).formatGitlab(results, root);
    case "html": // loaded only when asked for: the report reads the project again after the lint
      return (await import("./html-report/index.js")).formatHtml(results, root, settings, lib.plugin.meta.version);
    case "json":
      return lib.formatJson(results);
    case "github":
      return lib.formatGithub(results, env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : cwd);
    default: {
      const formatter = await eslint.loadFormatter(args.format);
      const output = await formatter.format(results, args.outputFile === undefined ? {} : { color: false });
      return output && !output.endsWith("\n") ? `${output}\n` : output;
    }
  }
}

/** The report, to stdout or `-o`; a format may give it in chunks (json), written as they come. */
async function writeOutput(output: string | Iterable<string>, args: CliArgs, context: MainContext): Promise<void> {
  const chunks = typeof output === "string" ? [output] : output;
  if (args.outputFile === undefined) await writeToStream(context.stdout, chunks);
  else writeToFile(path.resolve(context.cwd, args.outputFile), args.outputFile, chunks);
}

/**
 * The page index of a run is built once and whole (templates/project-index.ts) for everything that
 * asks it: the cache's dependency stamps before and after the lint, the lint (worker threads inherit
 * the variable) and the formats.
 */
async function wholeRun<T>(work: () => Promise<T>): Promise<T> {
  const name = lib.WHOLE_RUN_ENV;
  const before = process.env[name];
  process.env[name] = "1";
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

async function lint(args: CliArgs, context: MainContext): Promise<number> {
  // the settings (they name the catalogue's vendors) are checked before ESLint and the plugin load
  const config = await (await import("./config-file.js")).loadConfig(args.config, context.cwd);
  if (args.debug) for (const line of config.debug) context.stderr.write(`pixel-guard: debug: ${line}\n`);
  for (const line of config.warnings) context.stderr.write(`pixel-guard: warning: ${line}\n`);
  lib ??= await import("./lint-modules.js");
  return wholeRun(() => lintSite(args, context, config));
}

/** The lint of the site, from the cache check to the report: one run, so one page index for all of it. */
async function lintSite(args: CliArgs, context: MainContext, config: LoadedConfig): Promise<number> {
  for (const line of lib.unmatchedGlobWarnings(config.settings, config.dir)) context.stderr.write(`pixel-guard: warning: ${line}\n`);
  const ignores = [...(config.settings.ignores ?? []), ...args.ignorePatterns];
  lib.forgetOutsideLinks();
  // worker threads name the links they leave unread themselves (their own copy of the graph)
  if (args.debug && args.concurrency !== "off") process.env.PIXEL_GUARD_DEBUG = "1";
  const params: LintParams = {
    cwd: config.dir,
    settings: config.settings,
    quiet: args.quiet,
    warnIgnored: args.warnIgnored,
    cache: args.cache,
    cacheLocation: path.resolve(args.cacheLocation === undefined ? config.dir : context.cwd, args.cacheLocation ?? lib.DEFAULT_CACHE_FILE),
    concurrency: args.concurrency,
    ignores,
  };
  // a cached result is dropped when a file it pulls in, or a sensitive page reaching it, changed
  if (params.cache) lib.dropStaleCacheEntries(params.cacheLocation, params.cwd, params.settings);
  const eslint = await lib.withOneLineAdvice(context.stderr, () => createESLint(params));
  const { files, skippedResults, searched } = await lib.selectRunFiles(eslint, args, { cwd: context.cwd, configDir: config.dir, ignores, stderr: context.stderr, isLinted: lintedFileTestIn(config.dir) });
  const linted = ownResults(await lib.lintInBatches(eslint, files, { oneCall: args.concurrency !== "off" }));
  if (params.cache) lib.recordCacheDependencies(params.cacheLocation, linted.map((result) => result.filePath), params.cwd, params.settings);
  const results = [...linted, ...skippedResults].sort((a, b) => (a.filePath < b.filePath ? -1 : 1));
  const shown = args.quiet ? lib.ESLint.getErrorResults(results) : results;
  await writeOutput(await format(eslint, args, shown, config.dir, context.env ?? process.env, context.cwd, config.settings), args, context);

  if (args.debug) for (const line of lib.linksOutsideProject()) context.stderr.write(`pixel-guard: debug: not read, outside the project: ${line}\n`);
  const counts = countsOf(results);
  const tooManyWarnings = args.maxWarnings !== undefined && counts.warningCount > args.maxWarnings;
  if (searched && results.length === 0) context.stderr.write(`pixel-guard: no files to check in ${args.paths.length ? args.paths.join(" ") : "."}\n`);
  if (tooManyWarnings && counts.errorCount === 0) context.stderr.write(`pixel-guard: too many warnings (${counts.warningCount}, maximum ${args.maxWarnings})\n`);
  return counts.errorCount > 0 || tooManyWarnings ? 1 : 0;
}

/** One line for an unexpected error; ESLint's own errors can span lines ("Occurred while linting ..."). */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^pixel-guard: /, "").trim().split(/\s*\n\s*/).join("; ");
}

/** The command, callable in-process: returns the exit code (0 clean, 1 findings, 2 trouble). */
export async function main(argv: string[], context: MainContext): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const args = parseCliArgs(argv);
    debug = args.debug;
    switch (args.command) {
      case "help":
        context.stdout.write(HELP);
        return 0;
      case "version":
        context.stdout.write(versionLine());
        return 0;
      case "init":
        return (await import("./init.js")).runInit(context.cwd, context.stdout);
      default:
        return await lint(args, context);
    }
  } catch (error) {
    if (error instanceof CliError) {
      context.stderr.write(`pixel-guard: ${error.message}\n`);
      if (debug && error.stack) context.stderr.write(`${error.stack}\n`);
      return 2;
    }
    const hint = debug ? "" : " (run with --debug for the stack trace)";
    context.stderr.write(`pixel-guard: internal error: ${oneLine(error)}${hint}\n`);
    if (debug && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

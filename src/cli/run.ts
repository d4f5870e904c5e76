/**
 * `pixel-guard`: ESLint's Node API with the plugin's recommended config and the settings from
 * pixel-guard.config.json, so the answer is the one ESLint and the editor give.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import plugin from "../index.js";
import { HELP, parseCliArgs, type CliArgs } from "./args.js";
import { dropStaleCacheEntries, recordCacheDependencies } from "./cache.js";
import { loadConfig } from "./config-file.js";
import { CliError, type Output } from "./errors.js";
import { DEFAULT_CACHE_FILE, eslintOptionsFor, makeLintedFileTest, type LintParams } from "./eslint-options.js";
import { forgetOutsideLinks, linksOutsideProject } from "../templates/resolve.js";
import { formatGithub } from "./github.js";
import { runInit } from "./init.js";
import { countsOf, ownResults } from "./results.js";
import { formatSarif } from "./sarif.js";
import { unmatchedGlobWarnings } from "./unmatched-globs.js";
import { optionsModuleUrl } from "./worker-options.js";
import { isJsonFile } from "../language/index.js";

export interface MainContext {
  /** The folder the command runs in: paths, --config and -o are relative to it. */
  cwd: string;
  stdout: Output;
  stderr: Output;
  /** For GITHUB_WORKSPACE (the github format's path base); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The path arguments as ESLint patterns: absolute, and only files of a type the plugin lints. */
function patternsOf(args: CliArgs, cwd: string, eslintCwd: string): { patterns: string[]; searched: boolean; unknown: string[] } {
  const isLinted = makeLintedFileTest();
  const patterns: string[] = [];
  const unknown: string[] = [];
  let searched = false;
  for (const arg of args.paths.length ? args.paths : ["."]) {
    const absolute = path.resolve(cwd, arg);
    let isFile = false;
    try {
      isFile = statSync(absolute).isFile();
    } catch {
      // Not on disk: a glob pattern for ESLint, or a mistake.
      if (!/[*?[\]{}]/.test(arg)) throw new CliError(`no such file or folder: ${arg}`);
    }
    // A file named explicitly (e.g. by a pre-commit hook) of a type the plugin does not lint is skipped.
    if (isFile && !isLinted(absolute, eslintCwd)) {
      // a JSON file that is not a tag-manager container is of an engine pixel-guard reads: nothing to say
      if (!unknown.includes(arg) && !isJsonFile(arg)) unknown.push(arg);
      continue;
    }
    if (!isFile) searched = true;
    patterns.push(absolute);
  }
  return { patterns, searched, unknown };
}

async function createESLint(params: LintParams): Promise<ESLint> {
  if (params.concurrency === "off") return new ESLint(eslintOptionsFor(params));
  return ESLint.fromOptionsModule(optionsModuleUrl(params));
}

async function format(eslint: ESLint, args: CliArgs, results: ESLint.LintResult[], root: string, env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  switch (args.format) {
    case "sarif":
      return formatSarif(results, root);
    case "github":
      return formatGithub(results, env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : cwd);
    default: {
      const formatter = await eslint.loadFormatter(args.format);
      const output = await formatter.format(results, args.outputFile === undefined ? {} : { color: false });
      return output && !output.endsWith("\n") ? `${output}\n` : output;
    }
  }
}

function writeOutput(output: string, args: CliArgs, context: MainContext): void {
  if (args.outputFile === undefined) {
    if (output) context.stdout.write(output);
    return;
  }
  const file = path.resolve(context.cwd, args.outputFile);
  if (existsSync(file) && statSync(file).isDirectory()) throw new CliError(`cannot write the report to ${args.outputFile}: it is a folder`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, output);
  } catch (error) {
    throw new CliError(`cannot write the report to ${args.outputFile}: ${(error as Error).message}`);
  }
}

async function lint(args: CliArgs, context: MainContext): Promise<number> {
  const config = await loadConfig(args.config, context.cwd);
  if (args.debug) for (const line of config.debug) context.stderr.write(`pixel-guard: debug: ${line}\n`);
  for (const line of config.warnings) context.stderr.write(`pixel-guard: warning: ${line}\n`);
  for (const line of unmatchedGlobWarnings(config.settings, config.dir)) context.stderr.write(`pixel-guard: warning: ${line}\n`);
  const { patterns, searched, unknown } = patternsOf(args, context.cwd, config.dir);
  // named on the command line but of no engine pixel-guard reads: said once, not skipped silently
  if (unknown.length > 0) context.stderr.write(`pixel-guard: not checked (no engine reads ${unknown.length === 1 ? "this file" : "these files"}): ${unknown.join(", ")}\n`);
  forgetOutsideLinks();
  // worker threads name the links they leave unread themselves (their own copy of the graph)
  if (args.debug && args.concurrency !== "off") process.env.PIXEL_GUARD_DEBUG = "1";
  const params: LintParams = {
    cwd: config.dir,
    settings: config.settings,
    quiet: args.quiet,
    warnIgnored: args.warnIgnored,
    cache: args.cache,
    cacheLocation: path.resolve(args.cacheLocation === undefined ? config.dir : context.cwd, args.cacheLocation ?? DEFAULT_CACHE_FILE),
    concurrency: args.concurrency,
  };
  // a cached result is dropped when a file it pulls in, or a sensitive page reaching it, changed
  if (params.cache) dropStaleCacheEntries(params.cacheLocation, params.cwd, params.settings);
  const eslint = await createESLint(params);
  const results = ownResults(patterns.length ? await eslint.lintFiles(patterns) : []);
  if (params.cache) recordCacheDependencies(params.cacheLocation, results.map((result) => result.filePath), params.cwd, params.settings);
  const shown = args.quiet ? ESLint.getErrorResults(results) : results;
  writeOutput(await format(eslint, args, shown, config.dir, context.env ?? process.env, context.cwd), args, context);

  if (args.debug) for (const line of linksOutsideProject()) context.stderr.write(`pixel-guard: debug: not read, outside the project: ${line}\n`);
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
        context.stdout.write(`pixel-guard ${plugin.meta.version} (ESLint ${ESLint.version})\n`);
        return 0;
      case "init":
        return runInit(context.cwd, context.stdout);
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

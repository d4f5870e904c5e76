import { parseArgs } from "node:util";
import { CliError } from "./errors.js";
import { DEFAULT_MAX_FILE_SIZE, sizeOf } from "./files-read.js";
import { shardOf, type Shard } from "./files-shard.js";

export const FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "html"] as const;
export type Format = (typeof FORMATS)[number];
export type Concurrency = number | "auto" | "off";

/** What the command line asks for, checked. */
export interface CliArgs {
  command: "lint" | "init" | "help" | "version";
  paths: string[];
  format: Format;
  outputFile: string | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation: string | undefined;
  warnIgnored: boolean;
  config: string | undefined;
  debug: boolean;
  /** `--ignore-pattern`s, relative to the config folder, added to the `ignores` setting. */
  ignorePatterns: string[];
  /** Bytes; a file over it is named and skipped; 0: no cap. */
  maxFileSize: number;
  shard: Shard | undefined;
}

export const HELP = `Usage: pixel-guard [options] [paths...]
       pixel-guard init

Reports Meta Pixel code, fbq calls and other trackers in files that are sensitive,
with the same rules ESLint and the editor run. Paths default to "." (the current folder).

Commands:
  init                          Write a starter pixel-guard.config.json here, suggesting
                                folders whose names read as sensitive

Options:
  -f, --format <name>           stylish (default), json, sarif (code scanning), github
                                (annotations), gitlab (code quality) or html (a report
                                to open in a browser: use with -o report.html)
  -o, --output-file <file>      Write the report to a file instead of stdout
  -c, --config <file>           Settings file (default: pixel-guard.config.json, looked up
                                from the current folder upward)
      --max-warnings <n>        Exit 1 when there are more than n warnings
      --quiet                   Report errors only
      --concurrency <n|auto|off>  Lint in worker threads (default: off)
      --cache                   Only check files that changed since the last run
      --cache-location <path>   Where the cache lives (default: .pixel-guardcache)
      --no-warn-ignored         Do not warn about ignored files named on the command line
      --ignore-pattern <glob>   Leave out files matching the glob, relative to the config
                                folder (repeatable; added to the "ignores" setting)
      --max-file-size <size>    Skip, with a warning, files bigger than this: bytes or with a
                                unit, such as 500KB or 4MB (default: 2MB; 0 for no cap)
      --shard <i/n>             Check only part i of n of the files (split by path hash), for
                                a CI matrix
      --debug                   Print stack traces of internal errors and the folders left out
  -v, --version                 Print the version
  -h, --help                    Print this help

Exit codes: 0 no errors; 1 an error-level finding, a file that could not be parsed, or
more warnings than --max-warnings; 2 a usage, configuration or internal error. A file that
cannot be read (FIFO, dangling link, permission denied, binary, over the size cap) is a
warning naming it, and the run goes on.
`;

const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  concurrency: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  "no-warn-ignored": { type: "boolean" },
  debug: { type: "boolean" },
  "ignore-pattern": { type: "string", multiple: true },
  "max-file-size": { type: "string" },
  shard: { type: "string" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

/** The option names that only make sense for a lint run (rejected after `init`). */
const LINT_ONLY = ["format", "output-file", "config", "max-warnings", "quiet", "concurrency", "cache", "cache-location", "no-warn-ignored", "ignore-pattern", "max-file-size", "shard"];

function nonNegativeInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`${option} expects a whole number, got "${value}"`);
  return Number(value);
}

function ignorePatternsOf(values: string[] | undefined): string[] {
  for (const value of values ?? []) if (value === "") throw new CliError("--ignore-pattern expects a glob, got ''");
  return values ?? [];
}

function concurrencyOf(value: string | undefined): Concurrency {
  if (value === undefined || value === "off") return "off";
  if (value === "auto") return "auto";
  const count = /^\d+$/.test(value) ? Number(value) : 0;
  if (count < 1) throw new CliError(`--concurrency expects a positive number, "auto" or "off", got "${value}"`);
  return count;
}

function formatOf(value: string | undefined): Format {
  if (value === undefined) return "stylish";
  const format = FORMATS.find((name) => name === value);
  if (!format) throw new CliError(`--format expects one of ${FORMATS.join(", ")}, got "${value}"`);
  return format;
}

/** The first sentence of util.parseArgs' error, e.g. "Unknown option '--foo'". */
function parseErrorText(error: unknown): string {
  // Not `instanceof Error`: the error may come from another realm (a test's VM context).
  const message = typeof error === "object" && error !== null && "message" in error ? String(error.message) : String(error);
  const sentence = message.split(". ")[0] ?? message;
  return `${sentence.charAt(0).toLowerCase()}${sentence.slice(1).replace(/\.$/, "")} (see pixel-guard --help)`;
}

/** Options that take a value: `--max-warnings -1` is the value "-1", not an option (util.parseArgs would refuse it). */
const VALUE_OPTIONS = new Set(Object.entries(OPTIONS).flatMap(([name, option]) => (option.type === "string" ? [`--${name}`, ..."short" in option ? [`-${option.short}`] : []] : [])));

function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const next = argv[index + 1];
    if (VALUE_OPTIONS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

function outputFileOf(value: string | undefined): string | undefined {
  if (value === "") throw new CliError("--output-file expects a file name, got ''");
  return value;
}

/** Parses `argv` (without node and the script); throws a CliError for anything it cannot use. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(parseErrorText(error));
  }
  const { values, positionals } = parsed;
  const isInit = positionals[0] === "init";
  let command: CliArgs["command"] = isInit ? "init" : "lint";
  if (values.version) command = "version";
  if (values.help) command = "help";
  if (command === "init") {
    if (positionals.length > 1) throw new CliError(`init takes no paths, got "${positionals[1]}"`);
    const misplaced = LINT_ONLY.find((name) => values[name as keyof typeof values] !== undefined);
    if (misplaced) throw new CliError(`--${misplaced} does not apply to init`);
  }
  const maxWarnings = values["max-warnings"];
  return {
    command,
    paths: isInit ? [] : positionals,
    format: formatOf(values.format),
    outputFile: outputFileOf(values["output-file"]),
    maxWarnings: maxWarnings === undefined ? undefined : nonNegativeInteger(maxWarnings, "--max-warnings"),
    quiet: values.quiet ?? false,
    concurrency: concurrencyOf(values.concurrency),
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"],
    warnIgnored: !values["no-warn-ignored"],
    config: values.config,
    debug: values.debug ?? false,
    ignorePatterns: ignorePatternsOf(values["ignore-pattern"]),
    maxFileSize: values["max-file-size"] === undefined ? DEFAULT_MAX_FILE_SIZE : sizeOf(values["max-file-size"], "--max-file-size"),
    shard: values.shard === undefined ? undefined : shardOf(values.shard),
  };
}

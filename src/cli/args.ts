import { parseArgs } from "node:util";
import { CliError } from "./errors.js";

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
      --debug                   Print stack traces of internal errors
  -v, --version                 Print the version
  -h, --help                    Print this help

Exit codes: 0 no errors; 1 an error-level finding, a file that could not be parsed, or
more warnings than --max-warnings; 2 a usage, configuration or internal error.
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
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

/** The option names that only make sense for a lint run (rejected after `init`). */
const LINT_ONLY = ["format", "output-file", "config", "max-warnings", "quiet", "concurrency", "cache", "cache-location", "no-warn-ignored"];

function nonNegativeInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`${option} expects a whole number, got "${value}"`);
  return Number(value);
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

/** Parses `argv` (without node and the script); throws a CliError for anything it cannot use. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
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
    outputFile: values["output-file"],
    maxWarnings: maxWarnings === undefined ? undefined : nonNegativeInteger(maxWarnings, "--max-warnings"),
    quiet: values.quiet ?? false,
    concurrency: concurrencyOf(values.concurrency),
    cache: values.cache ?? false,
    cacheLocation: values["cache-location"],
    warnIgnored: !values["no-warn-ignored"],
    config: values.config,
    debug: values.debug ?? false,
  };
}

/**
 * The command's own file selection: the path arguments walked and read here, so ESLint gets an
 * explicit list of regular text files and never opens a FIFO, a dangling link or an unreadable
 * file. Every path left out is named once, with why; the run goes on.
 */
import path from "node:path";
import type { ESLint } from "eslint";
import picomatch from "picomatch";
import { isJsonFile } from "../language/index.js";
import { CliError } from "./errors.js";
import { leftOutFolderWhy } from "./files-ignores.js";
import { NODE_FILE_SYSTEM, reasonOfError, unreadableReasonOf, type FileSystem } from "./files-read.js";
import { emptyWalk, walkFolder, type SkippedPath, type WalkOptions } from "./files-walk.js";

export interface SelectOptions {
  /** The folder the command runs in: path arguments are relative to it. */
  cwd: string;
  /** The config file's folder: ignore globs are relative to it. */
  configDir: string;
  /** `ignores` setting and `--ignore-pattern`s. */
  ignores: readonly string[];
  maxFileSize: number;
  isLinted: (file: string) => boolean;
  fs?: FileSystem;
}

export interface Selection {
  /** Files found by walking folders and globs (ESLint's ignores still to be applied). */
  files: string[];
  /** Files named on the command line: ESLint says itself when one is ignored (see --no-warn-ignored). */
  explicit: string[];
  skipped: SkippedPath[];
  leftOut: SkippedPath[];
  /** Files named on the command line of no type pixel-guard reads. */
  unknown: string[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
  /** A folder or glob was searched (so an empty run is worth a note). */
  searched: boolean;
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

/** Selects the files of a run from the path arguments (default "."). */
export function selectFiles(paths: readonly string[], options: SelectOptions): Selection {
  const fs = options.fs ?? NODE_FILE_SYSTEM;
  const walk = emptyWalk();
  const unknown: string[] = [];
  const unmatched: string[] = [];
  let searched = false;
  const walkOptions: WalkOptions = { fs, maxFileSize: options.maxFileSize, isLinted: options.isLinted, leftOutWhy: leftOutFolderWhy(options.configDir, options.ignores, fs) };
  const explicit: string[] = [];
  for (const arg of paths.length ? paths : ["."]) {
    if (arg === "") throw new CliError(`a path argument is empty ('')`);
    const absolute = path.resolve(options.cwd, arg);
    let stats;
    try {
      stats = fs.stat(absolute);
    } catch (error) {
      const why = reasonOfError(error);
      if (why === "no such file" && GLOB_CHARACTERS.test(arg)) {
        searched = true;
        const before = walk.files.length + walk.skipped.length;
        walkGlob(arg, options.cwd, walkOptions, walk);
        if (walk.files.length + walk.skipped.length === before) unmatched.push(arg);
        continue;
      }
      let isLink = false;
      try {
        isLink = fs.lstat(absolute).isSymbolicLink();
      } catch {
        // not there at all
      }
      if (why === "no such file" && !isLink) throw new CliError(`no such file or folder: ${arg}`);
      walk.skipped.push({ file: absolute, why: isLink && why === "no such file" ? "dangling symbolic link" : why });
      continue;
    }
    if (stats.isDirectory()) {
      searched = true;
      walkFolder(absolute, walkOptions, walk);
      continue;
    }
    // A file named explicitly (e.g. by a pre-commit hook): linted even inside a build-output folder.
    const why = unreadableReasonOf(absolute, stats, fs, options.maxFileSize);
    if (why) walk.skipped.push({ file: absolute, why });
    else if (options.isLinted(absolute)) explicit.push(absolute);
    // a JSON file that is not a tag-manager container is of an engine pixel-guard reads: nothing to say
    else if (!unknown.includes(arg) && !isJsonFile(arg)) unknown.push(arg);
  }
  const files = [...new Set(walk.files)].filter((file) => !explicit.includes(file));
  const skipped = [...new Map(walk.skipped.map((entry) => [entry.file, entry])).values()];
  return { files, explicit: [...new Set(explicit)], skipped, leftOut: walk.leftOut, unknown, unmatched, searched };
}

/** Walks the static folder a glob starts from, keeping the files it matches (relative to the cwd). */
function walkGlob(pattern: string, cwd: string, options: WalkOptions, walk: ReturnType<typeof emptyWalk>): void {
  const absolutePattern = path.isAbsolute(pattern) ? pattern : path.join(cwd, pattern);
  const posix = absolutePattern.split(path.sep).join("/");
  const { base } = picomatch.scan(posix);
  const matches = picomatch(posix, { dot: true });
  try {
    if (!options.fs.stat(base || "/").isDirectory()) return;
  } catch {
    return;
  }
  walkFolder(base || "/", { ...options, accept: (file) => matches(file.split(path.sep).join("/")) }, walk);
}

/** A path left out, as a result of its own: one warning, so every format (stylish, json, sarif, github) carries it. */
export function skippedResultOf({ file, why }: SkippedPath): ESLint.LintResult {
  return {
    filePath: file,
    // no text: formats that quote a file's lines (sarif, gitlab, html) must not open a FIFO or read a 50 MB page
    source: "",
    messages: [{ ruleId: null, severity: 1, message: `not checked: ${why}`, line: 1, column: 1 }],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

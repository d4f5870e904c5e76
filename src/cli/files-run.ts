import type { ESLint } from "eslint";
import type { CliArgs } from "./args.js";
import type { Output } from "./errors.js";
import { selectFiles, skippedResultOf } from "./files.js";
import { isInShard } from "./files-shard.js";

export interface RunSelection {
  /** The files to hand ESLint: an explicit list, never patterns. */
  files: string[];
  /** One warning result for each path that could not be read. */
  skippedResults: ESLint.LintResult[];
  searched: boolean;
}

interface RunContext {
  cwd: string;
  configDir: string;
  ignores: readonly string[];
  stderr: Output;
  isLinted: (file: string) => boolean;
}

/**
 * The files of a run: selected (files.ts), without what ESLint ignores, cut to the shard; what
 * was named but not checked is said on stderr (unknown types, globs that matched nothing) and,
 * under --debug, which folders were left out.
 */
export async function selectRunFiles(eslint: ESLint, args: CliArgs, context: RunContext): Promise<RunSelection> {
  const selection = selectFiles(args.paths, { cwd: context.cwd, configDir: context.configDir, ignores: context.ignores, maxFileSize: args.maxFileSize, isLinted: context.isLinted });
  const { stderr } = context;
  // named on the command line but of no engine pixel-guard reads: said once, not skipped silently
  const { unknown } = selection;
  if (unknown.length > 0) stderr.write(`pixel-guard: not checked (no engine reads ${unknown.length === 1 ? "this file" : "these files"}): ${unknown.join(", ")}\n`);
  for (const pattern of selection.unmatched) stderr.write(`pixel-guard: no files match ${pattern}\n`);
  if (args.debug) for (const { file, why } of selection.leftOut) stderr.write(`pixel-guard: debug: left out ${file}: ${why}\n`);
  const walked: string[] = [];
  for (const file of selection.files) if (!(await eslint.isPathIgnored(file))) walked.push(file);
  const inShard = (file: string) => args.shard === undefined || isInShard(file, context.configDir, args.shard);
  return {
    files: [...walked, ...selection.explicit].filter(inShard).sort(),
    skippedResults: selection.skipped.filter(({ file }) => inShard(file)).map(skippedResultOf),
    searched: selection.searched,
  };
}

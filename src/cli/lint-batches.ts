/**
 * The lint of a whole site in batches, so memory stays flat however large the site is.
 *
 * ESLint's `lintFiles` keeps every result until the last file is linted, and a result with a problem
 * holds the file's whole text (`source`). On a 10,000-file site that is most of what grows with the
 * site. Linting a few hundred files at a time lets the command drop each batch's texts as soon as
 * the batch ends: the sarif, gitlab and html formats quote a few lines and read them from the file
 * again, stylish and github print none, and the json format reads each file again as it writes its
 * result (json-format.ts), so its output is ESLint's, `source` included.
 *
 * A dropped text must not stay alive through its slices either: a suggestion's data (a pixel id) and
 * a fix's text are cut from the page, so they are copied (literals.ts `ownCopy`).
 *
 * With `--concurrency` other than off, ESLint starts its worker threads on each `lintFiles` call,
 * so the files go in one call.
 */
import type { ESLint, Linter, Rule } from "eslint";
import { ownCopy } from "../literals.js";

/** Files per `lintFiles` call: small enough to bound the texts held, large enough to keep ESLint's reads in parallel (it reads 100 at a time). */
export const BATCH_FILES = 400;

/** Results whose `source` was dropped: ESLint gave them one (a file with problems and no fix output). */
const dropped = new WeakSet<ESLint.LintResult>();

/** Did ESLint give this result its file's text, dropped since? */
export function hadSource(result: ESLint.LintResult): boolean {
  return dropped.has(result);
}

const fixCopy = (fix: Rule.Fix): Rule.Fix => ({ range: fix.range, text: ownCopy(fix.text) });

function suggestionCopy(suggestion: Linter.LintSuggestion): Linter.LintSuggestion {
  const data = (suggestion as { data?: Record<string, unknown> }).data;
  const copied = data && Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === "string" ? ownCopy(value) : value]));
  return { ...suggestion, fix: fixCopy(suggestion.fix), ...(copied ? { data: copied } : {}) };
}

function messageCopy(message: Linter.LintMessage): Linter.LintMessage {
  if (!message.fix && !message.suggestions) return message;
  return { ...message, ...(message.fix ? { fix: fixCopy(message.fix) } : {}), ...(message.suggestions ? { suggestions: message.suggestions.map(suggestionCopy) } : {}) };
}

/** The result without the file's text, holding nothing cut from it. */
export function withoutSource(result: ESLint.LintResult): ESLint.LintResult {
  if (result.source === undefined) return result;
  const { source: _dropped, ...rest } = result;
  const copy = { ...rest, messages: rest.messages.map(messageCopy), suppressedMessages: rest.suppressedMessages.map((message) => ({ ...messageCopy(message), suppressions: message.suppressions })) };
  dropped.add(copy);
  return copy;
}

export interface BatchOptions {
  /** One `lintFiles` call for all the files (ESLint's worker threads start per call). */
  oneCall: boolean;
  batchFiles?: number;
}

/** The results of `files`, in ESLint's order, linted `batchFiles` at a time. */
export async function lintInBatches(eslint: ESLint, files: readonly string[], options: BatchOptions): Promise<ESLint.LintResult[]> {
  if (files.length === 0) return [];
  const size = options.oneCall ? files.length : Math.max(1, options.batchFiles ?? BATCH_FILES);
  const results: ESLint.LintResult[] = [];
  for (let start = 0; start < files.length; start += size) {
    const batch = await eslint.lintFiles(files.slice(start, start + size));
    for (const result of batch) results.push(withoutSource(result));
  }
  return results;
}

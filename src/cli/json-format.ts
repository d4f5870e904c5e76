/**
 * `--format json`: ESLint's json format (`JSON.stringify(results)`), written one result at a time.
 * The command drops each file's text once its batch is linted (lint-batches.ts); a result that had
 * one gets it back here, read from the file again, in the place ESLint gives it, so the output is
 * the one ESLint writes while only one file's text is held at a time; the output is written as it is
 * made (a 10,000-file site's json is 15 MB, most of it the texts of the files with findings).
 */
import { readFileSync } from "node:fs";
import type { ESLint } from "eslint";
import { hadSource } from "./lint-batches.js";

function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

/** The result as ESLint gave it: `source` after the counts, before `usedDeprecatedRules`. */
function withSourceAgain(result: ESLint.LintResult): object {
  const entries: Array<[string, unknown]> = [];
  let placed = false;
  for (const [key, value] of Object.entries(result)) {
    if (key === "usedDeprecatedRules" && !placed) {
      entries.push(["source", readOr(result.filePath, "")]);
      placed = true;
    }
    entries.push([key, value]);
  }
  if (!placed) entries.push(["source", readOr(result.filePath, "")]);
  return Object.fromEntries(entries);
}

/** Chunks of about this many characters: few writes, and one file's text held at a time. */
const CHUNK = 1 << 16;

/** The output in chunks, in order (their concatenation is ESLint's json output and a newline). */
export function* formatJson(results: readonly ESLint.LintResult[]): Generator<string> {
  let chunk = "[";
  for (const [index, result] of results.entries()) {
    chunk += (index === 0 ? "" : ",") + JSON.stringify(hadSource(result) ? withSourceAgain(result) : result);
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}]\n`;
}

import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { COMMAND_CONFIG } from "../../src/cli/eslint-options.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, "..", "fixtures");

/** A fixture folder's absolute path: `fixture("graph-nunjucks")`. */
export const fixture = (name: string): string => path.join(FIXTURES, name);

/** Lints files of a folder (all of it by default) with the recommended config and these settings. */
export function lintIn(cwd: string, settings: unknown = {}, files: string[] = ["."]): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [...COMMAND_CONFIG, { settings: { "pixel-guard": settings } }],
  });
  return eslint.lintFiles(files);
}

/**
 * The evidence of a message: what was found ("Found: …") and why the page is sensitive ("This page
 * is sensitive: …"), as "found; why"; for a message without them, what it found, else its first sentence. When every
 * page reaching a layout is named ("2 sensitive pages: b, a"), the names are sorted, so the lists
 * do not depend on the order the file system lists folders in (see the order test in sites.test.ts).
 */
export function startOf(message: string): string {
  const match = /Found: (.*?)\. This page is sensitive: (.*?)\.(?= [A-Z]|$)/.exec(message);
  if (!match) return /Found: (.*?)\.(?= [A-Z]|$)/.exec(message)?.[1] ?? message.split(/(?<=\.) (?=[A-Z])/)[0] ?? message;
  const [, found = "", said = ""] = match;
  const at = said.search(/\d+ sensitive pages: /);
  if (at === -1) return `${found}; ${said}`;
  const head = said.slice(0, said.indexOf(": ", at) + 2);
  const names = said.slice(head.length);
  return `${found}; ${names.includes(" and ") ? said : `${head}${names.split(", ").sort().join(", ")}`}`;
}

/** `"<relative file>:<line>:<column> <ruleId> <start of message>"` for every message, by file, then line and column. */
export function summaryOf(cwd: string, results: ESLint.LintResult[]): string[] {
  return results
    .flatMap((result) => {
      const file = path.relative(cwd, result.filePath).split(path.sep).join("/");
      return result.messages.map((message) => ({ file, message, text: `${file}:${message.line}:${message.column} ${message.ruleId ?? "fatal"} ${startOf(message.message)}` }));
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.message.line - b.message.line || a.message.column - b.message.column || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map(({ text }) => text);
}

/** Lints a fixture folder and summarises what it reports. */
export async function reportsOf(name: string, settings: unknown = {}, files: string[] = ["."]): Promise<string[]> {
  const cwd = fixture(name);
  return summaryOf(cwd, await lintIn(cwd, settings, files));
}

/** The raw messages of one file of a lint. */
export function messagesOf(cwd: string, results: ESLint.LintResult[], file: string): string[] {
  return results.filter((result) => path.relative(cwd, result.filePath).split(path.sep).join("/") === file).flatMap((result) => result.messages.map((message) => message.message));
}

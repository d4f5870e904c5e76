/**
 * YAML front matter: a `---` line at the very start of the file, YAML, and a closing `---` (or
 * `...`) line, as Jekyll, Eleventy, Hugo and Astro write it. Parsed with the `yaml` package; a YAML
 * error is kept on the node, never thrown.
 */
import { parseDocument } from "yaml";
import type { FrontMatter } from "./ast.js";
import type { LineIndex } from "./line-index.js";
import { blankOut } from "./segments.js";

export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  /** The text with the front matter blanked out (same length, same line breaks). */
  text: string;
}

/** Where the front matter block ends (after its closing line's `---`), or -1 when there is none. */
function frontMatterEnd(text: string): { yamlStart: number; yamlEnd: number; end: number } | null {
  if (!text.startsWith("---")) return null;
  const yamlStart = lineEndAfter(text, 3);
  if (yamlStart === -1) return null;
  let at = yamlStart;
  while (at < text.length) {
    if (text.startsWith("---", at) || text.startsWith("...", at)) {
      const after = lineEndAfter(text, at + 3);
      if (after !== -1 || isBlankTail(text, at + 3)) return { yamlStart, yamlEnd: at, end: at + 3 };
    }
    const next = nextLineStart(text, at);
    if (next === -1) return null;
    at = next;
  }
  return null;
}

/** The start of the next line when only spaces or tabs follow `from` on this line, else -1. */
function lineEndAfter(text: string, from: number): number {
  let at = from;
  while (text[at] === " " || text[at] === "\t") at += 1;
  if (text[at] === "\r") return text[at + 1] === "\n" ? at + 2 : at + 1;
  if (text[at] === "\n") return at + 1;
  return -1;
}

function isBlankTail(text: string, from: number): boolean {
  let at = from;
  while (text[at] === " " || text[at] === "\t") at += 1;
  return at === text.length;
}

function nextLineStart(text: string, from: number): number {
  const lf = text.indexOf("\n", from);
  return lf === -1 ? -1 : lf + 1;
}

/** Where a `---` fenced block at the very start of `text` ends (after its closing `---`), or -1. */
export function fenceEndOf(text: string): number {
  return frontMatterEnd(text)?.end ?? -1;
}

/** Finds, parses and blanks out the front matter of `text`. */
export function frontMatterOf(text: string, lines: LineIndex): FrontMatterResult {
  const found = frontMatterEnd(text);
  if (!found) return { frontMatter: null, text };
  const range: [number, number] = [0, found.end];
  const source = text.slice(found.yamlStart, found.yamlEnd);
  const frontMatter: FrontMatter = { type: "FrontMatter", value: null, start: 0, end: found.end, range, loc: lines.locOf(range) };
  try {
    const document = parseDocument(source, { prettyErrors: false });
    const problem = document.errors[0];
    if (problem) {
      const where = lines.positionOf(found.yamlStart + (problem.pos[0] ?? 0));
      frontMatter.error = `${problem.message} (line ${where.line}, column ${where.column + 1})`;
    } else {
      frontMatter.value = document.toJS({ maxAliasCount: 100 }) as unknown;
    }
  } catch (error) {
    frontMatter.error = error instanceof Error ? error.message : String(error);
  }
  const blanked = blankOut(text.slice(0, found.end)) + text.slice(found.end);
  return { frontMatter, text: blanked };
}

import { COMMENT_SYNTAXES } from "../engines/index.js";
import { isNo, markupTagOf, templateCodeTagOf } from "./markup.js";
import { commentTagOf, type Evidence } from "./tags.js";

type CommentLike = Parameters<typeof commentTagOf>[0][number];

/**
 * The tag a file gives itself (a sensitive-content comment, front matter, a meta tag, a
 * data-sensitive attribute, a comment in template code), from its AST alone. Rules pass the
 * comments their SourceCode holds; the project index, which has no SourceCode, the AST's own.
 */
export function explicitTagOf(ast: unknown, comments?: readonly CommentLike[]): Evidence | null {
  if (typeof ast !== "object" || ast === null) return null;
  const own = comments ?? ((ast as { comments?: CommentLike[] }).comments ?? []);
  return commentTagOf(own) ?? markupTagOf(ast) ?? templateCodeTagOf(ast);
}

/** Whether offset `at` lies inside a comment of any engine: the nearest opener before it is not closed before it. */
function isInComment(text: string, at: number): boolean {
  return COMMENT_SYNTAXES.some(({ open, close }) => {
    const opened = text.lastIndexOf(open, at);
    return opened >= 0 && text.lastIndexOf(close, at) < opened + open.length - 1;
  });
}

const TOKEN = /(?<![\w-])sensitive-content(?![\w-])/g;
const FRONT_MATTER_FLAG = /^sensitive:(.*)$/m;
const DATA_SENSITIVE = /\sdata-sensitive(?:\s*=\s*["']?([^"'\s>]*))?/;
const QUOTED = /^(["'])(.*)\1$/;

/** A value as written in the text that says "not sensitive": `false`, `"no"`, `''`, `[]` (an empty string is not no). */
function writesNo(raw: string): boolean {
  if (/^\[\s*\]$/.test(raw)) return true;
  const quoted = QUOTED.exec(raw);
  if (quoted) return (quoted[2] ?? "").trim() === "" || isNo(quoted[2] ?? "");
  return raw !== "" && isNo(raw);
}

/**
 * The same answer as `explicitTagOf`, from the text alone, for the project index (which reads every
 * page of a site and must not parse them all): a sensitive-content token inside a comment, a meta
 * tag, a front matter flag or a data-sensitive attribute that does not say no.
 */
export function looksTagged(text: string): boolean {
  if (!text.includes("sensitive")) return false;
  for (const match of text.matchAll(TOKEN)) {
    if (isInComment(text, match.index)) return true;
    if (/<meta[^>]*name=["']?$/i.test(text.slice(Math.max(0, match.index - 40), match.index))) return true;
  }
  if (text.startsWith("---")) {
    const end = text.indexOf("\n---", 3);
    const flag = FRONT_MATTER_FLAG.exec(end > 0 ? text.slice(0, end) : "");
    const value = (flag?.[1] ?? "").trim();
    if (value !== "" && !writesNo(value)) return true;
  }
  const data = DATA_SENSITIVE.exec(text);
  return data !== null && !writesNo((data[1] ?? "").trim());
}

/**
 * Razor-style code after a sigil (`@`), for the mask scanner (mask.ts): `@Model.Title`,
 * `@Html.Partial("x")`, `@(expr)`, `@model X` lines, and code blocks (`@{ }`, `@if (…) { } else { }`,
 * `@foreach`, `@section Name { }`) whose C# is masked while the markup written inside them
 * (`@if (consent) { <script>fbq(…)</script> }`) is left to be read: a block's walk stops at the
 * markup, the scanner reads the markup as any other, and the walk resumes after it with the depth
 * it had (a stack, no recursion).
 *
 * Linear: each character of a code block is walked once; strings, comments, balanced `( )` and
 * `[ ]` are skipped forward; a markup element ends at its first matching end tag (`indexOf`).
 */
import type { CodeSyntax } from "../engines/index.js";

/** A masked piece of code: where it ends, and where scanning resumes. */
export interface CodePiece {
  kind: "tag";
  end: number;
  resume?: number;
}

/** Markup elements with no end tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Where a statement may start in C#: markup written there is markup. */
const STATEMENT_START = "{};:";

export function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

export function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39);
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

export class CodeScanner {
  /** Code blocks interrupted by markup: the brace depth each resumes with, and where. */
  private readonly interrupted: Array<{ depth: number; at: number }> = [];
  /** Per opener (`(`, `[`): balanced scans starting before this cannot close (linear on unbalanced text). */
  private readonly blockedUntil = new Map<string, number>();
  /** Per element name: searches for its end tag from here on cannot succeed. */
  private readonly missingEndTag = new Map<string, number>();
  /** No `>` follows this offset (a search for one from here on cannot succeed). */
  private noTagEndFrom = Number.POSITIVE_INFINITY;

  constructor(
    private readonly text: string,
    private readonly syntax: CodeSyntax,
  ) {}

  /** What opens code (`@`). */
  get sigil(): string {
    return this.syntax.sigil;
  }

  /** Where the innermost code block interrupted by markup resumes (the text's length when none is). */
  nextResume(): number {
    return this.interrupted.at(-1)?.at ?? this.text.length;
  }

  /** Resumes the innermost interrupted block at `i` (at or after the end of its markup). */
  resume(i: number): CodePiece {
    const { depth } = this.interrupted.pop() as { depth: number; at: number };
    return this.body(i, depth, ";");
  }

  /** The code the sigil at `i` opens, or null (an e-mail address, `@@`, a CSS at-rule). */
  at(i: number): CodePiece | null {
    const { text, syntax } = this;
    const { sigil } = syntax;
    if (i > 0 && (isNameChar(text.charCodeAt(i - 1)) || syntax.escapes.some((escape) => text.startsWith(escape, i + sigil.length - escape.length)))) return null;
    if (syntax.escapes.some((escape) => text.startsWith(escape, i))) return null;
    const j = i + sigil.length;
    const next = text[j];
    if (next === "{") return this.body(j, 0, "{");
    if (next === "(") return { kind: "tag", end: this.balanced(j, "(", ")") };
    if (text.startsWith(syntax.textLine, i)) return { kind: "tag", end: i + syntax.textLine.length };
    if (!isNameStart(text.charCodeAt(j))) return null;
    let k = j;
    while (k < text.length && isNameChar(text.charCodeAt(k))) k += 1;
    const name = text.slice(j, k);
    if (text[k] === "-" || syntax.notCode.has(name.toLowerCase())) return null;
    if (syntax.blockKeywords.includes(name) && !(name === "using" && text[this.skipSpaces(k)] !== "(")) return this.statement(k);
    if (syntax.lineDirectives.includes(name)) return { kind: "tag", end: this.lineEnd(k) };
    if (syntax.prefixes.includes(name) && (text[k] === " " || text[k] === "\t")) {
      const start = this.skipSpaces(k);
      return isNameStart(text.charCodeAt(start)) ? { kind: "tag", end: this.expressionEnd(start) } : { kind: "tag", end: k };
    }
    return { kind: "tag", end: this.expressionEnd(j) };
  }

  /** The end of an implicit expression from a name at `k`: `Model.Items[0].Name`, `Html.Partial("x")`, `x?.y`. */
  private expressionEnd(k: number): number {
    const { text } = this;
    let end = k;
    for (;;) {
      while (end < text.length && isNameChar(text.charCodeAt(end))) end += 1;
      const ch = text[end];
      if (ch === "(" || ch === "[") {
        const close = this.balanced(end, ch, ch === "(" ? ")" : "]");
        if (close === end + 1) return end; // never closed
        end = close;
        if (text[end] === "(" || text[end] === "[") continue;
      }
      const dot = text[end] === "?" && text[end + 1] === "." ? end + 2 : text[end] === "." ? end + 1 : -1;
      if (dot === -1 || !isNameStart(text.charCodeAt(dot))) return end;
      end = dot;
    }
  }

  /** A statement from after its keyword: its header (`(…)`, names), then its block, or just the header. */
  private statement(k: number): CodePiece {
    const open = this.headerEnd(k);
    return this.text[open] === "{" ? this.body(open, 0, "{") : { kind: "tag", end: open };
  }

  /** Where a statement's header ends: at its `{`, or at markup, `}`, `;`, `@` or the end. */
  private headerEnd(k: number): number {
    const { text } = this;
    let at = k;
    while (at < text.length) {
      const ch = text[at] as string;
      if (ch === "(") at = this.balanced(at, "(", ")");
      else if (ch === "{" || ch === "<" || ch === "}" || ch === ";" || ch === "@") return at;
      else at += 1;
    }
    return at;
  }

  /**
   * A code block's walk from `k` at brace `depth` (`{` at `k` opens it when depth is 0), `last`
   * the code character before: masked to the block's end, or to markup written where a statement
   * may start (the walk resumes after it), with `else`, `catch` and `finally` blocks after it.
   */
  private body(k: number, depth: number, last: string): CodePiece {
    const { text, syntax } = this;
    let at = k;
    let level = depth;
    let previous = last;
    while (at < text.length) {
      const ch = text[at] as string;
      if (isSpace(ch)) {
        at += 1;
        continue;
      }
      const statementStart = STATEMENT_START.includes(previous);
      if (statementStart && level > 0 && ch === "<" && /[A-Za-z]/u.test(text[at + 1] ?? "")) {
        this.interrupted.push({ depth: level, at: this.elementEnd(at) });
        return { kind: "tag", end: at };
      }
      if (statementStart && level > 0 && text.startsWith(syntax.textLine, at)) {
        this.interrupted.push({ depth: level, at: this.lineEnd(at) });
        return { kind: "tag", end: at + syntax.textLine.length };
      }
      if (ch === '"' || ch === "'") at = this.stringEnd(at, ch);
      else if (text.startsWith("//", at)) at = this.lineEnd(at);
      else if (text.startsWith("/*", at) || text.startsWith(`${syntax.sigil}*`, at)) at = this.commentEnd(at);
      else if (ch === "{") {
        level += 1;
        at += 1;
      } else if (ch === "}") {
        level -= 1;
        at += 1;
        if (level <= 0) {
          const next = this.continuationAt(at);
          if (next === -1) return { kind: "tag", end: at };
          at = next;
          level = 0;
        }
      } else at += 1;
      previous = ch;
    }
    return { kind: "tag", end: text.length };
  }

  /** After a block's `}`: the `{` of an `else`, `else if (…)`, `catch (…)` or `finally` block, or -1. */
  private continuationAt(at: number): number {
    const { text } = this;
    const start = this.skipSpaces(at);
    const keyword = this.syntax.continuations.find((word) => text.startsWith(word, start) && !isNameChar(text.charCodeAt(start + word.length)));
    if (!keyword) return -1;
    const open = this.headerEnd(start + keyword.length);
    return text[open] === "{" ? open : -1;
  }

  /** The end of a markup element at `at` inside code: its end tag's `>`, its own `>` when void or `/>`, else the line's end. */
  private elementEnd(at: number): number {
    const { text } = this;
    let k = at + 1;
    while (k < text.length && (isNameChar(text.charCodeAt(k)) || text[k] === "-" || text[k] === ":")) k += 1;
    const name = text.slice(at + 1, k).toLowerCase();
    const tagEnd = k >= this.noTagEndFrom ? -1 : text.indexOf(">", k);
    if (tagEnd === -1) {
      this.noTagEndFrom = Math.min(this.noTagEndFrom, k);
      return text.length;
    }
    if (VOID.has(name) || text[tagEnd - 1] === "/") return tagEnd + 1;
    const close = this.indexOfEndTag(name, tagEnd);
    if (close === -1) return this.lineEnd(tagEnd);
    const closeEnd = text.indexOf(">", close);
    return closeEnd === -1 ? text.length : closeEnd + 1;
  }

  /** The first `</name` at or after `from`, or -1; a name found missing is not searched for again. */
  private indexOfEndTag(name: string, from: number): number {
    const missing = this.missingEndTag.get(name);
    if (missing !== undefined && from >= missing) return -1;
    const at = this.text.indexOf(`</${name}`, from);
    if (at === -1) this.missingEndTag.set(name, from);
    return at;
  }

  private skipSpaces(at: number): number {
    let k = at;
    while (isSpace(this.text[k])) k += 1;
    return k;
  }

  private lineEnd(at: number): number {
    const end = this.text.indexOf("\n", at);
    return end === -1 ? this.text.length : end;
  }

  /** After a C# string or character literal opened at `at` (it ends at the line's end when unclosed). */
  private stringEnd(at: number, quote: string): number {
    const { text } = this;
    const verbatim = text[at - 1] === "@";
    for (let k = at + 1; k < text.length; k += 1) {
      const ch = text[k];
      if (ch === "\\" && !verbatim) k += 1;
      else if (ch === quote) return k + 1;
      else if (ch === "\n" && !verbatim) return k;
    }
    return text.length;
  }

  /** After a block comment (`/* … *\/`) or a Razor one (`@* … *@`) at `at`. */
  private commentEnd(at: number): number {
    const close = this.text[at] === "/" ? "*/" : `*${this.syntax.sigil}`;
    const end = this.text.indexOf(close, at + 2);
    return end === -1 ? this.text.length : end + close.length;
  }

  /** After the `close` balancing the `open` at `at` (strings skipped); just after `open` when it never closes. */
  private balanced(at: number, open: string, close: string): number {
    const { text } = this;
    if (at < (this.blockedUntil.get(open) ?? -1)) return at + 1;
    let depth = 0;
    for (let k = at; k < text.length; k += 1) {
      const ch = text[k] as string;
      if (ch === '"' || ch === "'") k = this.stringEnd(k, ch) - 1;
      else if (ch === open) depth += 1;
      else if (ch === close) {
        depth -= 1;
        if (depth === 0) return k + 1;
      }
    }
    this.blockedUntil.set(open, text.length);
    return at + 1;
  }
}

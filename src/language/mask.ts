/**
 * Template syntax masking. Template tags (`{{ }}`, `{% %}`, `{# #}`, `<% %>`, `<?php ?>`, Blade
 * `{!! !!}` and `@directive(...)`, ...) are replaced by same-length blanks before parse5 sees the
 * text, so markup around them parses as markup and every offset, line and column stays exact
 * (`\n` and `\r` are kept). The masked pieces are returned with their raw text. Which delimiters,
 * blocks and directives there are comes from the engines (src/engines/, compiled in mask-syntax.ts).
 *
 * The scanner is linear: one pass over the text, `indexOf` for closing delimiters through a cache
 * that never searches the same stretch twice, and no regex that can backtrack. Closing delimiters
 * are found without regard to quotes inside a tag (`{{ "}}" }}` ends early): templates that do this
 * are rare and the cost is only a few characters of text left unmasked.
 */

import { ENGINES, type DirectiveSyntax, type Engine, type StatementSyntax } from "../engines/index.js";
import { CodeScanner, isNameChar, isNameStart } from "./mask-code.js";
import { prefixKeyOf, scanSyntaxOf, singleKeyOf, type ScanSyntax } from "./mask-syntax.js";
import { blankOut, type MaskedSegment } from "./segments.js";

export interface MaskResult {
  /** The text with every segment blanked out (same length, same line breaks). */
  text: string;
  /** The masked segments, in file order. */
  segments: MaskedSegment[];
}

export interface MaskOptions {
  /** The file's engine: its own syntax is masked too (Blade's `@directive(...)`, `{{-- --}}`). */
  engine?: Engine;
  /** Mask as the engine with directives (Blade) does. */
  blade?: boolean;
  /**
   * Mask as the engines with single-brace expressions (Svelte, Astro) do: every balanced `{ ... }`
   * in the markup (`{#if x}`, `{@html x}`, `on:click={() => ...}`), quote-aware; the bodies of
   * `<script>` and `<style>` are left alone (their braces are code).
   */
  braces?: boolean;
  /** Where to start scanning (after front matter). */
  from?: number;
}

function engineFor(options: MaskOptions): Engine | undefined {
  if (options.engine) return options.engine;
  if (options.blade) return ENGINES.find((engine) => engine.mask.directives);
  return options.braces ? ENGINES.find((engine) => engine.mask.braces) : undefined;
}

/** Masks every template tag of `text`. */
export function maskTemplateSyntax(text: string, options: MaskOptions = {}): MaskResult {
  const scanner = new Scanner(text, scanSyntaxOf(engineFor(options)));
  const segments = scanner.scan(options.from ?? 0);
  if (segments.length === 0) return { text, segments };
  const parts: string[] = [];
  let last = 0;
  for (const segment of segments) {
    parts.push(text.slice(last, segment.range[0]), blankOut(segment.value));
    last = segment.range[1];
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), segments };
}

/** A found segment: where it ends, and where scanning resumes (after a raw block's content). */
interface Found {
  kind: "comment" | "tag";
  end: number;
  resume?: number;
}

const OPEN_BRACE = 0x7b;
const LESS_THAN = 0x3c;

class Scanner {
  /** Per delimiter: the `from` of the last search and its result (-1: none after it). */
  private readonly found = new Map<string, [number, number]>();
  /** Per block end tag (`endcomment`, `endraw`, ...): searches from here on cannot succeed. */
  private readonly missingBlockEnd = new Map<string, number>();
  /** Per opener (`(` for Blade, `{` for Svelte/Astro): scans starting before this are skipped. */
  private readonly scanBlockedUntil = new Map<string, number>();
  /** What opens a template tag, and where each next occurs (-1: not searched yet). */
  private readonly openers: string[];
  private readonly openerAt: number[];
  /** Razor's `@` code, when the file's engine writes it. */
  private readonly code: CodeScanner | null;

  constructor(
    private readonly text: string,
    private readonly syntax: ScanSyntax,
  ) {
    this.openers = syntax.openers;
    this.openerAt = this.openers.map(() => -1);
    this.code = syntax.code ? new CodeScanner(text, syntax.code) : null;
  }

  scan(from: number): MaskedSegment[] {
    const { text } = this;
    const segments: MaskedSegment[] = [];
    const { braces, directives } = this.syntax;
    const { code } = this;
    let i = this.nextOpener(from);
    while (i < text.length) {
      const char = text.charCodeAt(i);
      let found: Found | null;
      if (code && i >= code.nextResume()) found = code.resume(i);
      else if (braces) found = char === OPEN_BRACE ? this.braceExpression(i) : char === LESS_THAN ? this.rawTextElement(i) : null;
      else found = this.delimited(i) ?? (directives && text.startsWith(directives.sigil, i) ? this.directive(i) : null) ?? (code && text.startsWith(code.sigil, i) ? code.at(i) : null);
      if (!found) {
        i = this.nextOpener(i + 1);
        continue;
      }
      if (found.end > i) segments.push({ kind: found.kind, value: text.slice(i, found.end), range: [i, found.end] });
      i = this.nextOpener(found.resume ?? found.end);
    }
    return segments;
  }

  /**
   * Where the next template tag may open, at or after `from`: the nearest opener (`{{`, `{%`, `<%`,
   * `<?`, ..., and `@` in Blade), each found with `indexOf` and remembered until the scan passes
   * it, so the text is not walked character by character (most of a page is markup with no
   * template syntax).
   */
  private nextOpener(from: number): number {
    const { text, openers, openerAt } = this;
    let nearest = text.length;
    for (let k = 0; k < openers.length; k += 1) {
      let at = openerAt[k] as number;
      if (at < from) {
        const found = text.indexOf(openers[k] as string, from);
        at = found === -1 ? text.length : found;
        openerAt[k] = at;
      }
      if (at < nearest) nearest = at;
    }
    // a Razor code block interrupted by markup resumes after the markup
    return this.code ? Math.min(nearest, Math.max(from, this.code.nextResume())) : nearest;
  }

  /** First index of `delimiter` at or after `from`, or -1; each stretch of text is searched once. */
  private find(delimiter: string, from: number): number {
    const cached = this.found.get(delimiter);
    if (cached && from >= cached[0] && (cached[1] === -1 || cached[1] >= from)) return cached[1];
    const at = this.text.indexOf(delimiter, from);
    this.found.set(delimiter, [from, at]);
    return at;
  }

  /** The end of a tag opened at `start` and closed by `close`, or -1 when it is never closed. */
  private closed(start: number, openLength: number, close: string): number {
    const at = this.find(close, start + openLength);
    return at === -1 ? -1 : at + close.length;
  }

  /** A delimited tag or comment at `i` (the longest opener that matches), or null. */
  private delimited(i: number): Found | null {
    const { text, syntax } = this;
    const { statements, directives } = syntax;
    // `@{{ }}` prints `{{ }}` as is (Blade)
    if (directives?.escapes.some((escape) => text.startsWith(escape, i - directives.sigil.length))) return null;
    if (statements && text.startsWith(statements.open, i)) return this.statementTag(i);
    for (const delimiter of [...(syntax.byPrefix.get(prefixKeyOf(text, i)) ?? []), ...(syntax.byPrefix.get(singleKeyOf(text, i)) ?? [])]) {
      const { open } = delimiter;
      const opens = delimiter.anyCase ? text.slice(i, i + open.length).toLowerCase() === open : text.startsWith(open, i);
      if (!opens) continue;
      if (delimiter.kind === "text" || (delimiter.notBeforeName && isNameStart(text.charCodeAt(i + open.length)))) return null;
      if (delimiter.notBeforeSpace && " \t\r\n".includes(text[i + open.length] ?? " ")) return null;
      const end = this.closed(i, open.length, delimiter.close);
      // `{literal}` … `{/literal}`: the content is read as markup and code; the end tag is masked next
      const literalEnd = end !== -1 && delimiter.literalUntil ? this.find(delimiter.literalUntil, end) : -1;
      if (literalEnd !== -1) return { kind: delimiter.kind, end, resume: literalEnd };
      if (end !== -1) return { kind: delimiter.kind, end };
      return delimiter.toEndWhenUnclosed ? { kind: delimiter.kind, end: text.length } : null;
    }
    return null;
  }

  /** `{% ... %}`, with comment blocks (`{% comment %}`, Liquid's `{% # %}`) and raw ones (`{% raw %}`, `{% verbatim %}`). */
  private statementTag(i: number): Found | null {
    const statements = this.syntax.statements as StatementSyntax;
    const end = this.closed(i, statements.open.length, statements.close);
    if (end === -1) return null;
    const name = this.tagNameAt(i);
    if (name === statements.lineComment) return { kind: "comment", end };
    const isComment = statements.commentBlocks.includes(name);
    if (isComment || statements.rawBlocks.includes(name)) {
      const block = this.blockEnd(`end${name}`, end);
      if (!block) return { kind: "tag", end };
      // a raw block: mask the opening tag only; its content is literal text and the end tag is masked next
      return isComment ? { kind: "comment", end: block[1] } : { kind: "tag", end, resume: block[0] };
    }
    return { kind: "tag", end };
  }

  /** The name of the `{% name ... %}` tag at `i` (after whitespace-control marks). */
  private tagNameAt(i: number): string {
    const { text } = this;
    const { open, lineComment } = this.syntax.statements as StatementSyntax;
    let j = i + open.length;
    while (j < text.length && "-+~ \t\r\n".includes(text[j] ?? "")) j += 1;
    if (lineComment && text.startsWith(lineComment, j)) return lineComment;
    const start = j;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j += 1;
    return text.slice(start, j).toLowerCase();
  }

  /** The range of the `{% endName %}` tag at or after `from`, or null. */
  private blockEnd(endName: string, from: number): [number, number] | null {
    const missingFrom = this.missingBlockEnd.get(endName);
    if (missingFrom !== undefined && from >= missingFrom) return null;
    const { open: opener, close: closer } = this.syntax.statements as StatementSyntax;
    let at = from;
    for (;;) {
      const open = this.find(opener, at);
      const close = open === -1 ? -1 : this.closed(open, opener.length, closer);
      if (close === -1) {
        this.missingBlockEnd.set(endName, from);
        return null;
      }
      if (this.tagNameAt(open) === endName) return [open, close];
      at = close;
    }
  }

  /** A directive (Blade `@name`, `@name(...)`, balanced and quote-aware), with code blocks (`@php`) and raw ones (`@verbatim`). */
  private directive(i: number): Found | null {
    const { text } = this;
    const { sigil, codeBlocks, rawBlocks, notDirectives } = this.syntax.directives as DirectiveSyntax;
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (before !== -1 && (isNameChar(before) || text.startsWith(sigil, i - sigil.length))) return null; // e-mail, `@@if`
    let j = i + sigil.length;
    if (!isNameStart(text.charCodeAt(j))) return null;
    while (j < text.length && isNameChar(text.charCodeAt(j))) j += 1;
    const name = text.slice(i + sigil.length, j);
    if (text[j] === "-" || notDirectives.has(name.toLowerCase())) return null; // `@font-face`, `@media`
    const bare = j;
    let k = j;
    while (text[k] === " " || text[k] === "\t") k += 1;
    if (text[k] === "(") {
      const close = this.balancedEnd(k, "(", ")", "'\"");
      if (close !== -1) j = close;
    }
    const endDirective = `${sigil}end${name}`;
    if (codeBlocks.includes(name) && j === bare) {
      const end = this.find(endDirective, j);
      if (end !== -1) return { kind: "tag", end: end + endDirective.length };
    }
    if (rawBlocks.includes(name)) {
      const end = this.find(endDirective, j);
      if (end !== -1) return { kind: "tag", end: j, resume: end };
    }
    return { kind: "tag", end: j };
  }

  /** A Svelte or Astro `{ ... }` at `open`, to its matching `}` (quotes and template literals skipped). */
  private braceExpression(open: number): Found | null {
    const end = this.balancedEnd(open, "{", "}", "'\"`");
    return end === -1 ? null : { kind: "tag", end };
  }

  /** A `<script>` or `<style>` element in a Svelte or Astro file: its body is code, not markup. */
  private rawTextElement(i: number): Found | null {
    const { text } = this;
    const name = text.startsWith("<script", i) ? "script" : "style";
    const after = text[i + name.length + 1];
    if (after !== ">" && after !== " " && after !== "\t" && after !== "\n" && after !== "\r" && after !== "/") return null;
    const close = this.find(`</${name}`, i);
    // nothing is masked: scanning resumes at the end tag
    return { kind: "tag", end: i, resume: close === -1 ? text.length : close };
  }

  /**
   * The offset after the `close` that balances the `open` character at `at`, skipping text in
   * `quotes`, or -1. A scan that runs out to the end blocks every later scan for the same `open`,
   * so a file of unbalanced openers is still read once (linear).
   */
  private balancedEnd(at: number, open: string, close: string, quotes: string): number {
    const { text } = this;
    if (at < (this.scanBlockedUntil.get(open) ?? -1)) return -1;
    let depth = 0;
    let quote = "";
    for (let k = at; k < text.length; k += 1) {
      const ch = text[k] as string;
      if (quote) {
        if (ch === "\\") k += 1;
        else if (ch === quote) quote = "";
      } else if (quotes.includes(ch)) quote = ch;
      else if (ch === open) depth += 1;
      else if (ch === close) {
        depth -= 1;
        if (depth === 0) return k + 1;
      }
    }
    this.scanBlockedUntil.set(open, text.length);
    return -1;
  }
}

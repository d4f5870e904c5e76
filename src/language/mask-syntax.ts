/**
 * What the mask scanner looks for in a file, compiled from the engines' data (src/engines/): every
 * engine's tags and template comments in every page (a `.html` page may be any engine's), plus the
 * file's own engine's (Blade's `{{-- --}}` and `@directives`); Svelte and Astro files have `{ }`
 * expressions instead.
 */
import { ENGINES, type CodeSyntax, type DirectiveSyntax, type Engine, type StatementSyntax } from "../engines/index.js";

/** A delimited template tag or comment, as the scanner matches it. */
export interface ScanDelimiter {
  open: string;
  close: string;
  /** `text`: an opener printed as is (`<%%`), never masked. */
  kind: "comment" | "tag" | "text";
  notBeforeName: boolean;
  anyCase: boolean;
  toEndWhenUnclosed: boolean;
  /** Not when whitespace follows the opener (Smarty's `{ `). */
  notBeforeSpace: boolean;
  /** The tag opens a literal block up to this end tag (`{literal}` … `{/literal}`). */
  literalUntil: string | null;
}

export interface ScanSyntax {
  /** Where a template tag may open: the first two characters of each opener, and the directive sigil. */
  openers: string[];
  /** The delimiters by the first two characters of their opener (`prefixKeyOf`), longest opener first. */
  byPrefix: Map<number, ScanDelimiter[]>;
  statements: StatementSyntax | null;
  directives: DirectiveSyntax | null;
  braces: boolean;
  /** Razor's `@` code (the file's own engine's). */
  code: CodeSyntax | null;
}

const PREFIX = 2;

/** The key of the two characters at `at` (a number: no string is made per candidate). */
export function prefixKeyOf(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/** The key of a one-character opener (Smarty's `{`): apart from every two-character key. */
export function singleKeyOf(text: string, at: number): number {
  return -1 - text.charCodeAt(at);
}

function keyOf(open: string): number {
  return open.length < PREFIX ? singleKeyOf(open, 0) : prefixKeyOf(open, 0);
}

function delimitersOf(engine: Engine, own: boolean): ScanDelimiter[] {
  const { mask } = engine;
  const mine = (delimiter: { ownFilesOnly?: boolean }): boolean => own || !delimiter.ownFilesOnly;
  const base = { notBeforeName: false, anyCase: false, toEndWhenUnclosed: false, notBeforeSpace: false, literalUntil: null };
  return [
    ...engine.comments.filter((c) => c.in === "template" && mine(c)).map((c): ScanDelimiter => ({ ...base, open: c.open, close: c.close, kind: "comment", notBeforeName: c.notBeforeName ?? false, notBeforeSpace: c.notBeforeSpace ?? false })),
    ...(mask.tags ?? []).filter(mine).map((t): ScanDelimiter => ({ ...base, open: t.open, close: t.close, kind: "tag", anyCase: t.anyCase ?? false, toEndWhenUnclosed: t.toEndWhenUnclosed ?? false, notBeforeName: t.notBeforeName ?? false, notBeforeSpace: t.notBeforeSpace ?? false, literalUntil: t.literalUntil ?? null })),
    ...(mask.text ?? []).map((open): ScanDelimiter => ({ ...base, open, close: "", kind: "text" })),
  ];
}

/** Every engine's `{% %}` statements as one: the blocks of all of them. */
function statementsOf(engines: readonly Engine[]): StatementSyntax | null {
  const all = engines.flatMap((engine) => (engine.mask.statements ? [engine.mask.statements] : []));
  const [first] = all;
  if (!first) return null;
  const lineComment = all.find((statements) => statements.lineComment)?.lineComment;
  return {
    open: first.open,
    close: first.close,
    commentBlocks: [...new Set(all.flatMap((statements) => statements.commentBlocks))],
    rawBlocks: [...new Set(all.flatMap((statements) => statements.rawBlocks))],
    ...(lineComment ? { lineComment } : {}),
  };
}

function compile(own: Engine | undefined): ScanSyntax {
  if (own?.mask.braces) return { openers: ["{", "<script", "<style"], byPrefix: new Map(), statements: null, directives: null, braces: true, code: null };
  const delimited = ENGINES.filter((engine) => !engine.mask.braces);
  const byOpen = new Map<string, ScanDelimiter>();
  const delimiters = [...(own ? delimitersOf(own, true) : []), ...delimited.flatMap((engine) => delimitersOf(engine, false))];
  for (const delimiter of delimiters) if (!byOpen.has(delimiter.open)) byOpen.set(delimiter.open, delimiter);
  const byPrefix = new Map<number, ScanDelimiter[]>();
  const prefixes = new Set<string>();
  for (const delimiter of [...byOpen.values()].sort((a, b) => b.open.length - a.open.length)) {
    const key = keyOf(delimiter.open);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), delimiter]);
    prefixes.add(delimiter.open.slice(0, PREFIX));
  }
  const statements = statementsOf(delimited);
  const directives = own?.mask.directives ?? null;
  if (statements) prefixes.add(statements.open);
  const code = own?.mask.code ?? null;
  const openers = [...prefixes, ...(directives ? [directives.sigil] : []), ...(code ? [code.sigil] : [])];
  return { openers, byPrefix, statements, directives, braces: false, code };
}

const compiled = new Map<Engine | undefined, ScanSyntax>();

/** The scanner's syntax for a file of `engine` (undefined: any page), compiled once per engine. */
export function scanSyntaxOf(engine: Engine | undefined): ScanSyntax {
  let syntax = compiled.get(engine);
  if (!syntax) {
    syntax = compile(engine);
    compiled.set(engine, syntax);
  }
  return syntax;
}


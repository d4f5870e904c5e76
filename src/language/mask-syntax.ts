/**
 * What the mask scanner looks for in a file, compiled from the engines' data (src/engines/): every
 * engine's tags and template comments in every page (a `.html` page may be any engine's), plus the
 * file's own engine's (Blade's `{{-- --}}` and `@directives`); Svelte and Astro files have `{ }`
 * expressions instead.
 */
import { ENGINES, type DirectiveSyntax, type Engine, type StatementSyntax } from "../engines/index.js";

/** A delimited template tag or comment, as the scanner matches it. */
export interface ScanDelimiter {
  open: string;
  close: string;
  /** `text`: an opener printed as is (`<%%`), never masked. */
  kind: "comment" | "tag" | "text";
  notBeforeName: boolean;
  anyCase: boolean;
  toEndWhenUnclosed: boolean;
}

export interface ScanSyntax {
  /** Where a template tag may open: the first two characters of each opener, and the directive sigil. */
  openers: string[];
  /** The delimiters by the first two characters of their opener (`prefixKeyOf`), longest opener first. */
  byPrefix: Map<number, ScanDelimiter[]>;
  statements: StatementSyntax | null;
  directives: DirectiveSyntax | null;
  braces: boolean;
}

const PREFIX = 2;

/** The key of the two characters at `at` (a number: no string is made per candidate). */
export function prefixKeyOf(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

function delimitersOf(engine: Engine, own: boolean): ScanDelimiter[] {
  const { mask } = engine;
  const mine = (delimiter: { ownFilesOnly?: boolean }): boolean => own || !delimiter.ownFilesOnly;
  const base = { notBeforeName: false, anyCase: false, toEndWhenUnclosed: false };
  return [
    ...engine.comments.filter((c) => c.in === "template" && mine(c)).map((c): ScanDelimiter => ({ ...base, open: c.open, close: c.close, kind: "comment", notBeforeName: c.notBeforeName ?? false })),
    ...(mask.tags ?? []).filter(mine).map((t): ScanDelimiter => ({ ...base, open: t.open, close: t.close, kind: "tag", anyCase: t.anyCase ?? false, toEndWhenUnclosed: t.toEndWhenUnclosed ?? false })),
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
  if (own?.mask.braces) return { openers: ["{", "<script", "<style"], byPrefix: new Map(), statements: null, directives: null, braces: true };
  const delimited = ENGINES.filter((engine) => !engine.mask.braces);
  const byOpen = new Map<string, ScanDelimiter>();
  const delimiters = [...(own ? delimitersOf(own, true) : []), ...delimited.flatMap((engine) => delimitersOf(engine, false))];
  for (const delimiter of delimiters) if (!byOpen.has(delimiter.open)) byOpen.set(delimiter.open, delimiter);
  const byPrefix = new Map<number, ScanDelimiter[]>();
  const prefixes = new Set<string>();
  for (const delimiter of [...byOpen.values()].sort((a, b) => b.open.length - a.open.length)) {
    const key = prefixKeyOf(delimiter.open, 0);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), delimiter]);
    prefixes.add(delimiter.open.slice(0, PREFIX));
  }
  const statements = statementsOf(delimited);
  const directives = own?.mask.directives ?? null;
  if (statements) prefixes.add(statements.open);
  const openers = [...prefixes, ...(directives ? [directives.sigil] : [])];
  return { openers, byPrefix, statements, directives, braces: false };
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


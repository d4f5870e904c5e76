/** The part of a SourceCode that maps offsets to lines: ESLint's JS SourceCode and the html one. */
export interface LocatableSource {
  text: string;
  ast?: unknown;
  getLocFromIndex(index: number): { line: number; column: number };
}

export interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** The `loc` of a report for a file range (findings in embedded code carry file ranges). */
export function locOf(sourceCode: LocatableSource, range: readonly [number, number]): Loc {
  if (lostBomOf(sourceCode)) return { start: shiftedLocOf(sourceCode, range[0]), end: shiftedLocOf(sourceCode, range[1]) };
  return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
}

/**
 * The location of an offset of the text the parser read, when ESLint's SourceCode holds it less a
 * leading BOM (a file that starts with two, see `lostBomOf`): as the
 * parser places nodes, the BOM is column 0 of line 1.
 */
function shiftedLocOf(sourceCode: LocatableSource, index: number): { line: number; column: number } {
  if (index <= 0) return { line: 1, column: 0 };
  const loc = sourceCode.getLocFromIndex(index - 1);
  return loc.line === 1 ? { line: 1, column: loc.column + 1 } : loc;
}

/**
 * Whether ESLint's SourceCode holds the parsed text less a leading BOM. ESLint strips a file's BOM
 * before parsing, and its JavaScript SourceCode strips one more from `text` when the file starts
 * with two, while the tree's offsets (and ESLint's fixer) still count it: then the tree ends one
 * past the text.
 */
export function lostBomOf(sourceCode: { text: string; ast?: unknown }): boolean {
  const range = (sourceCode.ast as { range?: unknown } | null | undefined)?.range;
  return Array.isArray(range) && range[1] === sourceCode.text.length + 1;
}

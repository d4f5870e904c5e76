/** The part of a SourceCode that maps offsets to lines: ESLint's JS SourceCode and the html one. */
export interface LocatableSource {
  getLocFromIndex(index: number): { line: number; column: number };
}

export interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** The `loc` of a report for a file range (findings in embedded code carry file ranges). */
export function locOf(sourceCode: LocatableSource, range: readonly [number, number]): Loc {
  return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
}

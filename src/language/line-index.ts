import type { Position, Range, SourceLocation } from "./ast.js";

/**
 * Offsets to `{ line, column }` (line 1-based, column 0-based) for one file. Line breaks are the
 * HTML ones, `\r\n`, `\n` and a lone `\r`, the same that `HtmlSourceCode` splits `lines` on; script
 * nodes get their positions from here too, so the whole tree agrees on what a line is.
 */
export class LineIndex {
  /** The offset where each line starts; `starts[0]` is 0. */
  private readonly starts: number[] = [0];
  /** The line (0-based) of the last lookup: lookups mostly come in file order. */
  private hint = 0;

  constructor(readonly text: string) {
    const { starts } = this;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (code === 0x0a) starts.push(at + 1);
      else if (code === 0x0d) {
        if (text.charCodeAt(at + 1) === 0x0a) at += 1;
        starts.push(at + 1);
      }
    }
  }

  /** The position of an offset (clamped to the text). */
  positionOf(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: this.columnOf(offset, line) };
  }

  /** Writes the position of an offset into an existing object (no allocation: for big scripts). */
  writePosition(target: Position, offset: number): void {
    const line = this.lineOf(offset);
    target.line = line + 1;
    target.column = this.columnOf(offset, line);
  }

  /** The 0-based line of an offset, by binary search unless it is on the line of the last lookup. */
  private lineOf(offset: number): number {
    const { starts } = this;
    const at = Math.max(0, Math.min(offset, this.text.length));
    const hint = this.hint;
    if (at >= (starts[hint] ?? 0) && at < (starts[hint + 1] ?? Infinity)) return hint;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    this.hint = low;
    return low;
  }

  private columnOf(offset: number, line: number): number {
    return Math.max(0, Math.min(offset, this.text.length)) - (this.starts[line] ?? 0);
  }

  /** How many lines the text has (an empty text has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The offset of a 1-based line and 0-based column, or a reason it is out of range (the checks and
   * wording of @eslint/plugin-kit's `getIndexFromLoc`, which this answers without rescanning).
   */
  offsetOf(line: number, column: number): number | string {
    const { starts } = this;
    if (line < 1 || line > starts.length) return `Line number out of range (line ${line} requested). Valid range: 1-${starts.length}`;
    const start = starts[line - 1] ?? 0;
    const isLast = line === starts.length;
    const end = isLast ? this.text.length : (starts[line] ?? this.text.length);
    const offset = start + column;
    if (column < 0 || (isLast ? offset > end : offset >= end)) {
      return `Column number out of range (column ${column} requested). Valid range for line ${line}: 0-${end - start + (isLast ? 0 : -1)}`;
    }
    return offset;
  }

  /** The location of a range. */
  locOf(range: Range): SourceLocation {
    return this.locOfOffsets(range[0], range[1]);
  }

  /** The location from `start` to `end`. */
  locOfOffsets(start: number, end: number): SourceLocation {
    return { start: this.positionOf(start), end: this.positionOf(end) };
  }
}

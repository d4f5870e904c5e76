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
    const { starts } = this;
    const at = Math.max(0, Math.min(offset, this.text.length));
    let line = this.hint;
    const current = starts[line] ?? 0;
    const next = starts[line + 1] ?? Infinity;
    if (at < current || at >= next) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= at) low = mid;
        else high = mid - 1;
      }
      line = low;
      this.hint = line;
    }
    return { line: line + 1, column: at - (starts[line] ?? 0) };
  }

  /** The location of a range. */
  locOf(range: Range): SourceLocation {
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }
}

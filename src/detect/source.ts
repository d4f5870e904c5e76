/**
 * A piece of code being scanned: the file itself, or JavaScript embedded in a string of the file
 * (a Next.js `<Script>` body, `dangerouslySetInnerHTML.__html`). Node ranges are relative to `text`;
 * `rangeOf` maps them back into the file.
 */
export interface Source {
  /** The code the AST was parsed from. */
  text: string;
  /** Where `text` starts in the file, when the two line up character for character. */
  base: number;
  /** When the code was unescaped from a string literal, offsets no longer line up: every node maps to this range. */
  collapsedTo: [number, number] | null;
  /** The text of the whole file. */
  fileText: string;
}

export function fileSource(text: string): Source {
  return { text, base: 0, collapsedTo: null, fileText: text };
}

/** The file range of a node (or of any [start, end] pair) of this source. */
export function rangeOf(source: Source, range: readonly [number, number]): [number, number] {
  if (source.collapsedTo) return source.collapsedTo;
  return [range[0] + source.base, range[1] + source.base];
}

/** The source text of a node as written in the file (`${id}` stays `${id}`, not the blank it was parsed as). */
export function textOf(source: Source, range: readonly [number, number]): string {
  if (source.collapsedTo) return source.text.slice(range[0], range[1]);
  return source.fileText.slice(range[0] + source.base, range[1] + source.base);
}

/** A string as a regex that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One alternation of literal strings, longest first (so `connect.facebook.net` wins over a shorter
 * host it contains): no quantifier over a group, so matching stays linear.
 */
export function alternationOf(literals: Iterable<string>): string {
  return [...literals]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

/** The 1-based line of an offset in a text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * A copy of a string that does not keep the text it was cut from alive. V8 represents a slice of 13
 * or more characters as a view into its parent, so a pixel id or an include path cut from a 40 KB
 * page keeps the whole page in memory for as long as the slice lives (a finding's data, a graph
 * link). Concatenating flattens into a new string; slicing that copy drops the parent.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

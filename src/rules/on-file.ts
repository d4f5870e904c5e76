/** The part of a rule context a once-per-file visitor needs. */
interface RootContext {
  sourceCode: { ast: unknown };
}

/**
 * A visitor that runs once per file, at its root, whatever the language and parser (`Program`,
 * `Document`, ...). Rules report from the shared analysis there instead of walking the tree again.
 */
export function onFile(context: RootContext, report: () => void): Record<string, (node: unknown) => void> {
  const root = context.sourceCode.ast as { type?: unknown } | null;
  const type = typeof root?.type === "string" ? root.type : "Program";
  // A page's inline scripts are Programs too: only the file's own root counts.
  return { [type]: (node: unknown) => (node === root ? report() : undefined) };
}

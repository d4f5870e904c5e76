import { ESLintUtils } from "@typescript-eslint/utils";

/** Where each rule's documentation lives; `meta.docs.url` of every rule points here. */
export const DOCS_BASE = "https://github.com/pixel-guard/eslint-plugin-pixel-guard/blob/main/docs/rules/";

/** Extra docs fields every rule of this plugin sets. */
export interface PixelGuardDocs {
  /** The severity in the recommended config; absent when the rule is not in it. */
  recommended?: "error" | "warn";
  /** The severity in the strict config (defaults to the recommended one). */
  strict?: "error" | "warn";
}

/** The one rule factory of the plugin: every rule gets its docs URL from its name. */
export const createRule = ESLintUtils.RuleCreator<PixelGuardDocs>((name) => `${DOCS_BASE}${name}.md`);

/** The languages every rule of this plugin can lint. */
export const ALL_LANGUAGES = ["js/js", "pixel-guard/html"];

/**
 * Visitors that run once per file, at its root, whatever the language: `Program` for JavaScript,
 * `Document` for markup. Rules report from the shared scan there instead of walking the tree again.
 */
export function onFile(context: { sourceCode: { ast: unknown } }, report: () => void): Record<"Program" | "Document", (node: unknown) => void> {
  // A page's inline scripts are Programs too: only the file's own root counts.
  const atRoot = (node: unknown): void => {
    if (node === context.sourceCode.ast) report();
  };
  return { Program: atRoot, Document: atRoot };
}

import { isScriptFile } from "../language/index.js";
import { RuleCreator } from "./rule-creator.js";

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
export const createRule = RuleCreator<PixelGuardDocs>((name) => `${DOCS_BASE}${name}.md`);

/**
 * Every language the rules work in. `js/js` whatever its parser (espree, typescript-eslint,
 * vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser, @html-eslint/parser, pixel-guard's
 * text parser); pixel-guard's own `html`; @html-eslint's `html` under either name its docs give the
 * plugin (`html` or `@html-eslint`; ESLint matches a language by the name the config gives the
 * plugin, or by the plugin's `meta.namespace`, which @html-eslint does not set); @eslint/css's `css`;
 * @eslint/json's `json` (tag-manager container exports).
 * pixel-guard's own language matches under any plugin name, through its namespace.
 */
export const ALL_LANGUAGES = ["js/js", "pixel-guard/html", "html/html", "@html-eslint/html", "css/css", "markdown/commonmark", "markdown/gfm", "json/json"];

/** The part of a rule context the file checks need. */
interface FileContext {
  filename: string;
  physicalFilename?: string;
  sourceCode: { ast: unknown };
}

/**
 * A block a processor cut out of a page or component (eslint-plugin-astro's `x.astro/0_0.ts`, a
 * Markdown code block): the page itself is linted whole, so its blocks are not linted twice.
 */
export function isExtractedBlock(context: FileContext): boolean {
  const physical = context.physicalFilename ?? context.filename;
  return physical !== context.filename && !isScriptFile(physical);
}

/**
 * A visitor that runs once per file, at its root, whatever the language and parser (`Program`,
 * `Document`, ...). Rules report from the shared analysis there instead of walking the tree again.
 */
export function onFile(context: FileContext, report: () => void): Record<string, (node: unknown) => void> {
  const root = context.sourceCode.ast as { type?: unknown } | null;
  const type = typeof root?.type === "string" ? root.type : "Program";
  // A page's inline scripts are Programs too: only the file's own root counts.
  return { [type]: (node: unknown) => (node === root ? report() : undefined) };
}

/** First-party, cookieless analytics count as trackers only when the settings ask for them (`reportFirstPartyAnalytics`). */
export function countsAsTracker(vendor: { firstParty?: unknown } | null, settings: { reportFirstPartyAnalytics?: boolean }): boolean {
  return !vendor?.firstParty || settings.reportFirstPartyAnalytics === true;
}

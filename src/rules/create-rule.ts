import { isScriptFile } from "../language/index.js";
import { guardCreate, INTERNAL_ERROR_MESSAGE } from "./internal-error.js";
import { RuleCreator } from "./rule-creator.js";

export { onFile } from "./on-file.js";

/** Where each rule's documentation lives; `meta.docs.url` of every rule points here. */
export const DOCS_BASE = "https://github.com/pixel-guard/eslint-plugin-pixel-guard/blob/main/docs/rules/";

/** Extra docs fields every rule of this plugin sets. */
export interface PixelGuardDocs {
  /** The severity in the recommended config; absent when the rule is not in it. */
  recommended?: "error" | "warn";
  /** The severity in the strict config (defaults to the recommended one). */
  strict?: "error" | "warn";
}

const createDocumentedRule = RuleCreator<PixelGuardDocs>((name) => `${DOCS_BASE}${name}.md`);

/**
 * The one rule factory of the plugin: every rule gets its docs URL from its name, the
 * `internalError` message, and a guard that turns a throw into that message (internal-error.ts).
 */
export const createRule: typeof createDocumentedRule = (spec) => {
  const rule = createDocumentedRule({ ...spec, meta: { ...spec.meta, messages: { ...spec.meta.messages, internalError: INTERNAL_ERROR_MESSAGE } } });
  return { ...rule, create: guardCreate(spec.name, rule.create as never) as typeof rule.create };
};

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

/** First-party, cookieless analytics count as trackers only when the settings ask for them (`reportFirstPartyAnalytics`). */
export function countsAsTracker(vendor: { firstParty?: unknown } | null, settings: { reportFirstPartyAnalytics?: boolean }): boolean {
  return !vendor?.firstParty || settings.reportFirstPartyAnalytics === true;
}

import { matchingGlobOf, relativePathOf } from "./globs.js";
import { markupTagOf, templateCodeTagOf } from "./markup.js";
import { settingsOf, type Settings } from "./settings.js";
import { commentTagOf, describeEvidence, type Evidence } from "./tags.js";

export type { Evidence } from "./tags.js";

/** Whether a file is sensitive, why, and which vendors its settings allow on it. */
export interface Page {
  sensitive: boolean;
  evidence: Evidence | null;
  /** "crime-victims: sensitive-content comment on line 1", for messages. */
  why: string;
  categories: string[];
  settings: Settings;
  /** Whether `allow` permits this vendor here (only on files sensitive by glob alone). */
  allows(vendorId: string): boolean;
}

/** The part of a rule context sensitivity needs. */
export interface SensitivityContext {
  filename: string;
  cwd: string;
  settings: Readonly<Record<string, unknown>>;
  sourceCode: { text: string; ast: unknown; getAllComments?: () => ReadonlyArray<{ value: string; loc?: { start: { line: number } } | null }> };
}

const cache = new WeakMap<object, Page>();

/** Sensitivity of the file being linted, computed once per file and shared by every rule. */
export function sensitivityOf(context: SensitivityContext): Page {
  const cached = cache.get(context.sourceCode);
  if (cached) return cached;
  const page = computePage(context);
  cache.set(context.sourceCode, page);
  return page;
}

function computePage(context: SensitivityContext): Page {
  const settings = settingsOf(context.settings);
  const relative = relativePathOf(context.filename, context.cwd);
  const glob = matchingGlobOf(relative, settings.sensitive);
  const tagged = tagOf(context.sourceCode);
  const evidence: Evidence | null = tagged ?? (glob ? { source: "glob", categories: [], line: null, detail: glob } : null);
  const allowed = new Set<string>();
  if (!tagged && glob) {
    for (const entry of settings.allow) if (matchingGlobOf(relative, entry.paths)) for (const vendor of entry.vendors) allowed.add(vendor);
  }
  return {
    sensitive: evidence !== null,
    evidence,
    why: evidence ? describeEvidence(evidence) : "",
    categories: evidence?.categories ?? [],
    settings,
    allows: (vendorId) => allowed.has(vendorId),
  };
}

/** An explicit tag in the file: a comment, or (in markup) a meta tag, front matter or attribute. */
function tagOf(sourceCode: SensitivityContext["sourceCode"]): Evidence | null {
  if (!sourceCode.text.includes("sensitive")) return null;
  const comments = sourceCode.getAllComments?.() ?? [];
  return commentTagOf(comments) ?? markupTagOf(sourceCode.ast) ?? templateCodeTagOf(sourceCode.ast);
}

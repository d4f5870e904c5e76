import { holdsTracker } from "../detect/findings.js";
import { analysisOf, type AnalysisContext, type FileView } from "../detect/analysis.js";
import { perFile, sourceCodeOf } from "../per-file.js";
import { isGraphFile } from "../templates/links.js";
import { cmsInjectionsFor } from "../templates/cms-injections.js";
import { reachOf as indexedReachOf, type Reach } from "../templates/project-index.js";
import { classifyPage, type Classification } from "./classify.js";
import { matchingGlobOf, relativePathOf } from "./globs.js";
import { explicitTagOf, looksTagged } from "./explicit-tag.js";
import { settingsOf, type Settings } from "./settings.js";
import { describeEvidence, type Evidence } from "./tags.js";

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
export interface SensitivityContext extends AnalysisContext {
  cwd: string;
  settings: Readonly<Record<string, unknown>>;
}

/** The file on disk: a processor's block is named after it. */
const fileOf = (context: SensitivityContext): string => context.physicalFilename ?? context.filename;

/** Sensitivity of the file being linted, computed once per file and shared by every rule. */
export const sensitivityOf: (context: SensitivityContext) => Page = perFile((context: SensitivityContext) => computePage(context), sourceCodeOf);

function computePage(context: SensitivityContext): Page {
  const settings = settingsOf(context.settings);
  const relative = relativePathOf(fileOf(context), context.cwd);
  const glob = matchingGlobOf(relative, settings.sensitive);
  const tagged = tagOf(analysisOf(context).view);
  const evidence: Evidence | null =
    tagged ?? (glob ? { source: "glob", categories: [], line: null, detail: glob } : null) ?? reachOf(context, settings) ?? (settings.autoClassify === "error" ? vocabularyOf(context) : null);
  // `allow` covers a file sensitive by glob alone, and a layout whose every sensitive page allows the vendor.
  const allowed = new Set<string>(evidence?.source === "reach" ? (evidence.allowedVendors ?? []) : []);
  if (!tagged && glob) {
    for (const entry of settings.allow) if (matchingGlobOf(relative, entry.paths)) for (const vendor of entry.vendors) allowed.add(vendor);
  }
  return {
    sensitive: evidence !== null,
    evidence,
    why: evidence ? describeEvidence(evidence) + wordPressNoteOf(context, settings) : "",
    categories: evidence?.categories ?? [],
    settings,
    allows: (vendorId) => allowed.has(vendorId),
  };
}

/**
 * A layout, include or site-wide wrapper that sensitive pages pull in is sensitive too: the tracker
 * in it runs on those pages. Only asked of files that hold a tracker (the project index is built
 * once, lazily). A single-page app's wrapper that keeps route changes from the Pixel
 * (`fbq.disablePushState = true`) is left alone.
 */
function reachOf(context: SensitivityContext, settings: Settings): Evidence | null {
  const { scan } = analysisOf(context);
  if (!holdsTracker(scan)) return null;
  if (!isGraphFile(fileOf(context)) || context.sourceCode.text.includes("disablePushState")) return null;
  let reach: Reach | null;
  try {
    reach = indexedReachOf(fileOf(context), context.cwd, settings);
  } catch {
    return null; // the index is extra evidence: a file system surprise must not end the lint
  }
  if (!reach) return null;
  const { pages } = reach;
  const names = pages.slice(0, 3).map((page) => relativePathOf(page, context.cwd));
  const more = pages.length > 3 ? ` and ${pages.length - 3} more` : "";
  const detail = `${pages.length === 1 ? "a sensitive page" : `${pages.length} sensitive pages`}: ${names.join(", ")}${more}`;
  return { source: "reach", categories: [], line: null, detail, allowedVendors: [...reach.allowedVendors] };
}

/** How the page reads (path and visible text), computed once per file; null when it reads as nothing sensitive. */
export const classificationOf: (context: SensitivityContext) => Classification | null = perFile((context: SensitivityContext) => {
  try {
    const { view } = analysisOf(context);
    return classifyPage({ filename: fileOf(context), relativePath: relativePathOf(fileOf(context), context.cwd), text: view.text, ast: view.ast });
  } catch {
    return null; // a guess that cannot be made is no evidence
  }
}, sourceCodeOf);

/** With `autoClassify: "error"` (the strict config), a page that reads as sensitive and loads a tracker is sensitive. */
function vocabularyOf(context: SensitivityContext): Evidence | null {
  const { scan } = analysisOf(context);
  if (!holdsTracker(scan)) return null;
  const classification = classificationOf(context);
  if (!classification) return null;
  const phrases = classification.phrases.slice(0, 3).map((phrase) => `'${phrase}'`).join(", ");
  return { source: "vocabulary", categories: [classification.category], line: null, detail: phrases };
}

/**
 * On a sensitive WordPress page: where plugins may inject trackers that no template shows. Left
 * out when the site's tracker plugins (or the theme's functions.php) are known: those are findings.
 */
function wordPressNoteOf(context: SensitivityContext, settings: Settings): string {
  const found = cmsInjectionsFor(context, settings.templateRoots);
  return found?.cms === "wordpress" && found.injections.length === 0 ? `; WordPress plugins may inject trackers at ${found.place}` : "";
}

/** An explicit tag in the file: a comment, or (in markup) a meta tag, front matter or attribute. */
function tagOf(view: FileView): Evidence | null {
  if (!view.text.includes("sensitive")) return null;
  // A file read as text only (TypeScript without a TypeScript parser) is tagged by its comments' text.
  if (view.ast === null) return looksTagged(view.text) ? { source: "comment", categories: [], line: null } : null;
  return explicitTagOf(view.ast, view.comments());
}

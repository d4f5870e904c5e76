import type { AllowEntry } from "../sensitivity/settings.js";
import { matchingGlobOf, relativePathOf } from "../sensitivity/globs.js";
import { MAX_DEPTH, resolvedLinksOf } from "./graph.js";
import { isGraphFile } from "./links.js";
import { graphFileOf } from "./parse-file.js";
import { siteFilesUnder } from "./site-files.js";

/** Bounds of one index: a site larger than this is indexed in part, and says so in the docs. */
export const INDEX_LIMITS = { files: 20_000, milliseconds: 5_000, maxAgeMs: 30_000 };

/**
 * Set by the `pixel-guard` command for its run (worker threads inherit it): the run is one pass over
 * a site that does not change under it, so its index is built once, whole (no time bound, which on a
 * slow CI runner would leave sensitive pages out and lose findings), and never rebuilt mid-run.
 */
export const WHOLE_RUN_ENV = "PIXEL_GUARD_INDEX_WHOLE_RUN";

const wholeRun = (): boolean => process.env[WHOLE_RUN_ENV] === "1";

/** A sensitive page, and the vendors `allow` permits on it (only on pages sensitive by glob alone). */
interface SensitivePage {
  file: string;
  allowed: ReadonlySet<string>;
}

/** Which sensitive pages reach each file through their links, for one root and one set of settings. */
interface ProjectIndex {
  builtAt: number;
  reachedBy: Map<string, SensitivePage[]>;
}

/** The sensitive pages that pull a file in, in path order, and the vendors all of them allow. */
export interface Reach {
  pages: string[];
  allowedVendors: ReadonlySet<string>;
}

export interface IndexSettings {
  sensitive: readonly string[];
  allow: readonly AllowEntry[];
  templateRoots: readonly string[];
}

const indexes = new Map<string, ProjectIndex>();

function graphFilesUnder(root: string, deadline: number): string[] {
  return siteFilesUnder(root, { deadline, limit: INDEX_LIMITS.files, accept: isGraphFile });
}

/** A page is sensitive by its own tag (the rules' own checks) or by a glob; `allow` counts for the glob only. */
function sensitivePageOf(file: string, root: string, settings: IndexSettings): SensitivePage | null {
  const graphFile = graphFileOf(file);
  if (!graphFile) return null;
  if (graphFile.tagged()) return { file, allowed: new Set() };
  const relative = relativePathOf(file, root);
  if (!matchingGlobOf(relative, settings.sensitive)) return null;
  const allowed = new Set<string>();
  for (const entry of settings.allow) if (matchingGlobOf(relative, entry.paths)) for (const vendor of entry.vendors) allowed.add(vendor);
  return { file, allowed };
}

function buildIndex(root: string, settings: IndexSettings): ProjectIndex {
  const deadline = wholeRun() ? Number.POSITIVE_INFINITY : Date.now() + INDEX_LIMITS.milliseconds;
  const reachedBy = new Map<string, SensitivePage[]>();
  for (const file of graphFilesUnder(root, deadline)) {
    const page = sensitivePageOf(file, root, settings);
    const links = page ? graphFileOf(file)?.links : undefined;
    if (!page || !links) continue;
    // Everything this sensitive page pulls in, each file once, as deep as the page-side chains go.
    const seen = new Set<string>([file]);
    const stack = resolvedLinksOf(file, links, root, settings.templateRoots).map(({ file: target }) => ({ target, depth: 1 }));
    while (stack.length > 0) {
      const { target, depth } = stack.pop() as { target: string; depth: number };
      if (seen.has(target)) continue;
      seen.add(target);
      const reaching = reachedBy.get(target);
      if (reaching) reaching.push(page);
      else reachedBy.set(target, [page]);
      const linked = graphFileOf(target);
      if (linked && depth < MAX_DEPTH) for (const next of resolvedLinksOf(target, linked.links, root, settings.templateRoots)) stack.push({ target: next.file, depth: depth + 1 });
    }
    if (Date.now() > deadline) break;
  }
  return { builtAt: Date.now(), reachedBy };
}

/**
 * The sensitive pages that pull this file in (as layout, include, partial or wrapper). The index is
 * built lazily, once per process and root (rebuilt after 30 s, for editors), bounded in files and time
 * (in the command's run: in files only, and built once).
 */
export function reachOf(filename: string, root: string, settings: IndexSettings): Reach | null {
  const key = JSON.stringify([root, settings.sensitive, settings.allow, settings.templateRoots]);
  let index = indexes.get(key);
  if (!index || (!wholeRun() && Date.now() - index.builtAt > INDEX_LIMITS.maxAgeMs)) {
    index = buildIndex(root, settings);
    indexes.set(key, index);
  }
  const pages = index.reachedBy.get(filename);
  if (!pages || pages.length === 0) return null;
  const [first, ...rest] = pages as [SensitivePage, ...SensitivePage[]];
  const allowedVendors = new Set([...first.allowed].filter((vendor) => rest.every((page) => page.allowed.has(vendor))));
  const byPath = pages.map((page) => page.file).sort((a, b) => relativePathOf(a, root).localeCompare(relativePathOf(b, root)));
  return { pages: byPath, allowedVendors };
}

import { readdirSync } from "node:fs";
import path from "node:path";
import { matchingGlobOf, relativePathOf } from "../sensitivity/globs.js";
import { tagInComment } from "../sensitivity/tags.js";
import { resolvedLinksOf } from "./graph.js";
import { isGraphFile } from "./links.js";
import { graphFileOf } from "./parse-file.js";

/** Bounds of one index: a site larger than this is indexed in part, and says so in the docs. */
export const INDEX_LIMITS = { files: 20_000, milliseconds: 5_000, maxAgeMs: 30_000 };
const SKIPPED = new Set(["node_modules", ".git", "vendor", "dist", "build", ".next", ".nuxt", "coverage", ".cache", "_site"]);

/** Which sensitive pages reach each file through their links, for one root and one set of settings. */
interface ProjectIndex {
  builtAt: number;
  reachedBy: Map<string, string[]>;
  files: number;
  complete: boolean;
}

const indexes = new Map<string, ProjectIndex>();

/** Cheap, text-only: does a page tag itself sensitive? (The linted file itself gets the full check.) */
function looksTagged(text: string): boolean {
  if (text.includes("sensitive-content")) return tagInComment(text) !== null;
  return text.includes("data-sensitive") || /^sensitive:[ \t]*(?!false|no\b)\S/m.test(text.slice(0, 2000));
}

function graphFilesUnder(root: string, deadline: number): { files: string[]; complete: boolean } {
  const files: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    if (files.length >= INDEX_LIMITS.files || Date.now() > deadline) return { files, complete: false };
    const folder = folders.pop() as string;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !entry.name.startsWith(".")) folders.push(path.join(folder, entry.name));
      } else if (entry.isFile() && isGraphFile(entry.name)) files.push(path.join(folder, entry.name));
    }
  }
  return { files, complete: true };
}

function buildIndex(root: string, sensitiveGlobs: readonly string[], templateRoots: readonly string[]): ProjectIndex {
  const deadline = Date.now() + INDEX_LIMITS.milliseconds;
  const { files, complete } = graphFilesUnder(root, deadline);
  const reachedBy = new Map<string, string[]>();
  for (const page of files) {
    const file = graphFileOf(page);
    if (!file) continue;
    if (!looksTagged(file.text) && !matchingGlobOf(relativePathOf(page, root), sensitiveGlobs)) continue;
    // Everything this sensitive page pulls in, each file once.
    const seen = new Set<string>([page]);
    const stack = resolvedLinksOf(page, file.links, root, templateRoots).map(({ file: target }) => target);
    while (stack.length > 0) {
      const target = stack.pop() as string;
      if (seen.has(target)) continue;
      seen.add(target);
      const pages = reachedBy.get(target) ?? [];
      pages.push(page);
      reachedBy.set(target, pages);
      const linked = graphFileOf(target);
      if (linked) for (const next of resolvedLinksOf(target, linked.links, root, templateRoots)) stack.push(next.file);
    }
    if (Date.now() > deadline) return { builtAt: Date.now(), reachedBy, files: files.length, complete: false };
  }
  return { builtAt: Date.now(), reachedBy, files: files.length, complete };
}

/**
 * The sensitive pages that pull this file in (as layout, include, partial or wrapper). The index is
 * built lazily, once per process and root (rebuilt after 30 s, for editors), bounded in files and time.
 */
export function sensitivePagesReaching(filename: string, root: string, sensitiveGlobs: readonly string[], templateRoots: readonly string[]): string[] {
  const key = JSON.stringify([root, sensitiveGlobs, templateRoots]);
  let index = indexes.get(key);
  if (!index || Date.now() - index.builtAt > INDEX_LIMITS.maxAgeMs) {
    index = buildIndex(root, sensitiveGlobs, templateRoots);
    indexes.set(key, index);
  }
  return index.reachedBy.get(filename) ?? [];
}

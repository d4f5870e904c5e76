import { statSync } from "node:fs";
import path from "node:path";
import { aliasTargetsOf } from "./aliases.js";
import type { Link } from "./types.js";

const isFileCache = new Map<string, boolean>();
/** How long what was seen on disk is trusted: an editor's ESLint server runs for hours. */
const TRUSTED_FOR_MS = 30_000;
let cachedSince = Date.now();

function isFile(file: string): boolean {
  if (Math.abs(Date.now() - cachedSince) > TRUSTED_FOR_MS) forgetFiles();
  let known = isFileCache.get(file);
  if (known === undefined) {
    try {
      known = statSync(file).isFile();
    } catch {
      known = false;
    }
    isFileCache.set(file, known);
  }
  return known;
}

/** Forget what was seen on disk (a new run, or files changed under an editor). */
export function forgetFiles(): void {
  isFileCache.clear();
  cachedSince = Date.now();
}

/** The folders a template name is looked up in: its own folder, each one above it up to the root, then the template roots. */
function basesOf(from: string, root: string, templateRoots: readonly string[]): string[] {
  const bases: string[] = [];
  let dir = path.dirname(from);
  for (;;) {
    bases.push(dir);
    if (dir === root || !dir.startsWith(root)) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const templateRoot of templateRoots) bases.push(path.resolve(root, templateRoot));
  return bases;
}

/** Whether a file is inside the project (the root or a template root): `../../../../etc/passwd` is not read. */
function isInside(file: string, root: string, templateRoots: readonly string[]): boolean {
  return [root, ...templateRoots.map((templateRoot) => path.resolve(root, templateRoot))].some((folder) => {
    const relative = path.relative(folder, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  });
}

/** The file a link points at, or null when it cannot be found (a dynamic name, a missing file, a file outside the project). */
export function resolveLink(link: Link, from: string, root: string, templateRoots: readonly string[]): string | null {
  if (link.alias) {
    for (const base of aliasTargetsOf(link.target, root)) {
      for (const ending of link.candidates) {
        const file = base + ending;
        if (file !== from && isFile(file)) return file;
      }
    }
    return null;
  }
  const bases = link.relative ? [path.dirname(from)] : basesOf(from, root, templateRoots);
  for (const base of bases) {
    for (const candidate of link.candidates) {
      const file = path.resolve(base, candidate);
      if (file !== from && isInside(file, root, templateRoots) && isFile(file)) return file;
    }
  }
  return null;
}

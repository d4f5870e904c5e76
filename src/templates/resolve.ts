import { statSync } from "node:fs";
import path from "node:path";
import { aliasTargetsOf } from "./aliases.js";
import type { Link } from "./types.js";

const isFileCache = new Map<string, boolean>();
/** How long what was seen on disk is trusted: an editor's ESLint server runs for hours. */
const TRUSTED_FOR_MS = 30_000;
let cachedSince = Date.now();

/** Whether `entry` is a file (or a folder) on disk, as seen in the last `TRUSTED_FOR_MS`. */
function isOnDisk(entry: string, kind: "file" | "folder"): boolean {
  if (Math.abs(Date.now() - cachedSince) > TRUSTED_FOR_MS) forgetFiles();
  const key = kind === "file" ? entry : `${entry}${path.sep}`;
  let known = isFileCache.get(key);
  if (known === undefined) {
    try {
      const stat = statSync(entry);
      known = kind === "file" ? stat.isFile() : stat.isDirectory();
    } catch {
      known = false;
    }
    isFileCache.set(key, known);
  }
  return known;
}

const isFile = (file: string): boolean => isOnDisk(file, "file");

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

/** The nearest folder above `from` (up to the root) that holds `entry` (JSP's `WEB-INF`), or null. */
function rootHolding(entry: string, from: string, root: string): string | null {
  for (let dir = path.dirname(from); dir.startsWith(root); dir = path.dirname(dir)) {
    if (isOnDisk(path.join(dir, entry), "folder")) return dir;
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return null;
}

/** Whether `file` is in one of `folders` (an include of `../../../../etc/passwd` is not followed). */
function isInside(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    const relative = path.relative(folder, file);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  });
}

/** The file a link points at, or null when it cannot be found (a dynamic name, a missing file). */
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
  const rootedBase = link.rootedAt ? rootHolding(link.rootedAt, from, root) : null;
  const bases = link.relative ? [path.dirname(from)] : rootedBase ? [rootedBase] : basesOf(from, root, templateRoots);
  const project = [root, ...templateRoots.map((templateRoot) => path.resolve(root, templateRoot))];
  for (const base of bases) {
    for (const candidate of link.candidates) {
      const file = path.resolve(base, candidate);
      if (file !== from && isInside(file, project) && isFile(file)) return file;
    }
  }
  return null;
}

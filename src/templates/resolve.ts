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

/** Whether `file` is `folder` or below it. */
function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Links whose file would be outside the project (`../../../../etc/passwd`): not read, named by `--debug`. */
const outside = new Map<string, string>();

/** A new run: no link left unread yet. */
export function forgetOutsideLinks(): void {
  outside.clear();
}

/** The links a run left unread because they point outside the project: "from -> target". */
export function linksOutsideProject(): string[] {
  return [...outside.values()];
}

/** The file a link points at, or null when it cannot be found (a dynamic name, a missing file) or is outside the project. */
export function resolveLink(link: Link, from: string, root: string, templateRoots: readonly string[]): string | null {
  const project = [root, ...templateRoots.map((templateRoot) => path.resolve(root, templateRoot))];
  let escaped = false;
  const usable = (file: string): boolean => {
    if (file === from || !isFile(file)) return false;
    if (project.some((folder) => isWithin(file, folder))) return true;
    escaped = true;
    return false;
  };
  const file = resolveAnywhere(link, from, root, templateRoots, usable);
  if (file === null && escaped) noteOutside(link, from, root);
  return file;
}

function noteOutside(link: Link, from: string, root: string): void {
  const key = `${from}\0${link.target}`;
  if (outside.has(key)) return;
  const line = `${path.relative(root, from).split(path.sep).join("/")} -> ${link.target}`;
  outside.set(key, line);
  if (process.env.PIXEL_GUARD_DEBUG) process.stderr.write(`pixel-guard: debug: not read, outside the project: ${line}\n`);
}

function resolveAnywhere(link: Link, from: string, root: string, templateRoots: readonly string[], usable: (file: string) => boolean): string | null {
  if (link.alias) {
    for (const base of aliasTargetsOf(link.target, root)) {
      for (const ending of link.candidates) {
        const file = base + ending;
        if (usable(file)) return file;
      }
    }
    return null;
  }
  const rootedBase = link.rootedAt ? rootHolding(link.rootedAt, from, root) : null;
  const bases = link.relative ? [path.dirname(from)] : rootedBase ? [rootedBase] : basesOf(from, root, templateRoots);
  for (const base of bases) {
    for (const candidate of link.candidates) {
      const file = path.resolve(base, candidate);
      if (usable(file)) return file;
    }
  }
  return null;
}

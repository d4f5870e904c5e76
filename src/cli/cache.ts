/**
 * `--cache` with dependencies. ESLint keys a cached result by the file (mtime and size) and the
 * config (which holds the settings, so a change of settings already invalidates). A page's result
 * also depends on the layouts and includes it pulls in, and a shared file's on the sensitive pages
 * that reach it: a sidecar file beside ESLint's cache (`<cache>.deps.json`) records each file's
 * dependencies and their stamp, and before a cached run the entries whose stamp changed are
 * removed from ESLint's cache (through file-entry-cache, the library ESLint reads it with).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Settings } from "../sensitivity/settings.js";
import { dependenciesOf, dependencyStampOf } from "./cache-dependencies.js";

interface Sidecar {
  version: 1;
  files: Record<string, { dependencies: string[]; stamp: string }>;
}

interface EntryCache {
  cache: { keys(): string[] };
  removeEntry(key: string): void;
  reconcile(): void;
}

/** ESLint's cache files at a --cache-location: the file, or the `.cache_*` files in a folder. */
function cacheFilesAt(location: string): string[] {
  let isFolder = location.endsWith(path.sep);
  try {
    isFolder = statSync(location).isDirectory();
  } catch {
    // not there yet
  }
  if (!isFolder) return existsSync(location) ? [location] : [];
  return readdirSync(location)
    .filter((name) => name.startsWith(".cache_") && !name.endsWith(".deps.json"))
    .map((name) => path.join(location, name));
}

/** file-entry-cache as ESLint resolves it (a dependency of ESLint's, not of the plugin). */
function openEntryCache(file: string): EntryCache {
  const requireFromEslint = createRequire(createRequire(import.meta.url).resolve("eslint/package.json"));
  const fileEntryCache = requireFromEslint("file-entry-cache") as { create(id: string, dir: string): EntryCache };
  return fileEntryCache.create(path.basename(file), path.dirname(file));
}

function readSidecar(file: string): Sidecar {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Sidecar;
    if (parsed.version === 1 && typeof parsed.files === "object" && parsed.files !== null) return parsed;
  } catch {
    // none yet, or unreadable: every entry is then stale
  }
  return { version: 1, files: {} };
}

const sidecarOf = (cacheFile: string): string => `${cacheFile}.deps.json`;

/** Removes from ESLint's cache every entry whose dependencies changed, or that has no recorded dependencies. */
export function dropStaleCacheEntries(location: string, root: string, settings: Settings): void {
  for (const cacheFile of cacheFilesAt(location)) {
    const { files } = readSidecar(sidecarOf(cacheFile));
    const cache = openEntryCache(cacheFile);
    let dropped = 0;
    for (const key of cache.cache.keys()) {
      const recorded = files[key];
      if (recorded && dependencyStampOf(key, recorded.dependencies, root, settings) === recorded.stamp) continue;
      cache.removeEntry(key);
      dropped++;
    }
    if (dropped > 0) cache.reconcile();
  }
}

/** Records the dependencies and stamps of the files just linted, beside each ESLint cache file there. */
export function recordCacheDependencies(location: string, filePaths: readonly string[], root: string, settings: Settings): void {
  for (const cacheFile of cacheFilesAt(location)) {
    const sidecar = readSidecar(sidecarOf(cacheFile));
    for (const file of filePaths) {
      const dependencies = dependenciesOf(file, root, settings.templateRoots);
      sidecar.files[file] = { dependencies, stamp: dependencyStampOf(file, dependencies, root, settings) };
    }
    try {
      writeFileSync(sidecarOf(cacheFile), JSON.stringify(sidecar));
    } catch {
      // a cache that cannot be written costs time next run, never a result
    }
  }
}

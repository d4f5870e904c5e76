import path from "node:path";
import { isJsonFile } from "../language/index.js";
import { reasonOfError, unreadableReasonOf, type FileSystem } from "./files-read.js";

/** A path the run does not check, and why (said once, as a warning). */
export interface SkippedPath {
  file: string;
  why: string;
}

/** How a walk decides: which files are of a linted type, which folders are left out. */
export interface WalkOptions {
  fs: FileSystem;
  maxFileSize: number;
  /** Is this file (absolute) of a type the plugin lints; JSON files are read to tell. */
  isLinted: (file: string) => boolean;
  /** Why a folder (absolute) is left out of the walk, or undefined to walk it. */
  leftOutWhy: (folder: string) => string | undefined;
  /** Only files this takes are kept (a glob's matches); every file by default. */
  accept?: (file: string) => boolean;
}

export interface Walk {
  files: string[];
  skipped: SkippedPath[];
  /** Folders left out, with why (for --debug). */
  leftOut: SkippedPath[];
}

/** A fresh, empty walk result, filled by one or more walks (a folder reached twice is walked once). */
export function emptyWalk(): Walk & { visited: Set<string> } {
  return { files: [], skipped: [], leftOut: [], visited: new Set() };
}

/** Of a linted type, judged by name only: a file that cannot be opened is never read to tell (JSON is left out). */
function isLintedByName(file: string, options: WalkOptions): boolean {
  return !isJsonFile(file) && options.isLinted(file);
}

/**
 * Walks `root` (a folder) iteratively into `walk`: lstat each entry, follow symbolic links to files
 * and folders (a folder reached again by its real path is not walked twice, so loops end), and name
 * every file of a linted type that cannot be read. Never opens a FIFO, socket or device.
 */
export function walkFolder(root: string, options: WalkOptions, walk: Walk & { visited: Set<string> }): void {
  const { fs } = options;
  const accept = options.accept ?? (() => true);
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    let real: string;
    let entries;
    try {
      real = fs.realpath(folder);
      if (walk.visited.has(real)) continue;
      walk.visited.add(real);
      entries = fs.readdir(folder);
    } catch (error) {
      walk.skipped.push({ file: folder, why: `folder not read: ${reasonOfError(error)}` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : -1));
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      let stats;
      try {
        stats = entry.isSymbolicLink() ? fs.stat(file) : fs.lstat(file);
      } catch (error) {
        const why = reasonOfError(error);
        if (isLintedByName(file, options) && accept(file)) walk.skipped.push({ file, why: entry.isSymbolicLink() && why === "no such file" ? "dangling symbolic link" : why });
        continue;
      }
      if (stats.isDirectory()) {
        const why = options.leftOutWhy(file);
        if (why) walk.leftOut.push({ file, why });
        else folders.push(file);
        continue;
      }
      if (!stats.isFile()) {
        if (isLintedByName(file, options) && accept(file)) walk.skipped.push({ file, why: unreadableReasonOf(file, stats, fs, options.maxFileSize) ?? "not a regular file" });
        continue;
      }
      if (!accept(file) || !options.isLinted(file)) continue;
      const why = unreadableReasonOf(file, stats, fs, options.maxFileSize);
      if (why) walk.skipped.push({ file, why });
      else walk.files.push(file);
    }
  }
}

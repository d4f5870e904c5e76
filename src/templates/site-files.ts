import { readdirSync } from "node:fs";
import path from "node:path";

/** Folders a site's own files are never in: dependencies, version control, build output, caches. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(["node_modules", ".git", "vendor", "dist", "build", ".next", ".nuxt", "coverage", ".cache", "_site"]);

/**
 * The files under `root` that `accept` takes, walked iteratively, skipping dependency, build and
 * hidden folders; it stops at `limit` files or at `deadline` (an editor must never wait on a huge tree).
 */
export function siteFilesUnder(
  root: string,
  { deadline, limit, accept, skipped = SKIPPED_FOLDERS }: { deadline: number; limit: number; accept: (name: string) => boolean; skipped?: ReadonlySet<string> },
): string[] {
  const files: string[] = [];
  const folders = [root];
  while (folders.length > 0 && files.length < limit && Date.now() <= deadline) {
    const folder = folders.pop() as string;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name) && !entry.name.startsWith(".")) folders.push(path.join(folder, entry.name));
      } else if (entry.isFile() && accept(entry.name)) files.push(path.join(folder, entry.name));
    }
  }
  return files;
}

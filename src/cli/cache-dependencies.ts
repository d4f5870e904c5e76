/**
 * What a file's lint result depends on besides its own text: the files it pulls in (layouts,
 * includes, partials, followed as deep as the chain reports go) and the sensitive pages that pull
 * it in (the project index). ESLint's cache knows only the file and the config; a stamp of these
 * lets the command drop a cached result when any of them changed.
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import type { Settings } from "../sensitivity/settings.js";
import { MAX_DEPTH, resolvedLinksOf } from "../templates/graph.js";
import { graphFileOf } from "../templates/parse-file.js";
import { reachOf } from "../templates/project-index.js";

/** The files `filename` pulls in, transitively (each once, cycles ended), sorted; not itself. */
export function dependenciesOf(filename: string, root: string, templateRoots: readonly string[]): string[] {
  const seen = new Set<string>([filename]);
  const stack: Array<{ file: string; depth: number }> = [{ file: filename, depth: 0 }];
  while (stack.length > 0) {
    const { file, depth } = stack.pop() as { file: string; depth: number };
    const graphFile = graphFileOf(file);
    if (!graphFile || depth >= MAX_DEPTH) continue;
    for (const { file: next } of resolvedLinksOf(file, graphFile.links, root, templateRoots)) {
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push({ file: next, depth: depth + 1 });
    }
  }
  seen.delete(filename);
  return [...seen].sort();
}

/** A file's size and modification time, or "missing". */
function statOf(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return "missing";
  }
}

/** The stamp of a file's dependencies: each dependency's size and mtime, and the sensitive pages (with their stamps) that reach it. */
export function dependencyStampOf(filename: string, dependencies: readonly string[], root: string, settings: Settings): string {
  const reach = reachOf(filename, root, settings);
  const parts = [dependencies.map((file) => [file, statOf(file)]), (reach?.pages ?? []).map((page) => [page, statOf(page)]), [...(reach?.allowedVendors ?? [])].sort()];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

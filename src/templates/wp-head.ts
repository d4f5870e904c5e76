import path from "node:path";
import { engineOf } from "../engines/index.js";
import { lineOf } from "../literals.js";
import { resolvedLinksOf } from "./graph.js";
import { linksOf } from "./links.js";
import { graphFileOf } from "./parse-file.js";

const WP_HEAD = /\bwp_(?:head|footer)\s*\(/;

/** A PHP file (a Blade view is one too): where WordPress's hooks can be. */
function isPhpFile(filename: string): boolean {
  const id = engineOf(filename)?.id;
  return id === "php" || id === "blade";
}

/**
 * Where a WordPress page lets plugins print their own scripts (`wp_head()` / `wp_footer()`), in
 * the page or a file it pulls in: "header.php:12". Plugins such as Meta's "Facebook for WordPress"
 * inject the Pixel there, where no template shows it.
 */
export function wpHeadOf(filename: string, text: string, root: string, templateRoots: readonly string[]): string | null {
  if (!isPhpFile(filename)) return null;
  const display = (file: string, at: number, fileText: string): string => `${path.relative(root, file).split(path.sep).join("/")}:${lineOf(fileText, at)}`;
  const own = WP_HEAD.exec(text);
  if (own) return display(filename, own.index, text);
  const seen = new Set<string>([filename]);
  // Breadth first, in link order: get_header() comes before get_footer().
  const queue = resolvedLinksOf(filename, linksOf(text, filename), root, templateRoots).map(({ file }) => file);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !isPhpFile(file)) continue;
    seen.add(file);
    const graphFile = graphFileOf(file);
    if (!graphFile) continue;
    const found = WP_HEAD.exec(graphFile.text);
    if (found) return display(file, found.index, graphFile.text);
    for (const next of resolvedLinksOf(file, graphFile.links, root, templateRoots)) queue.push(next.file);
  }
  return null;
}

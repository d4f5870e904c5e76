import path from "node:path";
import { engineOf } from "../engines/index.js";
import { lineOf } from "../literals.js";
import { resolvedLinksOf } from "./graph.js";
import { linksOf } from "./links.js";
import { graphFileOf } from "./parse-file.js";

const WP_HEAD = /\bwp_(head|footer)\s*\(\s*\)/;

/** Where WordPress lets plugins print on a page: the hook, the file and line that call it, and the page's own place for it. */
export interface WpHook {
  /** "wp_head()" or "wp_footer()". */
  hook: string;
  /** The file that calls the hook, absolute. */
  file: string;
  /** "header.php:4". */
  at: string;
  /** Where plugins print, for messages: "wp_head() in header.php:4". */
  place: string;
  /** In the page: the hook call itself, or the link (`get_header()`) its chain starts from. */
  range: [number, number];
}

/** A PHP file (a Blade view is one too): where WordPress's hooks can be. */
function isPhpFile(filename: string): boolean {
  const id = engineOf(filename)?.id;
  return id === "php" || id === "blade";
}

/**
 * Where a WordPress page lets plugins print their own scripts (`wp_head()` / `wp_footer()`), in
 * the page or a file it pulls in (breadth first, in link order: get_header() comes before
 * get_footer()). Plugins such as Meta's "Meta pixel for WordPress" inject the Pixel there, where
 * no template shows it.
 */
export function wpHookOf(filename: string, text: string, root: string, templateRoots: readonly string[]): WpHook | null {
  if (!isPhpFile(filename)) return null;
  const hookAt = (file: string, match: RegExpExecArray, fileText: string, range: [number, number]): WpHook => {
    const hook = `wp_${match[1] as string}()`;
    const at = `${path.relative(root, file).split(path.sep).join("/")}:${lineOf(fileText, match.index)}`;
    return { hook, file, at, place: `${hook} in ${at}`, range };
  };
  const own = WP_HEAD.exec(text);
  if (own) return hookAt(filename, own, text, [own.index, own.index + own[0].length]);
  const seen = new Set<string>([filename]);
  const queue = resolvedLinksOf(filename, linksOf(text, filename), root, templateRoots).map(({ link, file }) => ({ file, range: link.range }));
  while (queue.length > 0) {
    const { file, range } = queue.shift() as { file: string; range: [number, number] };
    if (seen.has(file) || !isPhpFile(file)) continue;
    seen.add(file);
    const graphFile = graphFileOf(file);
    if (!graphFile) continue;
    const found = WP_HEAD.exec(graphFile.text);
    if (found) return hookAt(file, found, graphFile.text, range);
    for (const next of resolvedLinksOf(file, graphFile.links, root, templateRoots)) queue.push({ file: next.file, range });
  }
  return null;
}

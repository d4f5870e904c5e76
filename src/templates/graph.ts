import path from "node:path";
import { trackersOf, type Tracker } from "../detect/trackers.js";
import { lineOf } from "../literals.js";
import { linksOf, type Link } from "./links.js";
import { graphFileOf } from "./parse-file.js";
import { resolveLink } from "./resolve.js";

/** How deep a chain of includes is followed. */
export const MAX_DEPTH = 12;

/** A tracker a page pulls in through one of its links. */
export interface ChainHit {
  /** The tracker, with its range in the file that holds it. */
  tracker: Tracker;
  /** "layouts/base.njk -> partials/analytics.njk:3". */
  chain: string;
  /** The link in the page the chain starts from. */
  link: Link;
}


/** Files a file pulls in, resolved; unresolvable links (dynamic names, missing files) are skipped. */
export function resolvedLinksOf(filename: string, links: Link[], root: string, templateRoots: readonly string[]): Array<{ link: Link; file: string }> {
  return links.flatMap((link) => {
    const file = resolveLink(link, filename, root, templateRoots);
    return file ? [{ link, file }] : [];
  });
}

/**
 * The trackers a page pulls in: for each link, every file down the chain (each file once, cycles
 * end), each tracker in the order the chain reaches it. Files are read and scanned once per run.
 */
export function chainHitsOf(filename: string, text: string, root: string, templateRoots: readonly string[]): ChainHit[] {
  const hits: ChainHit[] = [];
  const display = (file: string): string => path.relative(root, file).split(path.sep).join("/");
  for (const { link, file: first } of resolvedLinksOf(filename, linksOf(text, filename), root, templateRoots)) {
    const seen = new Set<string>([filename]);
    const stack: Array<{ file: string; chain: string[] }> = [{ file: first, chain: [first] }];
    while (stack.length > 0) {
      const { file, chain } = stack.pop() as { file: string; chain: string[] };
      if (seen.has(file)) continue;
      seen.add(file);
      const graphFile = graphFileOf(file);
      if (!graphFile) continue;
      const through = chain.map(display).join(" -> ");
      for (const tracker of trackersOf(graphFile.scan())) hits.push({ tracker, chain: `${through}:${lineOf(graphFile.text, tracker.range[0])}`, link });
      if (chain.length >= MAX_DEPTH) continue;
      const next = resolvedLinksOf(file, graphFile.links, root, templateRoots);
      for (let i = next.length - 1; i >= 0; i--) stack.push({ file: (next[i] as { file: string }).file, chain: [...chain, (next[i] as { file: string }).file] });
    }
  }
  return hits;
}

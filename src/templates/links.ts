/**
 * What a file pulls in: its engine's links (src/engines/), looked up where the site's conventions
 * keep them (folders, module resolution), and the conventions' own links (front matter layouts,
 * Shopify's theme, Rails' application layout, Next.js and Gatsby wrappers).
 */
import { engineOf, type Engine, type Link } from "../engines/index.js";
import { viewStartLinksOf } from "./aspnet.js";
import { drupalWrapperLinksOf } from "./drupal.js";
import { railsLayoutLinksOf } from "./erb.js";
import { inFoldersOf } from "./folders.js";
import { frameworkLayoutLinksOf } from "./framework-layouts.js";
import { frameworkWrapperLinksOf, withModuleCandidates } from "./js.js";
import { frontMatterLinksOf, shopifyLayoutLinksOf } from "./liquid.js";
import { silverstripeLayoutLinksOf } from "./silverstripe.js";

export type { Link } from "./types.js";

/** The links an engine's syntax writes, each with the candidates its sites' conventions give. */
function writtenLinksOf(engine: Engine, text: string): Link[] {
  return engine.links.flatMap((syntax) => {
    const place = syntax.engine === "script" ? withModuleCandidates : (link: Link): Link => inFoldersOf(syntax.engine, link);
    return syntax.read(text).map(place);
  });
}

/** Links no tag writes: the layout a page's front matter names, and the wrappers around every page of a kind. */
function conventionLinksOf(engine: Engine, text: string, filename: string): { before: Link[]; after: Link[] } {
  const before = engine.linted === "html" ? frontMatterLinksOf(text, filename) : [];
  const after = frameworkLayoutLinksOf(filename, text);
  if (engine.id === "liquid") return { before, after: [...shopifyLayoutLinksOf(text, filename), ...after] };
  if (engine.id === "erb") return { before, after: [...railsLayoutLinksOf(filename), ...after] };
  if (engine.id === "script") return { before, after: [...frameworkWrapperLinksOf(filename), ...after] };
  if (engine.id === "razor") return { before, after: [...viewStartLinksOf(text, filename), ...after] };
  if (engine.id === "silverstripe") return { before, after: [...silverstripeLayoutLinksOf(filename), ...after] };
  if (engine.id === "nunjucks") return { before, after: [...drupalWrapperLinksOf(filename), ...after] };
  return { before, after };
}

/** Every file a template or module pulls in, with where it says so. */
export function linksOf(text: string, filename: string): Link[] {
  const engine = engineOf(filename);
  if (!engine || engine.links.length === 0) return [];
  const { before, after } = conventionLinksOf(engine, text, filename);
  // Two engines may read the same tag (`{% include "x" %}` in a .html page): one link, with both engines' candidates.
  const byTag = new Map<string, Link>();
  for (const link of [...before, ...writtenLinksOf(engine, text), ...after]) {
    const key = `${link.range[0]}:${link.target}`;
    const known = byTag.get(key);
    if (known) known.candidates = [...new Set([...known.candidates, ...link.candidates])];
    else byTag.set(key, { ...link, candidates: [...link.candidates] });
  }
  return [...byTag.values()];
}

/** Whether a path is a file the graph reads (templates and modules). */
export function isGraphFile(filename: string): boolean {
  return (engineOf(filename)?.links.length ?? 0) > 0;
}

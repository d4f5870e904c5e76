import path from "node:path";
import { ejsLinksOf, handlebarsLinksOf } from "./handlebars.js";
import { erbLinksOf } from "./erb.js";
import { COMPONENT_FILE, jsLinksOf } from "./js.js";
import { frontMatterLinksOf, liquidLinksOf } from "./liquid.js";
import { nunjucksLinksOf } from "./nunjucks.js";
import { phpLinksOf } from "./php.js";
import type { Link } from "./types.js";

export type { Link } from "./types.js";

type Engine = (text: string, filename: string) => Link[];

/** Which engine reads a file's links, by its extension. */
const ENGINES: Array<[RegExp, Engine]> = [
  [/\.(?:njk|nunjucks|jinja2?|j2|twig)$/i, nunjucksLinksOf],
  [/\.liquid$/i, liquidLinksOf],
  [/\.(?:hbs|handlebars|mustache)$/i, handlebarsLinksOf],
  [/\.ejs$/i, ejsLinksOf],
  [/\.erb$/i, erbLinksOf],
  [/\.php$/i, phpLinksOf],
  [/\.[cm]?[jt]sx?$/i, jsLinksOf],
  [COMPONENT_FILE, jsLinksOf],
];

/** A plain `.html` page may be any engine's (Jekyll, Eleventy, Nunjucks): try the template ones. */
const HTML_ENGINES: Engine[] = [nunjucksLinksOf, liquidLinksOf, handlebarsLinksOf];

/** Every file a template or module pulls in, with where it says so. */
export function linksOf(text: string, filename: string): Link[] {
  const engine = ENGINES.find(([pattern]) => pattern.test(filename));
  if (engine && engine[1] === jsLinksOf) return jsLinksOf(text, filename);
  const reads: Engine[] = engine ? [engine[1]] : /\.html?$/i.test(filename) ? HTML_ENGINES : [];
  if (engine && engine[1] !== liquidLinksOf) reads.push(frontMatterLinksOf);
  // Two engines may read the same tag (`{% include "x" %}`): one link, with both engines' candidates.
  const byTag = new Map<string, Link>();
  for (const link of reads.flatMap((read) => read(text, filename))) {
    const key = `${link.range[0]}:${link.target}`;
    const known = byTag.get(key);
    if (known) known.candidates = [...new Set([...known.candidates, ...link.candidates])];
    else byTag.set(key, { ...link, candidates: [...link.candidates] });
  }
  return [...byTag.values()];
}

/** Whether a path is a file the graph reads (templates and modules). */
export function isGraphFile(filename: string): boolean {
  return ENGINES.some(([pattern]) => pattern.test(filename)) || /\.html?$/i.test(path.basename(filename));
}

import path from "node:path";
import { DOUBLE_BRACE_TAG, HTML_COMMENT } from "./shared-syntax.js";
import { rangeOf, type Engine, type Link } from "./types.js";

/** `{{> partial}}`, `{{> 'name' }}`, `{{#> layout}}`. */
const PARTIAL = /\{\{#?>\s*["']?([\w./-]+)/g;

const EXTENSIONS = [".hbs", ".handlebars", ".mustache"];

/** Partials by name, with each of the engine's extensions (and `.html`) when the name has none. */
function handlebarsLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(PARTIAL)) {
    const name = match[1] as string;
    const candidates = path.extname(name) ? [name] : [...EXTENSIONS, ".html"].map((extension) => `${name}${extension}`);
    links.push({ target: name, candidates, range: rangeOf(match), kind: "partial", relative: false });
  }
  return links;
}

/** Handlebars and Mustache. */
export const handlebars: Engine = {
  id: "handlebars",
  name: "Handlebars, Mustache",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, { open: "{{!--", close: "--}}", in: "template" }, { open: "{{!", close: "}}", in: "template" }],
  mask: {
    tags: [
      { open: "{{{{", close: "}}}}", prints: true },
      { open: "{{{", close: "}}}", prints: true },
      DOUBLE_BRACE_TAG,
    ],
  },
  fence: "yaml",
  links: [{ engine: "handlebars", writes: ["{{> partial}}", "{{#> layout}}"], read: handlebarsLinksOf }],
};

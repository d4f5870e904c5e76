import path from "node:path";
import type { Link } from "./types.js";

/** `{{> partial}}`, `{{> 'name' }}`, `{{#> layout}}`. */
const PARTIAL = /\{\{#?>\s*["']?([\w./-]+)/g;

/** Handlebars and Mustache partials, from the usual partials folders. */
export function handlebarsLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(PARTIAL)) {
    const name = match[1] as string;
    const names = path.extname(name) ? [name] : [`${name}.hbs`, `${name}.handlebars`, `${name}.mustache`, `${name}.html`];
    const candidates = names.flatMap((n) => [`partials/${n}`, `views/partials/${n}`, `templates/partials/${n}`, `_partials/${n}`, n]);
    links.push({ target: name, candidates, range: [match.index, match.index + match[0].length], kind: "partial", relative: false });
  }
  return links;
}

/** `<%- include('x') %>`, `<% include x %>` (EJS): relative to the file. */
const EJS_INCLUDE = /<%[-=_]?\s*include\s*(?:\(\s*)?["']?([\w./-]+)/g;

export function ejsLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(EJS_INCLUDE)) {
    const name = match[1] as string;
    links.push({ target: name, candidates: path.extname(name) ? [name] : [`${name}.ejs`, name], range: [match.index, match.index + match[0].length], kind: "include", relative: true });
  }
  return links;
}

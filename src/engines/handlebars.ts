import { DOUBLE_BRACE_TAG, HTML_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/** `{{> partial}}`, `{{> 'name' }}`, `{{#> layout}}`. */
const PARTIAL = /\{\{#?>\s*["']?([\w./-]+)/g;

const EXTENSIONS = [".hbs", ".handlebars", ".mustache"];

/** Partials by name, with each of the engine's extensions (and `.html`) when the name has none. */
function handlebarsLinksOf(text: string): Link[] {
  return linksMatching(text, PARTIAL, (match, range) => {
    const name = match[1] as string;
    return { target: name, candidates: fileNamesOf(name, [...EXTENSIONS, ".html"]), range, kind: "partial", relative: false };
  });
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

import { LINE_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/** `extends layout`, `extend ../layouts/base.pug`, `include partials/analytics`, `include:markdown-it x.md`, each at the start of a line. */
const LINK = /^([ \t]*)(extends?|include)(?::[\w-]+)*[ \t]+(\S+)/gm;

const EXTENSIONS = [".pug", ".jade"];

/**
 * Pug resolves a path from the file's own folder, or from its `basedir` when it starts with `/`
 * (looked up like other engines' names, from the folders above the file). A name without an
 * extension is a `.pug` file.
 */
function pugLinksOf(text: string): Link[] {
  return linksMatching(text, LINK, (match, range) => {
    const written = match[3] as string;
    const absolute = written.startsWith("/");
    const name = absolute ? written.slice(1) : written;
    const start = range[0] + (match[1] as string).length;
    const kind = (match[2] as string).startsWith("extend") ? "extends" : "include";
    return { target: written, candidates: fileNamesOf(name, EXTENSIONS), range: [start, range[1]], kind, relative: !absolute };
  });
}

/**
 * Pug (Jade): not markup, so not masked; src/language/pug.ts reads it with the Pug parser
 * (`pug-lexer` + `pug-parser`) into the same Document as any page. `//-` comments are not
 * rendered, `//` ones are rendered as `<!-- -->`.
 */
export const pug: Engine = {
  id: "pug",
  name: "Pug (Jade)",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [{ open: "//-", close: "\n", in: "code" }, LINE_COMMENT],
  mask: {},
  fence: "yaml",
  links: [{ engine: "pug", writes: ["extends x", "include x"], read: pugLinksOf }],
};

import { ANGLE_PERCENT_COMMENT, ANGLE_PERCENT_TAGS, HTML_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/** `<%- include('x') %>`, `<% include x %>`: relative to the file. */
const EJS_INCLUDE = /<%[-=_]?\s*include\s*(?:\(\s*)?["']?([\w./-]+)/g;

const EXTENSIONS = [".ejs"];

function ejsLinksOf(text: string): Link[] {
  return linksMatching(text, EJS_INCLUDE, (match, range) => {
    const name = match[1] as string;
    return { target: name, candidates: fileNamesOf(name, [...EXTENSIONS, ""]), range, kind: "include", relative: true };
  });
}

/** EJS. */
export const ejs: Engine = {
  id: "ejs",
  name: "EJS",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, ANGLE_PERCENT_COMMENT],
  mask: ANGLE_PERCENT_TAGS,
  fence: "yaml",
  links: [{ engine: "ejs", writes: ["<%- include('x') %>"], read: ejsLinksOf }],
};

import path from "node:path";
import { ANGLE_PERCENT_COMMENT, ANGLE_PERCENT_TAGS, HTML_COMMENT } from "./shared-syntax.js";
import { rangeOf, type Engine, type Link } from "./types.js";

/** `<%- include('x') %>`, `<% include x %>`: relative to the file. */
const EJS_INCLUDE = /<%[-=_]?\s*include\s*(?:\(\s*)?["']?([\w./-]+)/g;

const EXTENSIONS = [".ejs"];

function ejsLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(EJS_INCLUDE)) {
    const name = match[1] as string;
    const candidates = path.extname(name) ? [name] : [...EXTENSIONS, ""].map((extension) => `${name}${extension}`);
    links.push({ target: name, candidates, range: rangeOf(match), kind: "include", relative: true });
  }
  return links;
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

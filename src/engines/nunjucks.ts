import { DOUBLE_BRACE_TAG, HTML_COMMENT, PERCENT_STATEMENT } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `{% extends "x" %}`, `{% include 'x' %}`, `{% import "x" as y %}`, `{% from "x" import y %}`, `{% embed "x" %}`. */
const TAG = /\{%-?\s*(extends|include|import|from|embed)\s+(["'])([^"'\n]+)\2/g;

/** Links by tag, the name as written (resolved against the template roots). */
function nunjucksLinksOf(text: string): Link[] {
  return linksMatching(text, TAG, (match, range) => {
    const target = match[3] as string;
    return { target, candidates: [target], range, kind: match[1] as string, relative: false };
  });
}

/** Nunjucks, Jinja and Twig: the same tags, comments and links. */
export const nunjucks: Engine = {
  id: "nunjucks",
  name: "Nunjucks, Jinja, Twig",
  extensions: [".njk", ".nunjucks", ".jinja", ".jinja2", ".j2", ".twig"],
  linted: "html",
  comments: [HTML_COMMENT, { open: "{#", close: "#}", in: "template", notBeforeName: true }],
  mask: {
    tags: [DOUBLE_BRACE_TAG],
    statements: { ...PERCENT_STATEMENT, commentBlocks: [], rawBlocks: ["raw", "verbatim"] },
  },
  fence: "yaml",
  links: [{ engine: "nunjucks", writes: ["{% extends %}", "{% include %}", "{% import %}", "{% from … import %}", "{% embed %}"], read: nunjucksLinksOf }],
};

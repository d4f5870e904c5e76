import path from "node:path";
import { ANGLE_PERCENT_COMMENT, ANGLE_PERCENT_TAGS, HTML_COMMENT } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `render "x"`, `render partial: "x"`, `render("shared/x")`. */
const RENDER = /\brender\s*(?:\(\s*)?(?:partial:\s*)?["']([\w./-]+)["']/g;

const EXTENSIONS = [".html.erb", ".erb"];

/** A partial's files: `shared/nav` -> `shared/_nav.html.erb`, `shared/_nav.erb`. */
function partialFilesOf(name: string): string[] {
  const dir = path.posix.dirname(name);
  const base = `_${path.posix.basename(name)}`;
  const file = dir === "." ? base : `${dir}/${base}`;
  return EXTENSIONS.map((extension) => `${file}${extension}`);
}

function erbLinksOf(text: string): Link[] {
  return linksMatching(text, RENDER, (match, range) => {
    const name = match[1] as string;
    return { target: name, candidates: partialFilesOf(name), range, kind: "render", relative: false };
  });
}

/** ERB (Rails views). */
export const erb: Engine = {
  id: "erb",
  name: "ERB (Rails)",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, ANGLE_PERCENT_COMMENT],
  mask: ANGLE_PERCENT_TAGS,
  fence: "yaml",
  links: [{ engine: "erb", writes: ['render "x"', 'render partial: "x"'], read: erbLinksOf }],
};

import { HTML_COMMENT } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `<!--#include virtual="/inc/header.html" -->`, `<!--#include file="footer.html" -->` (IIS allows a space after `<!--`). */
const INCLUDE = /<!--[ \t]?#include\s+(virtual|file)\s*=\s*(["'])([^"'\n]+)\2/g;

/** `virtual` paths starting with `/` are from the document root; others, and `file` ones, from the page's folder. */
function ssiLinksOf(text: string): Link[] {
  return linksMatching(text, INCLUDE, (match, range) => {
    const written = match[3] as string;
    const fromRoot = match[1] === "virtual" && written.startsWith("/");
    const name = fromRoot ? written.slice(1) : written;
    return { target: written, candidates: [name], range, kind: `include ${match[1] as string}`, relative: !fromRoot };
  });
}

/** Server-side includes (Apache `mod_include`, nginx `ssi`): HTML with `<!--#include -->` directives. */
export const ssi: Engine = {
  id: "ssi",
  name: "Server-side includes",
  extensions: [".shtml", ".shtm"],
  linted: "html",
  comments: [HTML_COMMENT],
  mask: {},
  fence: "yaml",
  links: [{ engine: "ssi", writes: ['<!--#include virtual="/x.html" -->', '<!--#include file="x.html" -->'], read: ssiLinksOf }],
};

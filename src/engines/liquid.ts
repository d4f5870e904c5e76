import { DOUBLE_BRACE_TAG, HTML_COMMENT, PERCENT_STATEMENT, statementCommentsOf } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link, type StatementSyntax } from "./types.js";

/** `{% include x %}`, `{% include 'x.html' %}`, `{% include_relative x %}`, `{% render 'x' %}`, `{% section 'x' %}`. */
const TAG = /\{%-?\s*(include_relative|include|render|section)\s+["']?([\w./-]+)/g;

const EXTENSIONS = [".liquid"];

/** The files a Liquid name may mean: as written when it has an extension, else `.liquid`, `.html`, bare. */
export function liquidFileNamesOf(name: string): string[] {
  return fileNamesOf(name, [...EXTENSIONS, ".html", ""]);
}

/** Includes, renders and sections by name; `include_relative` from the file's own folder. */
function liquidLinksOf(text: string): Link[] {
  return linksMatching(text, TAG, (match, range) => {
    const kind = match[1] as string;
    const name = match[2] as string;
    const relative = kind === "include_relative";
    return { target: name, candidates: relative ? [name] : liquidFileNamesOf(name), range, kind, relative };
  });
}

const STATEMENTS: StatementSyntax = { ...PERCENT_STATEMENT, commentBlocks: ["comment"], rawBlocks: ["raw"], lineComment: "#" };

/** Liquid: Jekyll, Eleventy, Shopify. */
export const liquid: Engine = {
  id: "liquid",
  name: "Liquid (Jekyll, Eleventy, Shopify)",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, ...statementCommentsOf(STATEMENTS)],
  mask: { tags: [DOUBLE_BRACE_TAG], statements: STATEMENTS },
  fence: "yaml",
  links: [{ engine: "liquid", writes: ["{% include %}", "{% include_relative %}", "{% render %}", "{% section %}"], read: liquidLinksOf }],
};

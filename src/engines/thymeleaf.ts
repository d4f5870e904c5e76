import { HTML_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/**
 * `th:replace="~{fragments/header :: header}"`, `th:insert`, `th:include`, Thymeleaf 2's
 * `th:replace="fragments/header :: header"`, and the Layout Dialect's `layout:decorate="~{layouts/main}"`
 * (`layout:decorator` before 2.0). Only Thymeleaf pages write these attributes: that is how a `.html`
 * page is known to be one. `~{:: x}` and `~{this :: x}` name the page itself.
 */
const ATTRIBUTE = /\b(th:replace|th:insert|th:include|layout:decorate|layout:decorator)\s*=\s*["'](?:~\{\s*)?([\w./-]+)/g;

function thymeleafLinksOf(text: string): Link[] {
  return linksMatching(text, ATTRIBUTE, (match, range) => {
    const name = match[2] as string;
    if (name === "this") return null;
    return { target: name, candidates: fileNamesOf(name.replace(/^\//u, ""), [".html"]), range, kind: match[1] as string, relative: false };
  });
}

/** Thymeleaf (Spring Boot): `.html` pages with `th:*` attributes; its parser-level comments (`<!--/* … *\/-->`) are HTML comments to parse5. */
export const thymeleaf: Engine = {
  id: "thymeleaf",
  name: "Thymeleaf (in .html pages)",
  extensions: [],
  linted: "html",
  comments: [HTML_COMMENT],
  mask: {},
  fence: "yaml",
  links: [{ engine: "thymeleaf", writes: ['th:replace="~{x :: y}"', "th:insert", 'layout:decorate="~{x}"'], read: thymeleafLinksOf }],
};

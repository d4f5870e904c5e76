import { ANGLE_PERCENT_TAGS, HTML_COMMENT } from "./shared-syntax.js";
import { linksMatching, type CommentSyntax, type Engine, type Link } from "./types.js";

/** `<%@ include file="/WEB-INF/jspf/header.jspf" %>`, `<jsp:directive.include file="x"/>`. */
const INCLUDE_DIRECTIVE = /<%@\s*include\s+file\s*=\s*["']([^"'$#]+)["']|<jsp:directive\.include\s+file\s*=\s*["']([^"'$#]+)["']/g;
/** `<jsp:include page="x"/>`, `<c:import url="x"/>` (not a full URL, not an EL expression). */
const INCLUDE_ACTION = /<(jsp:include\s+page|c:import\s+url)\s*=\s*["'](?![a-z]+:)([^"'$#]+)["']/g;

/** `<%-- --%>`: JSP and Silverstripe comments, never sent to the browser. */
export const ANGLE_PERCENT_DASH_COMMENT: CommentSyntax = { open: "<%--", close: "--%>", in: "template", ownFilesOnly: true };

/** A name from the web app root (`/WEB-INF/x.jsp`) is looked up from the folder holding `WEB-INF`. */
function includeOf(name: string, range: [number, number], kind: string): Link {
  const rooted = name.startsWith("/");
  return { target: name, candidates: [rooted ? name.slice(1) : name], range, kind, relative: false, ...(rooted ? { rootedAt: "WEB-INF" } : {}) };
}

function jspLinksOf(text: string): Link[] {
  return [
    ...linksMatching(text, INCLUDE_DIRECTIVE, (match, range) => includeOf((match[1] ?? match[2]) as string, range, "include")),
    ...linksMatching(text, INCLUDE_ACTION, (match, range) => includeOf(match[2] as string, range, (match[1] as string).startsWith("jsp") ? "jsp:include" : "c:import")),
  ];
}

/** JavaServer Pages and tag files: `<% %>` scriptlets and directives, `${ }` and `#{ }` expressions. */
export const jsp: Engine = {
  id: "jsp",
  name: "JSP (JavaServer Pages, JSTL)",
  extensions: [".jsp", ".jspf", ".jspx", ".tag", ".tagx"],
  linted: "html",
  comments: [HTML_COMMENT, ANGLE_PERCENT_DASH_COMMENT],
  mask: {
    tags: [...(ANGLE_PERCENT_TAGS.tags ?? []), { open: "${", close: "}", prints: true, ownFilesOnly: true }, { open: "#{", close: "}", prints: true, ownFilesOnly: true }],
    text: ANGLE_PERCENT_TAGS.text ?? [],
  },
  fence: "yaml",
  links: [{ engine: "jsp", writes: ['<%@ include file="x" %>', '<jsp:include page="x"/>', '<c:import url="x"/>'], read: jspLinksOf }],
};

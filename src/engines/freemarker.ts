import { HTML_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/** `<#include "/common/header.ftlh">`, `<#import "/lib/analytics.ftl" as a>`. */
const DIRECTIVE = /<#(include|import)\s+["']([^"'$]+)["']/g;

const EXTENSIONS = [".ftl", ".ftlh", ".ftlx"];

function freemarkerLinksOf(text: string): Link[] {
  return linksMatching(text, DIRECTIVE, (match, range) => {
    const name = match[2] as string;
    // `/x` is from the template root (Spring Boot's `templates/`), `x` from the file's own folder
    return { target: name, candidates: fileNamesOf(name.replace(/^\//u, ""), EXTENSIONS), range, kind: match[1] as string, relative: false };
  });
}

/** Apache FreeMarker (Spring Boot, Magnolia, Liferay): `<#…>` directives, `<@…/>` macros, `${…}`. */
export const freemarker: Engine = {
  id: "freemarker",
  name: "FreeMarker",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, { open: "<#--", close: "-->", in: "template", ownFilesOnly: true }],
  mask: {
    tags: [
      { open: "<#", close: ">", ownFilesOnly: true },
      { open: "</#", close: ">", ownFilesOnly: true },
      { open: "<@", close: ">", ownFilesOnly: true },
      { open: "</@", close: ">", ownFilesOnly: true },
      { open: "${", close: "}", prints: true, ownFilesOnly: true },
      { open: "#{", close: "}", prints: true, ownFilesOnly: true },
    ],
  },
  fence: "yaml",
  links: [{ engine: "freemarker", writes: ['<#include "x.ftl">', '<#import "x.ftl" as y>'], read: freemarkerLinksOf }],
};

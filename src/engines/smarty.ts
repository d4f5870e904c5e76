import { HTML_COMMENT } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `{include file="header.tpl"}`, `{extends file='layout.tpl'}`, Smarty 3's `{include 'x.tpl'}`, `file:` resources. */
const TAG = /\{(include|extends)\s+(?:file\s*=\s*)?["'](?:file:)?([^"'$`{]+)["']/g;

function smartyLinksOf(text: string): Link[] {
  return linksMatching(text, TAG, (match, range) => {
    const name = match[2] as string;
    return { target: name, candidates: [name.replace(/^\//u, "")], range, kind: match[1] as string, relative: false };
  });
}

/** Smarty (PHP): `{…}` tags, `{* *}` comments, `{literal}` blocks whose JavaScript is read as code. */
export const smarty: Engine = {
  id: "smarty",
  name: "Smarty",
  extensions: [".tpl"],
  linted: "html",
  comments: [HTML_COMMENT, { open: "{*", close: "*}", in: "template", ownFilesOnly: true }],
  mask: {
    tags: [
      { open: "{literal", close: "}", ownFilesOnly: true, literalUntil: "{/literal}" },
      // Smarty 3's auto-literal: `{` followed by whitespace is text (JavaScript and CSS braces)
      { open: "{", close: "}", ownFilesOnly: true, notBeforeSpace: true },
    ],
  },
  fence: "yaml",
  links: [{ engine: "smarty", writes: ['{include file="x.tpl"}', '{extends file="x.tpl"}'], read: smartyLinksOf }],
};

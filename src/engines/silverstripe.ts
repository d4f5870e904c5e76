import { ANGLE_PERCENT_DASH_COMMENT } from "./jsp.js";
import { ANGLE_PERCENT_TAGS, HTML_COMMENT } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `<% include Header %>`, `<% include Footer Arg=$X %>`, `<% include SilverStripe\Blog\Includes\BlogSideBar %>`. */
const INCLUDE = /<%-?\s*include\s+([\w\\/]+)/g;

const EXTENSION = ".ss";

/** An include's files: `Header` -> `Includes/Header.ss` (in a `templates/` folder), then `Header.ss`. */
function includeFilesOf(name: string): string[] {
  const file = `${name.split("\\").join("/")}${EXTENSION}`;
  return file.includes("/") ? [file] : [`Includes/${file}`, file];
}

function silverstripeLinksOf(text: string): Link[] {
  return linksMatching(text, INCLUDE, (match, range) => ({ target: match[1] as string, candidates: includeFilesOf(match[1] as string), range, kind: "include", relative: false }));
}

/** Silverstripe CMS templates: `<% %>` blocks, `<%-- --%>` comments, `$Var` and `{$Var}`. */
export const silverstripe: Engine = {
  id: "silverstripe",
  name: "Silverstripe",
  extensions: [EXTENSION],
  linted: "html",
  comments: [HTML_COMMENT, ANGLE_PERCENT_DASH_COMMENT],
  mask: { tags: [...(ANGLE_PERCENT_TAGS.tags ?? []), { open: "{$", close: "}", prints: true, ownFilesOnly: true }] },
  fence: "yaml",
  links: [{ engine: "silverstripe", writes: ["<% include Name %>", "$Layout"], read: silverstripeLinksOf }],
};

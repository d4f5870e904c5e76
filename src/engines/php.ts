import { MARKUP_AND_CODE_COMMENTS } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link, type TagSyntax } from "./types.js";

/** `get_header()`, `get_footer('x')`, `get_sidebar()`. */
const WP_PART = /\bget_(header|footer|sidebar)\s*\(\s*(?:["']([\w-]+)["'])?/g;
/** `get_template_part('template-parts/content', 'page')`. */
const WP_TEMPLATE_PART = /\bget_template_part\s*\(\s*["']([\w./-]+)["'](?:\s*,\s*["']([\w-]+)["'])?/g;
/** `include 'x.php'`, `require_once __DIR__ . '/x.php'`. */
const PHP_INCLUDE = /\b(?:include|require)(?:_once)?\s*(?:\(\s*)?(?:__DIR__\s*\.\s*)?["']([\w./-]+\.php)["']/g;

const EXTENSION = ".php";

/** WordPress template tags (looked up from the theme root) and literal includes (from the file's folder). */
function phpLinksOf(text: string): Link[] {
  const parts = linksMatching(text, WP_PART, (match, range) => {
    const part = match[1] as string;
    const file = match[2] ? `${part}-${match[2]}${EXTENSION}` : `${part}${EXTENSION}`;
    return { target: file, candidates: [file], range, kind: `get_${part}`, relative: false };
  });
  const templateParts = linksMatching(text, WP_TEMPLATE_PART, (match, range) => {
    const slug = match[1] as string;
    const candidates = match[2] ? [`${slug}-${match[2]}${EXTENSION}`, `${slug}${EXTENSION}`] : [`${slug}${EXTENSION}`];
    return { target: candidates[0] as string, candidates, range, kind: "get_template_part", relative: false };
  });
  const includes = linksMatching(text, PHP_INCLUDE, (match, range) => {
    const file = (match[1] as string).replace(/^\//, "");
    return { target: file, candidates: [file], range, kind: "include", relative: true };
  });
  return [...parts, ...templateParts, ...includes];
}

/** `<?php ?>` and `<?= ?>` (which prints); unclosed, PHP runs to the end of the file. */
export const PHP_TAGS: TagSyntax[] = [
  { open: "<?php", close: "?>", anyCase: true, toEndWhenUnclosed: true },
  { open: "<?=", close: "?>", prints: true, toEndWhenUnclosed: true },
];

/** PHP and WordPress themes. */
export const php: Engine = {
  id: "php",
  name: "PHP, WordPress",
  extensions: [EXTENSION, ".phtml"],
  linted: "html",
  comments: MARKUP_AND_CODE_COMMENTS,
  mask: { tags: PHP_TAGS },
  fence: "yaml",
  links: [
    {
      engine: "php",
      writes: ["get_header()", "get_footer()", "get_sidebar()", "get_template_part('a', 'b')", "include / require 'x.php'"],
      read: phpLinksOf,
    },
  ],
};

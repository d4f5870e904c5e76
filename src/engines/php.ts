import { MARKUP_AND_CODE_COMMENTS } from "./shared-syntax.js";
import { rangeOf, type Engine, type Link, type TagSyntax } from "./types.js";

/** `get_header()`, `get_footer('x')`, `get_sidebar()`. */
const WP_PART = /\bget_(header|footer|sidebar)\s*\(\s*(?:["']([\w-]+)["'])?/g;
/** `get_template_part('template-parts/content', 'page')`. */
const WP_TEMPLATE_PART = /\bget_template_part\s*\(\s*["']([\w./-]+)["'](?:\s*,\s*["']([\w-]+)["'])?/g;
/** `include 'x.php'`, `require_once __DIR__ . '/x.php'`. */
const PHP_INCLUDE = /\b(?:include|require)(?:_once)?\s*(?:\(\s*)?(?:__DIR__\s*\.\s*)?["']([\w./-]+\.php)["']/g;

const EXTENSION = ".php";

/** WordPress template tags (looked up from the theme root) and literal includes (from the file's folder). */
function phpLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(WP_PART)) {
    const part = match[1] as string;
    const file = match[2] ? `${part}-${match[2]}${EXTENSION}` : `${part}${EXTENSION}`;
    links.push({ target: file, candidates: [file], range: rangeOf(match), kind: `get_${part}`, relative: false });
  }
  for (const match of text.matchAll(WP_TEMPLATE_PART)) {
    const slug = match[1] as string;
    const candidates = match[2] ? [`${slug}-${match[2]}${EXTENSION}`, `${slug}${EXTENSION}`] : [`${slug}${EXTENSION}`];
    links.push({ target: candidates[0] as string, candidates, range: rangeOf(match), kind: "get_template_part", relative: false });
  }
  for (const match of text.matchAll(PHP_INCLUDE)) {
    const file = (match[1] as string).replace(/^\//, "");
    links.push({ target: file, candidates: [file], range: rangeOf(match), kind: "include", relative: true });
  }
  return links;
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
  extensions: [EXTENSION],
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

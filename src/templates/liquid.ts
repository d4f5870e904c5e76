import path from "node:path";
import type { Link } from "./types.js";

/** `{% include x %}`, `{% include 'x.html' %}`, `{% include_relative x %}`, `{% render 'x' %}`, `{% section 'x' %}`. */
const TAG = /\{%-?\s*(include_relative|include|render|section)\s+["']?([\w./-]+)/g;
/** Jekyll and Eleventy front matter: `layout: default`. */
const LAYOUT = /^layout:[ \t]*["']?([\w./-]+)/m;

function withLiquidExtension(name: string): string[] {
  return path.extname(name) ? [name] : [`${name}.liquid`, `${name}.html`, name];
}

/**
 * Liquid (Jekyll, Eleventy, Shopify): includes from `_includes/` or `snippets/`, sections from
 * `sections/`, the front matter `layout:` from `_layouts/` (Jekyll) or `_includes/` (Eleventy), and
 * Shopify's `layout/theme.liquid`, which wraps every template unless it says `{% layout none %}`.
 */
export function liquidLinksOf(text: string, filename: string): Link[] {
  const links: Link[] = [];
  if (text.startsWith("---")) {
    const end = text.indexOf("\n---", 3);
    const layout = LAYOUT.exec(end > 0 ? text.slice(0, end) : "");
    if (layout) {
      const name = layout[1] as string;
      const names = withLiquidExtension(name);
      links.push({ target: name, candidates: names.flatMap((n) => [`_layouts/${n}`, `_includes/${n}`, `_includes/layouts/${n}`]), range: [layout.index, layout.index + layout[0].length], kind: "layout", relative: false });
    }
  }
  for (const match of text.matchAll(TAG)) {
    const kind = match[1] as string;
    const name = match[2] as string;
    const names = withLiquidExtension(name);
    const range: [number, number] = [match.index, match.index + match[0].length];
    if (kind === "include_relative") links.push({ target: name, candidates: [name], range, kind, relative: true });
    else if (kind === "section") links.push({ target: name, candidates: names.map((n) => `sections/${n}`), range, kind, relative: false });
    else links.push({ target: name, candidates: names.flatMap((n) => [`_includes/${n}`, `snippets/${n}`, n]), range, kind, relative: false });
  }
  const normalized = filename.split(path.sep).join("/");
  if (/(?:^|\/)templates\/[^/]+\.liquid$/.test(normalized) && !/\{%-?\s*layout\s+none/.test(text)) {
    links.push({ target: "layout/theme.liquid", candidates: ["layout/theme.liquid"], range: [0, 0], kind: "wrapper", relative: false });
  }
  return links;
}

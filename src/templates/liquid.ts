import path from "node:path";
import type { Link } from "./types.js";

/** `{% include x %}`, `{% include 'x.html' %}`, `{% include_relative x %}`, `{% render 'x' %}`, `{% section 'x' %}`. */
const TAG = /\{%-?\s*(include_relative|include|render|section)\s+["']?([\w./-]+)/g;
/** Jekyll and Eleventy front matter: `layout: default`. */
const LAYOUT = /^layout:[ \t]*["']?([\w./-]+)/m;
/** Shopify: `{% layout 'support' %}` picks `layout/support.liquid`; `{% layout none %}` none. */
const SHOPIFY_LAYOUT = /\{%-?\s*layout\s+["']?([\w.-]+)/;

function withLiquidExtension(name: string): string[] {
  return path.extname(name) ? [name] : [`${name}.liquid`, `${name}.html`, name];
}

/**
 * Liquid (Jekyll, Eleventy, Shopify): includes from `_includes/` or `snippets/`, sections from
 * `sections/`, the front matter `layout:` from `_layouts/` (Jekyll) or `_includes/` (Eleventy), and
 * Shopify's `layout/theme.liquid`, which wraps every template unless it says `{% layout none %}`.
 */
export function liquidLinksOf(text: string, filename: string): Link[] {
  const links: Link[] = frontMatterLinksOf(text);
  for (const match of text.matchAll(TAG)) {
    const kind = match[1] as string;
    const name = match[2] as string;
    const names = withLiquidExtension(name);
    const range: [number, number] = [match.index, match.index + match[0].length];
    if (kind === "include_relative") links.push({ target: name, candidates: [name], range, kind, relative: true });
    else if (kind === "section") links.push({ target: name, candidates: names.map((n) => `sections/${n}`), range, kind, relative: false });
    else links.push({ target: name, candidates: names.flatMap((n) => [`_includes/${n}`, `snippets/${n}`, n]), range, kind, relative: false });
  }
  const normalized = `/${filename.split(path.sep).join("/")}`;
  if (normalized.includes("/templates/") && normalized.endsWith(".liquid")) {
    const chosen = SHOPIFY_LAYOUT.exec(text);
    const name = chosen ? (chosen[1] as string) : "theme";
    const range: [number, number] = chosen ? [chosen.index, chosen.index + chosen[0].length] : [0, 0];
    if (name !== "none") links.push({ target: `layout/${name}.liquid`, candidates: [`layout/${name}.liquid`], range, kind: chosen ? "layout" : "wrapper", relative: false });
  }
  return links;
}

/**
 * The front matter `layout:` of any template page (Jekyll `_layouts/`, Eleventy `_includes/`, with
 * or without an extension): Eleventy pages of every engine use it.
 */
export function frontMatterLinksOf(text: string): Link[] {
  if (!text.startsWith("---")) return [];
  const end = text.indexOf("\n---", 3);
  const layout = LAYOUT.exec(end > 0 ? text.slice(0, end) : "");
  if (!layout) return [];
  const name = layout[1] as string;
  const names = withLiquidExtension(name);
  const candidates = names.flatMap((n) => [`_layouts/${n}`, `_includes/${n}`, `_includes/layouts/${n}`]);
  return [{ target: name, candidates, range: [layout.index, layout.index + layout[0].length], kind: "layout", relative: false }];
}

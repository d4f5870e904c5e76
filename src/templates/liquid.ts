import path from "node:path";
import type { Link } from "../engines/index.js";
import { liquid, liquidFileNamesOf } from "../engines/liquid.js";

/** Jekyll and Eleventy front matter: `layout: default`. */
const LAYOUT = /^layout:[ \t]*["']?([\w./-]+)/m;
/** Shopify: `{% layout 'support' %}` picks `layout/support.liquid`; `{% layout none %}` none. */
const SHOPIFY_LAYOUT = /\{%-?\s*layout\s+["']?([\w.-]+)/;

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
  const candidates = liquidFileNamesOf(name).flatMap((n) => [`_layouts/${n}`, `_includes/${n}`, `_includes/layouts/${n}`]);
  return [{ target: name, candidates, range: [layout.index, layout.index + layout[0].length], kind: "layout", relative: false }];
}

/** Shopify's `layout/theme.liquid`, which wraps every `templates/` file unless it says `{% layout none %}`. */
export function shopifyLayoutLinksOf(text: string, filename: string): Link[] {
  const normalized = `/${filename.split(path.sep).join("/")}`;
  if (!normalized.includes("/templates/")) return [];
  const chosen = SHOPIFY_LAYOUT.exec(text);
  const name = chosen ? (chosen[1] as string) : "theme";
  if (name === "none") return [];
  const range: [number, number] = chosen ? [chosen.index, chosen.index + chosen[0].length] : [0, 0];
  const file = `layout/${name}${liquid.extensions[0] as string}`;
  return [{ target: file, candidates: [file], range, kind: chosen ? "layout" : "wrapper", relative: false }];
}

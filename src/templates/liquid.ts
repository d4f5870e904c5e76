import path from "node:path";
import type { Link } from "../engines/index.js";
import { liquid, liquidFileNamesOf } from "../engines/liquid.js";
import { directoryDataLayoutOf } from "./eleventy-data.js";
import { jekyllDefaultLayoutOf, siteOf, type Site } from "./site-config.js";

/** Jekyll and Eleventy front matter: `layout: default`. */
const LAYOUT = /^layout:[ \t]*["']?([\w./-]+)/m;
/** Shopify: `{% layout 'support' %}` picks `layout/support.liquid`; `{% layout none %}` none. */
const SHOPIFY_LAYOUT = /\{%-?\s*layout\s+["']?([\w.-]+)/;

/** The extensions an Eleventy layout named without one may have. */
const ELEVENTY_LAYOUT_EXTENSIONS = [".njk", ".liquid", ".html", ".md", ".hbs", ".ejs", ".11ty.js", ".webc", ""];

/**
 * The front matter `layout:` of any template page (Jekyll `_layouts/`, Eleventy `_includes/`, with
 * or without an extension): Eleventy pages of every engine use it. With no `layout:`, the layout
 * the site gives the page: Jekyll's `_config.yml` `defaults:`, Eleventy's directory data files.
 * The site's own layout folders (its config's `dir.layouts`, `layouts_dir`) come first.
 */
export function frontMatterLinksOf(text: string, filename = ""): Link[] {
  const front = text.startsWith("---") ? text.slice(0, Math.max(0, text.indexOf("\n---", 3))) : "";
  const layout = LAYOUT.exec(front);
  const site = filename ? siteOf(filename) : null;
  const namesOf = (name: string): string[] =>
    site?.generator === "eleventy" && !path.extname(name) ? ELEVENTY_LAYOUT_EXTENSIONS.map((extension) => `${name}${extension}`) : liquidFileNamesOf(name);
  const candidatesOf = (name: string): string[] => [
    ...(site?.layoutFolders ?? []).flatMap((folder) => namesOf(name).map((n) => path.join(folder, n))),
    ...liquidFileNamesOf(name).flatMap((n) => [`_layouts/${n}`, `_includes/${n}`, `_includes/layouts/${n}`]),
  ];
  if (layout) {
    const name = layout[1] as string;
    if (name === "null" || name === "none" || name === "false") return [];
    return [{ target: name, candidates: candidatesOf(name), range: [layout.index, layout.index + layout[0].length], kind: "layout", relative: false }];
  }
  const name = site ? siteLayoutOf(site, filename, text) : null;
  return name ? [{ target: name, candidates: candidatesOf(name), range: [0, 0], kind: "wrapper", relative: false }] : [];
}

/** The layout a page with no `layout:` gets from its site: Jekyll defaults (pages with front matter), Eleventy directory data. */
function siteLayoutOf(site: Site, filename: string, text: string): string | null {
  if (site.layoutFolders.some((folder) => filename.startsWith(folder + path.sep))) return null;
  if (site.generator === "jekyll") return text.startsWith("---") ? jekyllDefaultLayoutOf(site, filename) : null;
  return directoryDataLayoutOf(filename, site.root)?.layout ?? null;
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

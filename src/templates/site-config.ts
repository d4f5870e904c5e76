/**
 * The site generator a page belongs to, read from its config file with no settings: Eleventy's
 * `.eleventy.js` / `eleventy.config.{js,mjs,cjs}` (`dir.input`, `dir.includes`, `dir.layouts` when
 * they are plain literals, read with espree) and Jekyll's `_config.yml` (`layouts_dir`,
 * `includes_dir`, `defaults:` scopes setting `layout`). The nearest folder above a page holding
 * one of them is the site's root.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as espree from "espree";
import picomatch from "picomatch";
import { parse as parseYaml } from "yaml";

export const ELEVENTY_CONFIGS = [".eleventy.js", ".eleventy.cjs", ".eleventy.mjs", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];
export const JEKYLL_CONFIG = "_config.yml";

/** A front matter default of Jekyll's `_config.yml`: the pages under `path` (of `type`) get `layout`. */
interface LayoutDefault {
  path: string;
  type: string | null;
  layout: string;
}

export interface Site {
  generator: "eleventy" | "jekyll";
  /** The folder holding the config file. */
  root: string;
  /** Where layout names are looked up, absolute, most likely first. */
  layoutFolders: string[];
  /** Jekyll's `defaults:` setting a layout. */
  defaults: LayoutDefault[];
}

/** How many folders above a page are searched for a site config. */
const MAX_LEVELS = 24;
const bySiteFolder = new Map<string, { mtimeMs: number; site: Site | null }>();

function mtimeOf(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.mtimeMs : null;
  } catch {
    return null;
  }
}

/** The site of each folder already asked about, trusted for a while (an editor's ESLint server runs for hours). */
const byFolder = new Map<string, Site | null>();
const TRUSTED_FOR_MS = 30_000;
let foldersSince = Date.now();

/** The site the file belongs to (its nearest Eleventy or Jekyll config above it), or null. */
export function siteOf(filename: string): Site | null {
  if (Math.abs(Date.now() - foldersSince) > TRUSTED_FOR_MS) {
    byFolder.clear();
    foldersSince = Date.now();
  }
  const folder = path.dirname(filename);
  let site = byFolder.get(folder);
  if (site === undefined) {
    site = findSite(folder);
    byFolder.set(folder, site);
  }
  return site;
}

function findSite(folder: string): Site | null {
  let dir = folder;
  for (let level = 0; level < MAX_LEVELS; level++) {
    for (const name of [...ELEVENTY_CONFIGS, JEKYLL_CONFIG]) {
      const file = path.join(dir, name);
      const mtimeMs = mtimeOf(file);
      if (mtimeMs === null) continue;
      const cached = bySiteFolder.get(file);
      if (cached && cached.mtimeMs === mtimeMs) return cached.site;
      const site = name === JEKYLL_CONFIG ? jekyllSiteOf(dir, file) : eleventySiteOf(dir, file);
      bySiteFolder.set(file, { mtimeMs, site });
      return site;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** A config or data module's tree (an ES module, else a CommonJS script); null when it does not parse. */
export function parseConfigModule(source: string): unknown {
  for (const sourceType of ["module", "script"] as const) {
    try {
      return espree.parse(source, { ecmaVersion: "latest", sourceType });
    } catch {
      // try the other kind
    }
  }
  return null;
}

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** `dir: { input, includes, layouts }` and `eleventyConfig.setLayoutsDirectory("x")` with literal values. */
export function eleventyDirsOf(source: string): Record<string, string> {
  const dirs: Record<string, string> = {};
  const program = parseConfigModule(source) as EstreeNode | null;
  if (!program) return dirs;
  const setters: Record<string, string> = { setInputDirectory: "input", setIncludesDirectory: "includes", setLayoutsDirectory: "layouts" };
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    if (!node || typeof node !== "object" || typeof (node as EstreeNode).type !== "string") continue;
    const current = node as EstreeNode;
    if (current.type === "Property" && keyOf(current) === "dir" && (current.value as EstreeNode).type === "ObjectExpression") {
      for (const property of (current.value as { properties: EstreeNode[] }).properties) {
        const key = property.type === "Property" ? keyOf(property) : null;
        const value = literalOf(property.value);
        if (key && value !== null && dirs[key] === undefined) dirs[key] = value;
      }
    }
    if (current.type === "CallExpression") {
      const callee = current.callee as EstreeNode;
      const name = callee.type === "MemberExpression" ? keyOf({ type: "Property", key: callee.property }) : null;
      const argument = literalOf((current.arguments as unknown[])[0]);
      const key = name ? setters[name] : undefined;
      if (key && argument !== null) dirs[key] = argument;
    }
    for (const [field, child] of Object.entries(current)) if (field !== "parent" && child && typeof child === "object") stack.push(child);
  }
  return dirs;
}

function keyOf(property: EstreeNode): string | null {
  const key = property.key as EstreeNode | undefined;
  if (key?.type === "Identifier") return key.name as string;
  return literalOf(key);
}

function literalOf(node: unknown): string | null {
  const value = node as EstreeNode | undefined;
  if (value?.type === "Literal" && typeof value.value === "string") return value.value;
  if (value?.type === "TemplateLiteral" && (value.expressions as unknown[]).length === 0) return ((value.quasis as Array<{ value: { cooked: string } }>)[0]?.value.cooked ?? "") || null;
  return null;
}

function eleventySiteOf(root: string, file: string): Site {
  let source = "";
  try {
    source = readFileSync(file, "utf8");
  } catch {
    // an unreadable config: Eleventy's defaults
  }
  const dirs = eleventyDirsOf(source);
  const input = path.resolve(root, dirs.input ?? ".");
  const includes = path.resolve(input, dirs.includes ?? "_includes");
  const layouts = dirs.layouts === undefined ? [] : [path.resolve(input, dirs.layouts)];
  return { generator: "eleventy", root, layoutFolders: [...layouts, includes, path.resolve(input, "_layouts")], defaults: [] };
}

function jekyllSiteOf(root: string, file: string): Site {
  let config: unknown = null;
  try {
    config = parseYaml(readFileSync(file, "utf8"));
  } catch {
    // a broken _config.yml: Jekyll's defaults
  }
  const settings = (typeof config === "object" && config !== null ? config : {}) as Record<string, unknown>;
  const source = path.resolve(root, typeof settings.source === "string" ? settings.source : ".");
  const layoutsDir = typeof settings.layouts_dir === "string" ? settings.layouts_dir : "_layouts";
  const defaults: LayoutDefault[] = [];
  for (const entry of Array.isArray(settings.defaults) ? (settings.defaults as unknown[]) : []) {
    const { scope, values } = (entry ?? {}) as { scope?: { path?: unknown; type?: unknown }; values?: { layout?: unknown } };
    if (typeof values?.layout !== "string") continue;
    defaults.push({ path: typeof scope?.path === "string" ? scope.path : "", type: typeof scope?.type === "string" ? scope.type : null, layout: values.layout });
  }
  return { generator: "jekyll", root: source, layoutFolders: [path.resolve(source, layoutsDir)], defaults };
}

/** The layout Jekyll's `defaults:` give a page: the most specific scope path that holds it wins. */
export function jekyllDefaultLayoutOf(site: Site, filename: string): string | null {
  const relative = path.relative(site.root, filename).split(path.sep).join("/");
  let best: LayoutDefault | null = null;
  for (const entry of site.defaults) {
    const scope = entry.path.replace(/^\.?\/+/u, "").replace(/\/+$/u, "");
    const inScope = scope === "" || relative === scope || relative.startsWith(`${scope}/`) || (scope.includes("*") && picomatch.isMatch(relative, scope));
    if (!inScope || !typeMatches(entry.type, relative)) continue;
    if (!best || scope.length >= best.path.length) best = { ...entry, path: scope };
  }
  return best?.layout ?? null;
}

/** `posts` are files under `_posts/`, `drafts` under `_drafts/`, `pages` the rest (a collection `x` is `_x/`). */
function typeMatches(type: string | null, relative: string): boolean {
  if (type === null) return true;
  const segments = relative.split("/");
  if (type === "pages") return !segments.some((segment) => segment.startsWith("_"));
  return segments.includes(`_${type}`);
}

/**
 * Eleventy's directory data files: `posts/posts.json`, `posts/posts.11tydata.json` or
 * `posts/posts.11tydata.js` (module.exports / export default of an object literal) setting
 * `layout` for every page in that folder and below; the nearest folder's file wins.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseConfigModule } from "./site-config.js";

/** How many folders above a page are read (never above the site's root). */
const MAX_LEVELS = 24;

/** `layout: "x"` in an object literal of a data module (the first top-level one). */
function layoutOfModule(source: string): string | null {
  const program = parseConfigModule(source) as { body: unknown[] } | null;
  if (!program) return null;
  for (const statement of program.body as Array<Record<string, unknown>>) {
    const exported = statement.type === "ExportDefaultDeclaration" ? statement.declaration : statement.type === "ExpressionStatement" ? (statement.expression as Record<string, unknown>).right : null;
    const object = exported as { type?: string; properties?: Array<Record<string, unknown>> } | null | undefined;
    if (object?.type !== "ObjectExpression") continue;
    for (const property of object.properties ?? []) {
      const key = property.key as { type: string; name?: string; value?: unknown } | undefined;
      const name = key?.type === "Identifier" ? key.name : key?.value;
      const value = property.value as { type: string; value?: unknown } | undefined;
      if (name === "layout" && value?.type === "Literal" && typeof value.value === "string") return value.value;
    }
  }
  return null;
}

function layoutOfJson(source: string): string | null {
  try {
    const data = JSON.parse(source) as unknown;
    const layout = typeof data === "object" && data !== null ? (data as { layout?: unknown }).layout : undefined;
    return typeof layout === "string" ? layout : null;
  } catch {
    return null;
  }
}

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The layout a page's directory data files give it, with the data file that says so; null when none does. */
export function directoryDataLayoutOf(filename: string, siteRoot: string): { layout: string; file: string } | null {
  let dir = path.dirname(filename);
  for (let level = 0; level < MAX_LEVELS && (dir === siteRoot || dir.startsWith(siteRoot + path.sep)); level++) {
    const name = path.basename(dir);
    const candidates: Array<[string, (source: string) => string | null]> = [
      [`${name}.11tydata.js`, layoutOfModule],
      [`${name}.11tydata.cjs`, layoutOfModule],
      [`${name}.11tydata.mjs`, layoutOfModule],
      [`${name}.11tydata.json`, layoutOfJson],
      [`${name}.json`, layoutOfJson],
    ];
    for (const [base, layoutOf] of candidates) {
      const file = path.join(dir, base);
      const source = read(file);
      const layout = source === null ? null : layoutOf(source);
      if (layout) return { layout, file };
    }
    if (dir === siteRoot) break;
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * Which tracker plugins a WordPress site or Drupal site has, and where the repository says so:
 * `wpackagist-plugin/<slug>` or `drupal/<module>` in a composer.json, a plugin's folder under
 * `wp-content/plugins/` (its main file's `Plugin Name:` header), a Drupal `*.info.yml` dependency,
 * or a config sync folder's core.extension.yml (which, when there is one, decides which modules are
 * enabled). Read once per folder and run, re-read after 30 seconds (for editors).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lineOf } from "../literals.js";
import { WORDPRESS_PLUGINS, type CmsPluginRecord } from "./cms-plugin-catalogue.js";

/** A tracker plugin the repository installs: what it is, its slug, and "composer.json:12, wpackagist-plugin/pixelyoursite". */
export interface InstalledPlugin {
  slug: string;
  plugin: CmsPluginRecord;
  where: string;
}

const MAX_AGE_MS = 30_000;
const cache = new Map<string, { at: number; value: unknown }>();

/** A value per key, computed once per run and re-computed when older than 30 seconds. */
export function cached<T>(key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known && Date.now() - known.at <= MAX_AGE_MS) return known.value as T;
  const value = compute();
  cache.set(key, { at: Date.now(), value });
  return value;
}

export const readText = (file: string): string | null => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
};

export const entriesOf = (folder: string): Array<{ name: string; isDirectory: boolean }> => {
  try {
    return readdirSync(folder, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  } catch {
    return [];
  }
};

/** The file's folder and each folder above it, up to the root (the root included when the file is under it). */
export function foldersUpTo(filename: string, root: string): string[] {
  const folders: string[] = [];
  let folder = path.dirname(filename);
  const inside = (dir: string): boolean => !path.relative(root, dir).startsWith("..");
  while (inside(folder)) {
    folders.push(folder);
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return folders;
}

export const display = (file: string, root: string): string => path.relative(root, file).split(path.sep).join("/");

/** Where a key is written in a JSON text: the first `"key"` followed by a colon. */
function keyOffsetOf(text: string, key: string): number {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
    if (/^\s*:/.test(text.slice(at + quoted.length, at + quoted.length + 40))) return at;
  }
  return -1;
}

/** The packages of `require` and `require-dev` with a vendor prefix (`wpackagist-plugin/`), with their composer.json line. */
export function composerPackagesOf(file: string, root: string, prefix: string, known: Readonly<Record<string, CmsPluginRecord>>): InstalledPlugin[] {
  const text = readText(file);
  if (!text?.includes(prefix)) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const found: InstalledPlugin[] = [];
  for (const section of ["require", "require-dev"]) {
    const packages = (json as Record<string, unknown> | null)?.[section];
    if (!packages || typeof packages !== "object") continue;
    for (const name of Object.keys(packages)) {
      const slug = name.startsWith(prefix) ? name.slice(prefix.length) : null;
      const plugin = slug ? known[slug] : undefined;
      if (!slug || !plugin) continue;
      const at = keyOffsetOf(text, name);
      found.push({ slug, plugin, where: `${display(file, root)}${at >= 0 ? `:${lineOf(text, at)}` : ""}, ${name}` });
    }
  }
  return found;
}

const PLUGIN_NAME = /^[\t #*/@]*Plugin Name:[\t ]*(\S[^\n\r]*)/m;

/** A plugin folder's main file: the PHP file at its top with a `Plugin Name:` header (`<slug>.php` first). */
export function pluginMainFileOf(folder: string, slug: string): { file: string; at: number; name: string } | null {
  const files = entriesOf(folder)
    .filter((entry) => !entry.isDirectory && entry.name.endsWith(".php"))
    .map((entry) => entry.name)
    .sort((a, b) => Number(b === `${slug}.php`) - Number(a === `${slug}.php`) || a.localeCompare(b));
  for (const name of files) {
    const text = readText(path.join(folder, name));
    const header = text ? PLUGIN_NAME.exec(text.slice(0, 8192)) : null;
    if (header) return { file: path.join(folder, name), at: header.index + header[0].indexOf("Plugin Name:"), name: (header[1] as string).trim() };
  }
  return null;
}

/** The plugin folders beside the theme folder a file is in: `wp-content/plugins`, Bedrock's `web/app/plugins`, and mu-plugins. */
export function pluginFoldersOf(filename: string, root: string): string[] {
  return foldersUpTo(filename, root)
    .filter((folder) => path.basename(folder) === "themes")
    .flatMap((themes) => ["plugins", "mu-plugins"].map((name) => path.join(path.dirname(themes), name)));
}

/** The tracker plugins a WordPress page's site installs, each once (composer.json first, then plugin folders). */
export function wordPressPluginsOf(filename: string, root: string): InstalledPlugin[] {
  return cached(`wp:${path.dirname(filename)}:${root}`, () => {
    const found = new Map<string, InstalledPlugin>();
    const add = (plugin: InstalledPlugin): void => void (found.has(plugin.slug) || found.set(plugin.slug, plugin));
    for (const folder of foldersUpTo(filename, root)) composerPackagesOf(path.join(folder, "composer.json"), root, "wpackagist-plugin/", WORDPRESS_PLUGINS).forEach(add);
    for (const plugins of pluginFoldersOf(filename, root)) {
      for (const entry of entriesOf(plugins)) {
        const plugin = entry.isDirectory ? WORDPRESS_PLUGINS[entry.name] : undefined;
        if (!plugin) continue;
        const main = pluginMainFileOf(path.join(plugins, entry.name), entry.name);
        const mainText = main ? readText(main.file) : null;
        const header = main && main.name !== plugin.name ? `, Plugin Name: ${main.name}` : "";
        const where = main && mainText ? `${display(main.file, root)}:${lineOf(mainText, main.at)}${header}` : `${display(path.join(plugins, entry.name), root)}/`;
        add({ slug: entry.name, plugin, where });
      }
    }
    return [...found.values()];
  });
}

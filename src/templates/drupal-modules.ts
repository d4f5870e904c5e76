/**
 * Drupal: which tracker modules a site enables, and where a theme's templates let them print.
 * Every template of a theme (`*.html.twig`) renders inside html.html.twig, whose placeholders
 * (`<head-placeholder>`, `<js-placeholder>`, `<js-bottom-placeholder>`) print what modules attach
 * to every page: Google Tag's container, the Facebook Pixel module's base code.
 */
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { lineOf } from "../literals.js";
import { DRUPAL_MODULES } from "./cms-plugin-catalogue.js";
import { cached, composerPackagesOf, display, entriesOf, foldersUpTo, readText, type InstalledPlugin } from "./cms-plugins.js";

/** Where a Drupal page prints what modules attach, for messages, and the page's place for a report. */
export interface DrupalHook {
  /** "<js-bottom-placeholder> in web/themes/custom/care/templates/html.html.twig:14". */
  place: string;
  range: [number, number];
  /** The theme's folder, and its info.yml. */
  theme: string;
  info: string;
}

const PLACEHOLDER = /<(head-placeholder|js-placeholder|js-bottom-placeholder)\b/;
const TWIG = ".html.twig";

export const yamlOf = (text: string): unknown => {
  try {
    return parseYaml(text);
  } catch {
    return null;
  }
};

/** The theme a template belongs to: the nearest folder above it with a `<name>.info.yml` of `type: theme`. */
function themeFolderOf(filename: string, root: string): { folder: string; info: string } | null {
  for (const folder of foldersUpTo(filename, root)) {
    for (const entry of entriesOf(folder)) {
      if (entry.isDirectory || !entry.name.endsWith(".info.yml")) continue;
      const info = path.join(folder, entry.name);
      const yaml = yamlOf(readText(info) ?? "") as { type?: unknown } | null;
      if (yaml?.type === "theme") return { folder, info };
    }
  }
  return null;
}

/** The theme's own html.html.twig, searched under its `templates/` folder (four folders deep). */
function themeHtmlTemplateOf(theme: string): string | null {
  const stack = [{ folder: path.join(theme, "templates"), depth: 0 }];
  while (stack.length > 0) {
    const { folder, depth } = stack.pop() as { folder: string; depth: number };
    for (const entry of entriesOf(folder)) {
      if (!entry.isDirectory && entry.name === `html${TWIG}`) return path.join(folder, entry.name);
      if (entry.isDirectory && depth < 4) stack.push({ folder: path.join(folder, entry.name), depth: depth + 1 });
    }
  }
  return null;
}

/** For a template of a Drupal theme: where modules print on the page it renders in. */
export function drupalHookOf(filename: string, text: string, root: string): DrupalHook | null {
  if (!filename.endsWith(TWIG)) return null;
  const theme = themeFolderOf(filename, root);
  if (!theme) return null;
  const own = path.basename(filename) === `html${TWIG}` ? PLACEHOLDER.exec(text) : null;
  if (own) return { place: `<${own[1] as string}> in ${display(filename, root)}:${lineOf(text, own.index)}`, range: [own.index, own.index + own[0].length], theme: theme.folder, info: theme.info };
  const html = themeHtmlTemplateOf(theme.folder);
  const htmlText = html ? readText(html) : null;
  const found = htmlText ? PLACEHOLDER.exec(htmlText) : null;
  const place = html && htmlText && found ? `<${found[1] as string}> in ${display(html, root)}:${lineOf(htmlText, found.index)}` : "the placeholders of the html.html.twig this theme inherits (from its base theme or core)";
  return { place, range: [0, 0], theme: theme.folder, info: theme.info };
}

/** `module: { google_tag: 0 }` of a core.extension.yml, each catalogue module with its line. */
function enabledModulesOf(file: string, root: string): InstalledPlugin[] | null {
  const text = readText(file);
  const yaml = text ? (yamlOf(text) as { module?: unknown } | null) : null;
  if (!text || !yaml?.module || typeof yaml.module !== "object") return null;
  const lines = text.split("\n");
  return Object.keys(yaml.module).flatMap((slug) => {
    const plugin = DRUPAL_MODULES[slug];
    if (!plugin) return [];
    const line = lines.findIndex((written) => written.trimStart().startsWith(`${slug}:`));
    return [{ slug, plugin, where: `${display(file, root)}${line >= 0 ? `:${line + 1}` : ""}, module ${slug}` }];
  });
}

/** `dependencies: [drupal:google_tag]` of an info.yml, each catalogue module with its line. */
function dependenciesOf(file: string, root: string): InstalledPlugin[] {
  const text = readText(file);
  const yaml = text ? (yamlOf(text) as { dependencies?: unknown } | null) : null;
  if (!text || !Array.isArray(yaml?.dependencies)) return [];
  return yaml.dependencies.flatMap((dependency: unknown) => {
    const slug = typeof dependency === "string" ? (dependency.split(":").pop() ?? "").trim().split(/\s/)[0] ?? "" : "";
    const plugin = DRUPAL_MODULES[slug];
    if (!plugin || typeof dependency !== "string") return [];
    return [{ slug, plugin, where: `${display(file, root)}:${lineOf(text, Math.max(0, text.indexOf(dependency)))}, dependency ${dependency}` }];
  });
}

/** Info files of the site's own modules and install profiles, under the Drupal root that holds the theme. */
function siteInfoFilesOf(theme: string, root: string): string[] {
  const drupalRoots = foldersUpTo(path.join(theme, "x"), root).filter((folder) => path.basename(folder) === "themes").map((themes) => path.dirname(themes));
  return drupalRoots.flatMap((drupal) =>
    [path.join(drupal, "modules", "custom"), path.join(drupal, "profiles"), path.join(drupal, "profiles", "custom")].flatMap((parent) =>
      entriesOf(parent)
        .filter((entry) => entry.isDirectory)
        .map((entry) => path.join(parent, entry.name, `${entry.name}.info.yml`)),
    ),
  );
}

/**
 * The tracker modules of the site a theme's template belongs to, each once. A core.extension.yml
 * in a config folder (`config/sync/`) lists the enabled modules: when there is one, it decides;
 * otherwise composer.json (`drupal/<module>`) and the theme's, custom modules' and profiles'
 * `dependencies` do.
 */
export function drupalModulesOf(filename: string, root: string, theme: string): InstalledPlugin[] {
  return cached(`drupal:${theme}:${root}`, () => {
    const folders = foldersUpTo(filename, root);
    const extensions = folders.flatMap((folder) => entriesOf(path.join(folder, "config")).filter((entry) => entry.isDirectory).map((entry) => path.join(folder, "config", entry.name, "core.extension.yml")));
    const enabled = extensions.map((file) => enabledModulesOf(file, root)).find((modules) => modules !== null);
    if (enabled) return enabled;
    const found = new Map<string, InstalledPlugin>();
    const add = (module: InstalledPlugin): void => void (found.has(module.slug) || found.set(module.slug, module));
    for (const folder of folders) composerPackagesOf(path.join(folder, "composer.json"), root, "drupal/", DRUPAL_MODULES).forEach(add);
    const themeInfo = themeFolderOf(path.join(theme, "x"), root)?.info;
    for (const info of [...(themeInfo ? [themeInfo] : []), ...siteInfoFilesOf(theme, root)]) dependenciesOf(info, root).forEach(add);
    return [...found.values()];
  });
}

/**
 * What a CMS prints on a page that no template of it shows: the trackers of the site's tracker
 * plugins (src/templates/cms-plugin-catalogue.ts), and trackers that the theme's functions.php or
 * the site's own plugins enqueue or print, all at WordPress's `wp_head()` / `wp_footer()` or
 * in Drupal's html.html.twig placeholders.
 */
import path from "node:path";
import { vendorById } from "../detect/catalogue/index.js";
import { trackersOf, type Tracker } from "../detect/trackers.js";
import { lineOf } from "../literals.js";
import { perFile } from "../per-file.js";
import { cached, display, entriesOf, foldersUpTo, pluginFoldersOf, pluginMainFileOf, wordPressPluginsOf, type InstalledPlugin } from "./cms-plugins.js";
import { WORDPRESS_PLUGINS } from "./cms-plugin-catalogue.js";
import { globalLibraryInjectionsOf } from "./drupal-libraries.js";
import { drupalHookOf, drupalModulesOf } from "./drupal-modules.js";
import { chainHitsOf } from "./graph.js";
import type { PageContext } from "./page-chains.js";
import { graphFileOf } from "./parse-file.js";
import { wpHookOf } from "./wp-head.js";

/** One tracker a plugin or hook file puts on the page: "PixelYourSite (composer.json:12, wpackagist-plugin/pixelyoursite)" and the tracker. */
export interface Injection {
  source: string;
  /** What reports group by: the plugin's slug, or the hook file (and the file it includes). */
  key: string;
  /** A catalogue plugin's vendor (not a line of code): a report names all of its vendors. */
  whole?: boolean;
  tracker: Tracker;
}

/** Where the page lets plugins print, and what they print there. */
export interface PageInjections {
  cms: "wordpress" | "drupal";
  /** "wp_head() in header.php:4", "<js-bottom-placeholder> in templates/html.html.twig:14". */
  place: string;
  /** In the page: the hook call, the link its chain starts from, or [0, 0] for an implicit wrapper. */
  range: [number, number];
  injections: Injection[];
}

/** A catalogue plugin's vendors, as trackers a rule can own: `the Meta Pixel`, at no place of the page's files. */
function pluginInjectionsOf(installed: readonly InstalledPlugin[]): Injection[] {
  return installed.flatMap(({ slug, plugin, where }) =>
    plugin.vendors.flatMap((id) => {
      const vendor = vendorById(id);
      return vendor ? [{ source: `${plugin.name} (${where})`, key: slug, whole: true, tracker: { vendor, group: "code" as const, kind: "loader" as const, label: vendor.name, range: [0, 0] as [number, number] } }] : [];
    }),
  );
}

/** PHP files WordPress runs on every page: the theme's functions.php, the site's own plugins' main files, mu-plugins. */
function hookFilesOf(filename: string, root: string): Array<{ file: string; name: string | null }> {
  return cached(`wp-files:${path.dirname(filename)}:${root}`, () => {
    const files: Array<{ file: string; name: string | null }> = [];
    const theme = foldersUpTo(filename, root).find((folder) => entriesOf(folder).some((entry) => !entry.isDirectory && entry.name === "functions.php"));
    if (theme) files.push({ file: path.join(theme, "functions.php"), name: null });
    for (const plugins of pluginFoldersOf(filename, root)) {
      for (const entry of entriesOf(plugins)) {
        if (entry.isDirectory && !WORDPRESS_PLUGINS[entry.name]) {
          const main = pluginMainFileOf(path.join(plugins, entry.name), entry.name);
          if (main) files.push(main);
        } else if (!entry.isDirectory && entry.name.endsWith(".php") && path.basename(plugins) === "mu-plugins") files.push({ file: path.join(plugins, entry.name), name: null });
      }
    }
    return files;
  });
}

/** `update_option( 'ihaf_insert_header', '<script>…' )`: what Insert Headers and Footers (WPCode) prints at the hook. */
const IHAF_OPTION = /\bupdate_option\s*\(\s*["'](ihaf_insert_(?:header|body|footer))["']/g;

/** The Insert Headers and Footers option a tracker at this offset is written into: the update_option() call nearest before it, when it sets one. */
function ihafOptionAt(text: string, offset: number): string | null {
  let last: RegExpExecArray | null = null;
  IHAF_OPTION.lastIndex = 0;
  for (let match = IHAF_OPTION.exec(text); match && match.index < offset; match = IHAF_OPTION.exec(text)) last = match;
  return last && text.lastIndexOf("update_option", offset) === last.index ? (last[1] as string) : null;
}

/** Trackers a hook file enqueues or prints, in it and in the files it includes. */
function enqueuedInjectionsOf(filename: string, root: string, templateRoots: readonly string[]): Injection[] {
  return hookFilesOf(filename, root).flatMap(({ file, name }) => {
    const graphFile = graphFileOf(file);
    if (!graphFile) return [];
    const shown = display(file, root);
    const named = (at: string): string => (name ? `${name} (${at})` : at);
    const own = trackersOf(graphFile.scan()).map((tracker) => {
      const at = `${shown}:${lineOf(graphFile.text, tracker.range[0])}`;
      const option = graphFile.text.includes("ihaf_insert_") ? ihafOptionAt(graphFile.text, tracker.range[0]) : null;
      return option ? { source: `Insert Headers and Footers' ${option} option (${at})`, key: `${file} ${option}`, tracker } : { source: named(at), key: file, tracker };
    });
    const included = chainHitsOf(file, graphFile.text, root, templateRoots).map((hit) => ({ source: named(`${shown} -> ${hit.chain}`), key: `${file} ${hit.link.range[0]}`, tracker: hit.tracker }));
    return [...own, ...included];
  });
}

function computeInjections(filename: string, text: string, root: string, templateRoots: readonly string[]): PageInjections | null {
  const wordPress = wpHookOf(filename, text, root, templateRoots);
  if (wordPress) {
    const injections = [...pluginInjectionsOf(wordPressPluginsOf(filename, root)), ...enqueuedInjectionsOf(filename, root, templateRoots)];
    return { cms: "wordpress", place: wordPress.place, range: wordPress.range, injections };
  }
  const drupal = drupalHookOf(filename, text, root);
  if (!drupal) return null;
  const injections = [...pluginInjectionsOf(drupalModulesOf(filename, root, drupal.theme)), ...globalLibraryInjectionsOf(drupal.info, root)];
  return { cms: "drupal", place: drupal.place, range: drupal.range, injections };
}

const injectionsOfFile = perFile(({ context, templateRoots }: { context: PageContext; templateRoots: readonly string[] }): PageInjections | null => {
  try {
    return computeInjections(context.physicalFilename ?? context.filename, context.sourceCode.text, context.cwd, templateRoots);
  } catch {
    return null; // plugins are extra evidence: a file system surprise must not end the lint
  }
}, ({ context }) => context.sourceCode);

/** What the CMS prints on the page being linted, computed once per file for every rule that asks; null when it is no CMS page. */
export function cmsInjectionsFor(context: PageContext, templateRoots: readonly string[]): PageInjections | null {
  return injectionsOfFile({ context, templateRoots });
}

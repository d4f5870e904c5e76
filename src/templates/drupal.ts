import path from "node:path";
import type { Link } from "../engines/index.js";

/** `@olivero/includes/analytics.html.twig`: a theme's (or module's) `templates/` folder. */
const NAMESPACE = /^@([\w-]+)\/(.+)$/;
const TWIG = ".html.twig";
/** Where a Drupal site keeps themes and modules, from the project root (composer's `web/`, Acquia's `docroot/`); core's base themes (`@classy`, `@stable9`). */
const EXTENSION_FOLDERS = ["themes/custom/", "themes/contrib/", "themes/", "modules/custom/", "modules/contrib/", "core/themes/", "core/modules/"].flatMap((folder) => ["", "web/", "docroot/"].map((root) => `${root}${folder}`));
/**
 * The folders of a theme's `templates/` that Drupal core's themes (Olivero, Claro, Classy) sort
 * templates into: Drupal finds a template by its name anywhere under `templates/`.
 */
const TEMPLATE_FOLDERS = ["layout/", "content/", "navigation/", "block/", "field/", "form/", "misc/", "views/", "user/", "includes/", "partials/", "components/"];

/** The files a Twig name may be in a Drupal site, besides the name as written. */
export function drupalCandidatesOf(name: string): string[] {
  const namespaced = NAMESPACE.exec(name);
  if (namespaced) {
    const [, owner, rest] = namespaced as unknown as [string, string, string];
    return [`${owner}/templates/${rest}`, ...EXTENSION_FOLDERS.map((folder) => `${folder}${owner}/templates/${rest}`)];
  }
  if (!name.endsWith(TWIG) || name.includes("/")) return [];
  return TEMPLATE_FOLDERS.flatMap((folder) => [`${folder}${name}`, `templates/${folder}${name}`]);
}

/**
 * Drupal renders every template of a theme's `templates/` inside `page.html.twig`, and that inside
 * `html.html.twig`, where analytics usually sit: a node or view template tagged sensitive reaches
 * both. One link: to `page.html.twig` (which links on to `html.html.twig`), or straight to
 * `html.html.twig` when the theme has no page template of its own (`page--front.html.twig` and
 * the like are page templates themselves).
 */
export function drupalWrapperLinksOf(filename: string): Link[] {
  const normalized = filename.split(path.sep).join("/");
  const base = path.posix.basename(normalized);
  if (!base.endsWith(TWIG) || !normalized.includes("/templates/") || /^html[.-]/.test(base)) return [];
  const wrappers = /^page[.-]/.test(base) ? ["html.html.twig"] : ["page.html.twig", "html.html.twig"];
  const candidates = wrappers.flatMap((target) => [target, ...drupalCandidatesOf(target)]);
  return [{ target: wrappers[0] as string, candidates, range: [0, 0], kind: "wrapper", relative: false }];
}

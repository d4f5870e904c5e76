/**
 * Drupal: tracker scripts a theme attaches to every page. A theme's info.yml lists global
 * libraries (`libraries: [care/analytics]`); its `<theme>.libraries.yml` defines each, and an
 * external script of one (`https://www.googletagmanager.com/gtag/js?id=G-X: { type: external }`)
 * is printed in html.html.twig's placeholders on every page the theme renders.
 */
import path from "node:path";
import { findingOfUrl, urlsIn } from "../detect/urls.js";
import { lineOf } from "../literals.js";
import type { Injection } from "./cms-injections.js";
import { display, readText } from "./cms-plugins.js";
import { yamlOf } from "./drupal-modules.js";

/** The external scripts of the theme's global libraries that load a tracker. */
export function globalLibraryInjectionsOf(info: string, root: string): Injection[] {
  const theme = path.basename(info, ".info.yml");
  const libraries = (yamlOf(readText(info) ?? "") as { libraries?: unknown } | null)?.libraries;
  if (!Array.isArray(libraries)) return [];
  const file = path.join(path.dirname(info), `${theme}.libraries.yml`);
  const text = readText(file);
  const defined = text ? (yamlOf(text) as Record<string, { js?: unknown } | null> | null) : null;
  if (!text || !defined || typeof defined !== "object") return [];
  return libraries.flatMap((name: unknown) => {
    const library = typeof name === "string" && name.startsWith(`${theme}/`) ? defined[name.slice(theme.length + 1)] : undefined;
    const scripts = library?.js && typeof library.js === "object" ? Object.keys(library.js) : [];
    return scripts.flatMap((script) => {
      const at = text.indexOf(script);
      return urlsIn(script).map((hit) => {
        const finding = findingOfUrl(hit, [Math.max(0, at), Math.max(0, at) + script.length]);
        const source = `${display(file, root)}:${lineOf(text, Math.max(0, at))} (library ${name as string}, attached to every page in ${path.basename(info)})`;
        return { source, key: `${file} ${name as string}`, tracker: { vendor: finding.vendor, group: "code" as const, kind: finding.kind, label: finding.label, range: finding.range } };
      });
    });
  });
}

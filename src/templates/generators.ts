/**
 * Which site generators and frameworks a project uses, by the files their conventions put in
 * place: `pixel-guard init` says which ones it found (their layouts need no settings) and suggests
 * `templateRoots` only for a project none of them covers.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { ELEVENTY_CONFIGS, JEKYLL_CONFIG } from "./site-config.js";

interface Generator {
  name: string;
  /** Any of these paths (relative to the project) says the project uses it. */
  markers: string[];
}

const GENERATORS: Generator[] = [
  { name: "Eleventy", markers: ELEVENTY_CONFIGS },
  { name: "Jekyll", markers: [JEKYLL_CONFIG] },
  { name: "Hugo", markers: ["hugo.toml", "hugo.yaml", "hugo.json", "layouts/_default"] },
  { name: "Nuxt", markers: ["nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs"] },
  { name: "SvelteKit", markers: ["src/routes"] },
  { name: "Remix / React Router", markers: ["app/root.tsx", "app/root.jsx", "app/root.ts", "app/root.js"] },
  { name: "Rails", markers: ["app/views/layouts"] },
  { name: "Next.js", markers: ["next.config.js", "next.config.mjs", "next.config.ts"] },
  { name: "Shopify", markers: ["layout/theme.liquid"] },
  { name: "WordPress", markers: ["wp-content", "functions.php"] },
];

/** Folders a site keeps shared templates in when no convention names them. */
const TEMPLATE_FOLDERS = ["templates", "views", "layouts", "partials", "includes"];

/** The generators and frameworks whose files are in `root`. */
export function generatorsIn(root: string): string[] {
  return GENERATORS.filter(({ markers }) => markers.some((marker) => existsSync(path.join(root, marker)))).map(({ name }) => name);
}

/** The `templateRoots` a project still needs: its template folders, when no generator's conventions cover it. */
export function templateRootsNeeded(root: string, generators: readonly string[]): string[] {
  if (generators.length > 0) return [];
  return TEMPLATE_FOLDERS.filter((folder) => existsSync(path.join(root, folder)));
}

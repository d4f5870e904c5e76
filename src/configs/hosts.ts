/**
 * Who parses what. ESLint gives a file one language and one parser, and a shared config that sets
 * a parser replaces the site's own when it comes later in the config array. So pixel-guard's
 * configs set a parser or language only where the project has none of its own for those files:
 * when the framework's parser (or typescript-eslint, @html-eslint, @eslint/css, @eslint/markdown) is installed, the
 * site's config sets it, and pixel-guard's rules run under it (they read any tree, or the text).
 */
import { resolveFromProject } from "../language/typescript-parser.js";

export interface Hosts {
  /** `@typescript-eslint/parser` parses .ts/.tsx. */
  typescript: boolean;
  /** vue-eslint-parser parses .vue. */
  vue: boolean;
  /** svelte-eslint-parser parses .svelte. */
  svelte: boolean;
  /** astro-eslint-parser parses .astro. */
  astro: boolean;
  /** @html-eslint's language or parser reads .html/.htm. */
  html: boolean;
  /** @eslint/css's language reads .css. */
  css: boolean;
  /** @eslint/markdown's language reads .md (`markdown/commonmark`, `markdown/gfm`). */
  markdown: boolean;
  /** @eslint/json's language reads .json. */
  json: boolean;
}

/** The package whose presence means the site parses those files itself. */
const HOST_PACKAGES: Record<keyof Hosts, string> = {
  typescript: "@typescript-eslint/parser",
  vue: "vue-eslint-parser",
  svelte: "svelte-eslint-parser",
  astro: "astro-eslint-parser",
  html: "@html-eslint/parser",
  css: "@eslint/css",
  markdown: "@eslint/markdown",
  json: "@eslint/json",
};


/** pixel-guard parses every file itself: the `pixel-guard` command, which never loads a site's config. */
export const OWN_HOSTS: Hosts = { typescript: false, vue: false, svelte: false, astro: false, html: false, css: false, markdown: false, json: false };

/** The hosts installed in the project ESLint runs in (resolved from `cwd`, as the site's config would import them). */
export function hostsOf(cwd = process.cwd()): Hosts {
  const hosts = { ...OWN_HOSTS };
  for (const key of Object.keys(HOST_PACKAGES) as Array<keyof typeof HOST_PACKAGES>) hosts[key] = resolveFromProject(HOST_PACKAGES[key], cwd, { projectOnly: true }) !== null;
  return hosts;
}

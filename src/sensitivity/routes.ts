/**
 * The URL paths of a site's sensitive pages, where file-based routing gives them: Next.js
 * `pages/` and `app/**\/page.*`, Nuxt `pages/`, SvelteKit `src/routes/**\/+page.svelte`, Astro
 * `src/pages/`, Hugo `content/`, and Jekyll and Eleventy pages (their `permalink:` when they set
 * one). Dynamic segments (`[slug]`, `_id`, `[...rest]`) become wildcards. Read once per root and
 * settings (again after 30 s, for editors), bounded in files and time.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { siteFilesUnder } from "../templates/site-files.js";
import { looksTagged } from "./explicit-tag.js";
import { matchingGlobOf, relativePathOf } from "./globs.js";
import type { SensitiveUrl } from "./url-paths.js";

const LIMITS = { files: 20_000, milliseconds: 3_000, maxAgeMs: 30_000 };
const SKIPPED = new Set(["node_modules", ".git", "vendor", "dist", "build", ".next", ".nuxt", ".svelte-kit", ".astro", "coverage", ".cache", "_site", "public", "resources"]);

/** A routing convention: which files are pages, and the route segments of a page's path. */
interface Convention {
  page: RegExp;
  /** Whether the last segment is the page's folder (`app/support/page.tsx` -> `/support`). */
  folderRoute: boolean;
  /** Whether the page's front matter may set its address (`permalink: /support/`). */
  permalink?: boolean;
  /** The site generator the convention is its own: it applies only in a site of that generator. */
  generator?: "hugo" | "jekyll-or-eleventy";
}

const CONVENTIONS: readonly Convention[] = [
  { page: /^(?:src\/)?app\/(?<route>(?:[^/]+\/)*)page\.(?:[jt]sx?|mdx)$/u, folderRoute: true },
  { page: /^src\/routes\/(?<route>(?:[^/]+\/)*)\+page\.svelte$/u, folderRoute: true },
  { page: /^(?:src\/)?pages\/(?<route>.+)\.(?:[jt]sx?|mdx?|vue|astro|html|svelte)$/u, folderRoute: false },
  { page: /^content\/(?<route>.+)\.(?:md|markdown|html)$/u, folderRoute: false, permalink: true, generator: "hugo" },
  // Jekyll and Eleventy: any page outside their underscore folders (_layouts, _includes, _posts' drafts)
  { page: /^(?<route>(?:[^_./][^/]*\/)*[^_./][^/]*)\.(?:md|markdown|html|njk|liquid)$/u, folderRoute: false, permalink: true, generator: "jekyll-or-eleventy" },
];

/** Next.js's special files and API routes are not pages. */
const NOT_PAGES = /^(?:_app|_document|_error|404|500|api)$/u;
const PERMALINK = /^permalink:[ \t]*["']?(\/[^"'\s]*)/mu;

/** A route segment as a URL path pattern segment; null drops it (`(group)`, `@slot`, `index`). */
function segmentOf(segment: string, last: boolean): string | null {
  if (/^\(.*\)$/u.test(segment) || segment.startsWith("@")) return null;
  if (last && (segment === "index" || segment === "_index")) return null;
  if (/^\[\[?\.\.\./u.test(segment)) return "**";
  if (/^\[.*\]$/u.test(segment) || /^_[a-z]/iu.test(segment)) return "*";
  return segment;
}

/** Files that say which generator a site is built with (Hugo's config; Jekyll's config, Eleventy's config or package). */
const GENERATOR_FILES: Record<NonNullable<Convention["generator"]>, string[]> = {
  hugo: ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml"],
  "jekyll-or-eleventy": ["_config.yml", "_config.yaml", ".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"],
};

/** The generators a site root shows (an Eleventy site may have no config file, only the package). */
export function generatorsOf(root: string): Set<string> {
  const found = new Set<string>();
  for (const [generator, files] of Object.entries(GENERATOR_FILES)) if (files.some((file) => existsSync(path.join(root, file)))) found.add(generator);
  if (readSafely(path.join(root, "package.json")).includes('"@11ty/eleventy"')) found.add("jekyll-or-eleventy");
  return found;
}

/** The URL path pattern of a page at this project path, or null when no convention routes it. */
export function routeOf(relative: string, text: () => string, generators: ReadonlySet<string> = new Set()): string | null {
  for (const convention of CONVENTIONS) {
    if (convention.generator && !generators.has(convention.generator)) continue;
    const match = convention.page.exec(relative);
    if (!match) continue;
    const route = (match.groups?.route ?? "").replace(/\/$/u, "");
    const segments = route === "" ? [] : route.split("/");
    if (segments.some((segment) => NOT_PAGES.test(segment)) && !convention.folderRoute) return null;
    if (convention.permalink) {
      const permalink = PERMALINK.exec(text().slice(0, 2000));
      if (permalink?.[1]) return permalink[1];
    }
    const parts = segments.flatMap((segment, index) => segmentOf(segment, !convention.folderRoute && index === segments.length - 1) ?? []);
    return `/${parts.join("/")}`;
  }
  return null;
}

function routedFilesUnder(root: string, deadline: number): string[] {
  return siteFilesUnder(root, { deadline, limit: LIMITS.files, accept: () => true, skipped: SKIPPED });
}

const cache = new Map<string, { builtAt: number; urls: SensitiveUrl[] }>();

/** The routes of the project's sensitive pages (tagged, or matched by a `sensitive` glob), in path order. */
export function sensitiveRoutesOf(root: string, sensitive: readonly string[]): SensitiveUrl[] {
  const key = JSON.stringify([root, sensitive]);
  const cached = cache.get(key);
  if (cached && Date.now() - cached.builtAt <= LIMITS.maxAgeMs) return cached.urls;
  const deadline = Date.now() + LIMITS.milliseconds;
  const urls: SensitiveUrl[] = [];
  const generators = generatorsOf(root);
  for (const file of routedFilesUnder(root, deadline).sort()) {
    const relative = relativePathOf(file, root);
    let text: string | null = null;
    const read = (): string => (text ??= readSafely(file));
    const route = routeOf(relative, read, generators);
    if (route === null) continue;
    if (!matchingGlobOf(relative, sensitive) && !looksTagged(read())) continue;
    urls.push({ pattern: route, description: `the sensitive page ${relative} (${route})` });
    if (Date.now() > deadline) break;
  }
  cache.set(key, { builtAt: Date.now(), urls });
  return urls;
}

function readSafely(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

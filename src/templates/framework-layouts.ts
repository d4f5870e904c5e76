/**
 * The layouts frameworks wrap pages in by where the files are, with no settings: Hugo (a content
 * page is rendered by `layouts/_default/single.html` or `list.html`, which fill the blocks of
 * `baseof.html`), Nuxt (`layouts/default.vue` around `pages/**`, `app.vue` around everything),
 * SvelteKit (every `+layout.svelte` above a `+page.svelte`, nested) and Remix / React Router
 * (`app/root.tsx` around every route). Each is a wrapper link, relative to the page's folder; an
 * engine that reads these files (Go templates) gets the same links through `frameworkLayoutLinksOf`.
 */
import type { Link } from "../engines/index.js";

const MODULE_EXTENSIONS = [".tsx", ".jsx", ".ts", ".js"];
/** `definePageMeta({ layout: 'support' })`: the Nuxt page picks `layouts/support.vue`; `false` picks none. */
const NUXT_PAGE_LAYOUT = /definePageMeta\(\s*\{[^}]*?\blayout\s*:\s*(?:["']([\w-]+)["']|(false))/u;

function wrapper(target: string, candidates: string[]): Link {
  return { target, candidates, range: [0, 0], kind: "wrapper", relative: true };
}

/** `../` as many times as there are folders between `segments[index]` and the file. */
function upTo(segments: string[], index: number): string {
  return "../".repeat(segments.length - 2 - index);
}

/** Hugo: `content/**` pages through `single.html` (or `list.html` for `_index`); those reach `baseof.html` by their `{{ define }}` (src/engines/go.ts). */
function hugoLinksOf(segments: string[]): Link[] {
  const base = segments[segments.length - 1] ?? "";
  const content = segments.lastIndexOf("content");
  if (content >= 0 && /\.(?:md|markdown|html)$/iu.test(base)) {
    const toSite = `${upTo(segments, content)}../`;
    const section = content < segments.length - 2 ? segments[content + 1] : null;
    const kind = /^_index\./u.test(base) ? "list" : "single";
    const candidates = [...(section ? [`${toSite}layouts/${section}/${kind}.html`] : []), `${toSite}layouts/_default/${kind}.html`];
    return [wrapper(`layouts/_default/${kind}.html`, candidates)];
  }
  // A layout reaches `baseof.html` by its `{{ define }}` blocks: the Go template engine reads that link.
  return [];
}

/** Nuxt: a `pages/` component inside `layouts/<name>.vue` (`default`, or `definePageMeta`'s), everything inside `app.vue`. */
function nuxtLinksOf(segments: string[], text: string): Link[] {
  const base = segments[segments.length - 1] ?? "";
  const pages = segments.lastIndexOf("pages");
  if (pages < 0 || !base.endsWith(".vue")) return [];
  const toSrc = `${upTo(segments, pages)}../`;
  const chosen = NUXT_PAGE_LAYOUT.exec(text);
  const name = chosen?.[2] ? null : (chosen?.[1] ?? "default");
  return [...(name ? [wrapper(`layouts/${name}.vue`, [`${toSrc}layouts/${name}.vue`])] : []), wrapper("app.vue", [`${toSrc}app.vue`])];
}

/** SvelteKit: the nearest `+layout.svelte` at or above a `+page.svelte` (above a `+layout.svelte`), up to `src/routes/`. */
function svelteKitLinksOf(segments: string[]): Link[] {
  const base = segments[segments.length - 1] ?? "";
  const routes = segments.lastIndexOf("routes");
  const isPage = /^\+page(?:@[\w-]*)?\.svelte$/u.test(base);
  const isLayout = /^\+layout\.svelte$/u.test(base);
  if (routes < 0 || (!isPage && !isLayout)) return [];
  const depth = segments.length - 2 - routes; // folders between routes/ and the file
  const candidates: string[] = [];
  for (let up = isLayout ? 1 : 0; up <= depth; up++) candidates.push(`${up === 0 ? "./" : "../".repeat(up)}+layout.svelte`);
  return candidates.length > 0 ? [wrapper("+layout.svelte", candidates)] : [];
}

/** Remix and React Router: every module under `app/routes/` renders inside `app/root`. */
function remixLinksOf(segments: string[]): Link[] {
  const base = segments[segments.length - 1] ?? "";
  const routes = segments.lastIndexOf("routes");
  if (routes < 1 || segments[routes - 1] !== "app" || !/\.[jt]sx?$/u.test(base)) return [];
  const toApp = `${upTo(segments, routes)}../`;
  return [wrapper("app/root", MODULE_EXTENSIONS.map((extension) => `${toApp}root${extension}`))];
}

/** The layouts a framework wraps the file in, by its path (forward or platform slashes). */
export function frameworkLayoutLinksOf(filename: string, text: string): Link[] {
  const segments = filename.split("\\").join("/").split("/");
  return [...hugoLinksOf(segments), ...nuxtLinksOf(segments, text), ...svelteKitLinksOf(segments), ...remixLinksOf(segments)];
}

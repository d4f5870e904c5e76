import path from "node:path";
import type { Link } from "./types.js";

/** `import X from "./y"`, `export … from "@/y"`, `import("./y")`, `require("y")`. */
const IMPORT = /\b(?:from|import|require)\s*(?:\(\s*)?["']([^"'\n]+)["']/g;
/** Specifiers that are never a project file: Node built-ins, URLs, virtual modules. */
const NOT_A_FILE = /^(?:[a-z][\w+.-]*:|\0)/i;
const EXTENSIONS = [".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs"];
const SCRIPT = /\.[cm]?[jt]sx?$/;
/** Vue, Svelte and Astro components: read with their `<script>` (or Astro fence) imports too. */
export const COMPONENT_FILE = /\.(?:vue|svelte|astro)$/i;

function moduleCandidatesOf(specifier: string): string[] {
  if (SCRIPT.test(specifier) || COMPONENT_FILE.test(specifier)) return [specifier];
  return [...EXTENSIONS.map((ext) => `${specifier}${ext}`), ...EXTENSIONS.map((ext) => `${specifier}/index${ext}`)];
}

/**
 * What is tried after an aliased path: nothing when the specifier names its extension; else the
 * path as mapped (an exact alias may map to a file), extensions, and index files.
 */
function aliasEndingsOf(specifier: string): string[] {
  return SCRIPT.test(specifier) || COMPONENT_FILE.test(specifier) ? [""] : ["", ...moduleCandidatesOf("")];
}

/** Next.js app router: every `layout` from the page's folder up to `app/` wraps it. */
function appLayoutsOf(segments: string[], appIndex: number): Link[] {
  const links: Link[] = [];
  const depth = segments.length - 1 - appIndex; // folders between app/ and the page
  for (let up = 0; up < depth; up++) {
    const prefix = up === 0 ? "./" : "../".repeat(up);
    links.push({ target: `${prefix}layout`, candidates: moduleCandidatesOf(`${prefix}layout`), range: [0, 0], kind: "wrapper", relative: true });
  }
  return links;
}

/**
 * JavaScript and TypeScript: relative imports of components, and the wrappers frameworks put around
 * every page: Next.js `app/…/layout` and pages-router `_app` / `_document`, Gatsby's
 * `gatsby-ssr` / `gatsby-browser` around `src/pages/**`.
 */
export function jsLinksOf(text: string, filename: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] as string;
    const range: [number, number] = [match.index, match.index + match[0].length];
    if (/^\.{1,2}\//.test(specifier)) links.push({ target: specifier, candidates: moduleCandidatesOf(specifier), range, kind: "import", relative: true });
    else if (!NOT_A_FILE.test(specifier)) links.push({ target: specifier, candidates: aliasEndingsOf(specifier), range, kind: "import", relative: false, alias: true });
  }
  const segments = filename.split(path.sep).join("/").split("/");
  const base = segments[segments.length - 1] ?? "";
  const appIndex = segments.lastIndexOf("app");
  if (appIndex >= 0 && /^page\.[jt]sx?$/.test(base)) links.push(...appLayoutsOf(segments, appIndex));
  const pagesIndex = segments.lastIndexOf("pages");
  if (pagesIndex >= 0 && !base.startsWith("_") && SCRIPT.test(base)) {
    const up = segments.length - 2 - pagesIndex;
    const prefix = up === 0 ? "./" : "../".repeat(up);
    for (const wrapper of ["_app", "_document"]) links.push({ target: `pages/${wrapper}`, candidates: moduleCandidatesOf(`${prefix}${wrapper}`), range: [0, 0], kind: "wrapper", relative: true });
    if (segments[pagesIndex - 1] === "src") {
      const toRoot = "../".repeat(up + 2);
      for (const wrapper of ["gatsby-ssr", "gatsby-browser"]) links.push({ target: wrapper, candidates: moduleCandidatesOf(`${toRoot}${wrapper}`), range: [0, 0], kind: "wrapper", relative: true });
    }
  }
  return links;
}

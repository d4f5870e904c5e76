import path from "node:path";
import { engineOf, type Link } from "../engines/index.js";

/** The order a bundler tries extensions in. */
const EXTENSIONS = [".tsx", ".ts", ".jsx", ".js", ".mjs", ".cjs"];

/** A specifier that names a module's or a component's file, extension included. */
function namesItsFile(specifier: string): boolean {
  const linted = engineOf(specifier)?.linted;
  return linted === "script" || linted === "components";
}

function moduleCandidatesOf(specifier: string): string[] {
  if (namesItsFile(specifier)) return [specifier];
  return [...EXTENSIONS.map((ext) => `${specifier}${ext}`), ...EXTENSIONS.map((ext) => `${specifier}/index${ext}`)];
}

/**
 * What is tried after an aliased path: nothing when the specifier names its extension; else the
 * path as mapped (an exact alias may map to a file), extensions, and index files.
 */
function aliasEndingsOf(specifier: string): string[] {
  return namesItsFile(specifier) ? [""] : ["", ...moduleCandidatesOf("")];
}

/** An import with the files a bundler would try: extensions and index files, or alias endings. */
export function withModuleCandidates(link: Link): Link {
  return { ...link, candidates: link.alias ? aliasEndingsOf(link.target) : link.relative ? moduleCandidatesOf(link.target) : link.candidates };
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
 * The wrappers frameworks put around every page: Next.js `app/…/layout` and pages-router `_app` /
 * `_document`, Gatsby's `gatsby-ssr` / `gatsby-browser` around `src/pages/**`.
 */
export function frameworkWrapperLinksOf(filename: string): Link[] {
  const links: Link[] = [];
  const segments = filename.split(path.sep).join("/").split("/");
  const base = segments[segments.length - 1] ?? "";
  const appIndex = segments.lastIndexOf("app");
  if (appIndex >= 0 && /^page\.[jt]sx?$/.test(base)) links.push(...appLayoutsOf(segments, appIndex));
  const pagesIndex = segments.lastIndexOf("pages");
  if (pagesIndex >= 0 && !base.startsWith("_") && engineOf(base)?.linted === "script") {
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

import path from "node:path";
import type { Link } from "./types.js";

/** `render "x"`, `render partial: "x"`, `render("shared/x")`. */
const RENDER = /\brender\s*(?:\(\s*)?(?:partial:\s*)?["']([\w./-]+)["']/g;

/** A partial's file: `shared/nav` -> `shared/_nav.html.erb`. */
function partialFilesOf(name: string): string[] {
  const dir = path.posix.dirname(name);
  const base = `_${path.posix.basename(name)}`;
  const file = dir === "." ? base : `${dir}/${base}`;
  return [`${file}.html.erb`, `${file}.erb`];
}

/**
 * Rails ERB: `render` partials (from the view's folder and `app/views/`), and
 * `app/views/layouts/application.html.erb`, which wraps every view that is not itself a layout or a partial.
 */
export function erbLinksOf(text: string, filename: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(RENDER)) {
    const name = match[1] as string;
    const files = partialFilesOf(name);
    links.push({ target: name, candidates: [...files, ...files.map((file) => `app/views/${file}`)], range: [match.index, match.index + match[0].length], kind: "render", relative: false });
  }
  const normalized = filename.split(path.sep).join("/");
  const isView = /(?:^|\/)app\/views\//.test(normalized) && !normalized.includes("/layouts/") && !path.posix.basename(normalized).startsWith("_");
  if (isView) links.push({ target: "app/views/layouts/application.html.erb", candidates: ["app/views/layouts/application.html.erb"], range: [0, 0], kind: "wrapper", relative: false });
  return links;
}

import { HTML_COMMENT } from "./shared-syntax.js";
import { fileNamesOf, linksMatching, type CommentSyntax, type Engine, type Link } from "./types.js";

/** `{{ template "x" . }}`, `{{- template "partials/x.html" . -}}`; Hugo's built-in `_internal/` templates are not files. */
const TEMPLATE = /\{\{-?\s*template\s+"(?!_internal\/)([^"\n]+)"/g;
/** Hugo: `{{ partial "x.html" . }}`, `{{ partialCached "x" . }}`, `{{ $x := partial "x" . }}`. */
const PARTIAL = /\bpartial(?:Cached)?\s+"([^"\n]+)"/g;
/** A template that defines blocks (`{{ define "main" }}`) fills a Hugo `baseof.html`, which wraps it. */
const DEFINE = /\{\{-?\s*define\s+"[^"\n]+"/;

/** The file a Hugo layout's `baseof.html` is: in its own folder (a section's), else `_default/`. */
export const HUGO_BASEOF = ["baseof.html", "_default/baseof.html"];

/** `{{/* … *\/}}` and `{{- /* … *\/ -}}`: Go templates' only comments. */
const GO_COMMENTS: CommentSyntax[] = [
  { open: "{{/*", close: "*/}}", in: "template" },
  { open: "{{- /*", close: "*/ -}}", in: "template" },
];

/**
 * Named templates as written (a name is often the file's), Hugo partials (looked up in
 * `partials/` by src/templates/folders.ts), and the `baseof.html` a template with a
 * `{{ define }}` fills.
 */
function goLinksOf(text: string): Link[] {
  const templates = linksMatching(text, TEMPLATE, (match, range) => ({ target: match[1] as string, candidates: [match[1] as string], range, kind: "template", relative: false }));
  const partials = linksMatching(text, PARTIAL, (match, range) => {
    const name = match[1] as string;
    return { target: name, candidates: fileNamesOf(name, [".html", ""]), range, kind: "partial", relative: false };
  });
  const define = DEFINE.exec(text);
  const base: Link[] = define ? [{ target: "baseof.html", candidates: HUGO_BASEOF, range: [define.index, define.index + define[0].length], kind: "baseof", relative: false }] : [];
  return [...base, ...templates, ...partials];
}

/** Go's html/template and Hugo layouts (which are `.html` files: the html engine reads these links too). */
export const go: Engine = {
  id: "go",
  name: "Go templates, Hugo",
  extensions: [".gohtml", ".gotmpl", ".tmpl"],
  linted: "html",
  comments: [HTML_COMMENT, ...GO_COMMENTS],
  mask: {},
  fence: "yaml",
  links: [{ engine: "go", writes: ['{{ template "x" . }}', '{{ partial "x.html" . }}', '{{ define "main" }} (fills baseof.html)'], read: goLinksOf }],
};

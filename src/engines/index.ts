/**
 * The template engines the plugin reads, one file each (the bottom layer: it imports nothing of the
 * plugin but src/literals.ts). Adding an engine: its file here, its line in `ENGINES`, fixtures.
 */
import { astro } from "./astro.js";
import { blade } from "./blade.js";
import { ejs } from "./ejs.js";
import { erb } from "./erb.js";
import { handlebars } from "./handlebars.js";
import { html } from "./html.js";
import { liquid } from "./liquid.js";
import { markdown } from "./markdown.js";
import { nunjucks } from "./nunjucks.js";
import { php } from "./php.js";
import { script } from "./script.js";
import { stylesheet } from "./stylesheet.js";
import { svelte } from "./svelte.js";
import type { CommentSyntax, Engine } from "./types.js";
import { vue } from "./vue.js";
import { razor } from "./razor.js";
import { jsp } from "./jsp.js";
import { thymeleaf } from "./thymeleaf.js";
import { freemarker } from "./freemarker.js";
import { smarty } from "./smarty.js";
import { silverstripe } from "./silverstripe.js";
import { go } from "./go.js";
import { pug } from "./pug.js";
import { ssi } from "./ssi.js";

export type * from "./types.js";

/** Every engine, in the order the docs and the flat-config globs list them. */
export const ENGINES: readonly Engine[] = [
  ...[html, nunjucks, liquid, handlebars, ejs, erb, php, blade, vue, svelte, astro, stylesheet, script],
  // issue 10: ASP.NET and Java engines, Smarty, Silverstripe; Markdown content
  ...[razor, jsp, thymeleaf, freemarker, smarty, silverstripe, markdown],
  // issue 10: Pug, Go templates and Hugo, server-side includes
  ...[pug, go, ssi],
];

/** Each extension with its engine, longest first: `.blade.php` before `.php`, `.html.erb` before `.erb`. */
const BY_EXTENSION: Array<[string, Engine]> = ENGINES.flatMap((engine) => engine.extensions.map((extension): [string, Engine] => [extension, engine])).sort(
  (a, b) => b[0].length - a[0].length,
);

/** The engine of a file, by its extension in any letter case (`Index.HTML` is html); undefined for others. */
export function engineOf(filename: string): Engine | undefined {
  const name = filename.toLowerCase();
  return BY_EXTENSION.find(([extension]) => name.endsWith(extension))?.[1];
}

/** Flat-config globs of the engines a config lints, skipping an extension another one already covers (`.blade.php`). */
function globsOf(linted: Engine["linted"]): string[] {
  const extensions = ENGINES.filter((engine) => engine.linted === linted).flatMap((engine) => engine.extensions);
  const kept = extensions.filter((extension) => !extensions.some((other) => other !== extension && extension.endsWith(other)));
  return kept.map((extension) => `**/*${extension}`);
}

/** The files the html language reads, as flat-config globs (stylesheets are read as a page holding one `<style>`). */
export const HTML_FILES: string[] = globsOf("html");

/** Framework components read as pages by a config of their own (their own plugins usually parse them). */
export const COMPONENT_FILES: string[] = globsOf("components");

/** Every comment syntax of every engine, each once. */
export const COMMENT_SYNTAXES: readonly CommentSyntax[] = [
  ...new Map(ENGINES.flatMap((engine) => engine.comments).map((comment) => [`${comment.open}\0${comment.close}`, comment])).values(),
];

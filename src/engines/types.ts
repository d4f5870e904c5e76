/**
 * What an engine is, as data: the files it owns, how it writes comments, which template delimiters
 * the html language masks before parsing, and how a template names the files it pulls in.
 */
import path from "node:path";

/** A pair of delimiters around something the markup parser must not read as markup. */
export interface Delimiter {
  open: string;
  close: string;
  /** Not when a name follows the opener directly (`{#name` is a JavaScript class's private field). */
  notBeforeName?: boolean;
  /** Masked only in the engine's own files (Blade's `{{-- --}}`); others are masked in every page. */
  ownFilesOnly?: boolean;
  /** Not when whitespace follows the opener directly (Smarty's auto-literal: `{ ` is text). */
  notBeforeSpace?: boolean;
}

/**
 * A comment syntax, for sensitivity tags and eslint-disable directives. `markup` comments are
 * parse5's (`<!-- -->`), `template` ones are masked and read by the html language, `statement`
 * ones are template statements (`{% comment %}`), and `code` ones sit inside code (`<?php /* *\/ ?>`,
 * a script, a stylesheet); `//` runs to the end of the line (`close` is `\n`).
 */
export interface CommentSyntax extends Delimiter {
  in: "markup" | "template" | "statement" | "code";
}

/** A template tag that is not a comment: masked as a tag. */
export interface TagSyntax extends Delimiter {
  /** The tag prints a value (`{{ x }}`, `<%= x %>`): its expression is read as page data. */
  prints?: boolean;
  /** Unclosed, it runs to the end of the file (PHP) rather than being left as text. */
  toEndWhenUnclosed?: boolean;
  /** The opener in any letter case after its first two characters (`<?PHP`). */
  anyCase?: boolean;
  /** The tag opens a literal block up to this end tag (Smarty's `{literal}` … `{/literal}`): its content is read as markup and code. */
  literalUntil?: string;
}

/** `{% name %}` statements, and the blocks whose content is not markup. */
export interface StatementSyntax {
  open: string;
  close: string;
  /** `{% comment %}…{% endcomment %}`: the whole block is a comment. */
  commentBlocks: string[];
  /** `{% raw %}…{% endraw %}`: the content is literal text (printed as is). */
  rawBlocks: string[];
  /** A statement whose name starts with this is a comment (Liquid's `{% # note %}`). */
  lineComment?: string;
}

/** Blade-style `@name(...)` directives, masked in the engine's own files. */
export interface DirectiveSyntax {
  /** What opens a directive (`@`). */
  sigil: string;
  /** `@php … @endphp`: code up to the end directive, masked whole (when written without arguments). */
  codeBlocks: string[];
  /** `@verbatim … @endverbatim`: the content is literal text. */
  rawBlocks: string[];
  /** Names after the sigil that are never directives (CSS at-rules in a `<style>`). */
  notDirectives: ReadonlySet<string>;
  /** Written before a tag opener, the tag is printed as is (`@{{ x }}`). */
  escapes: string[];
}

/** What the html language masks in the engine's files. */
export interface MaskSyntax {
  tags?: TagSyntax[];
  text?: string[];
  statements?: StatementSyntax;
  directives?: DirectiveSyntax;
  /**
   * Single-brace expressions instead of delimited tags (Svelte, Astro): every balanced `{ … }` in
   * the markup; the bodies of `<script>` and `<style>` are code and left alone.
   */
  braces?: boolean;
  /** Razor-style `@` code: expressions, `@{ }` blocks and `@if (…) { }` statements whose markup stays readable. */
  code?: CodeSyntax;
}

/** Code written after a sigil in the markup (Razor's `@`), masked with the markup inside it left readable. */
export interface CodeSyntax {
  sigil: string;
  /** Written twice (`@@`), the sigil is printed as is. */
  escapes: string[];
  /** `@:` — the rest of the line is markup (inside a code block). */
  textLine: string;
  /** `@model X`, `@using X`, `@inject X Y`: masked to the end of the line. */
  lineDirectives: string[];
  /** `@if (…) { }`, `@foreach`, `@section Name { }`, `@functions { }`: a header, then a code block. */
  blockKeywords: string[];
  /** `} else {`, `} catch (…) {`: a keyword after a block that opens the next block of the same statement. */
  continuations: string[];
  /** `@await x`: a keyword before an expression. */
  prefixes: string[];
  /** Names after the sigil that are never code (CSS at-rules in a `<style>`). */
  notCode: ReadonlySet<string>;
}

/**
 * A link as the template writes it: the name, and the files that name may mean (with the engine's
 * extensions, Blade's dots as folders, Rails' `_partial`), before the site's conventions add the
 * folders they are looked up in (src/templates/).
 */
export interface Link {
  /** What the file wrote (`"layouts/base.njk"`, `header`, `./Analytics`), or the wrapper's path for implicit links. */
  target: string;
  /** Candidate paths, relative to the roots the resolver tries, most likely first. */
  candidates: string[];
  /** Where the link is written (offsets in the file); an implicit wrapper link points at the file's start. */
  range: [number, number];
  /** `extends`, `include`, `layout`, `render`, `partial`, `import`, `wrapper` (a layout that wraps every page below it)... */
  kind: string;
  /** Resolve the candidates against the file's own folder only (`./x`, `include_relative`). */
  relative: boolean;
  /**
   * A module specifier that is not relative (`@/components/Pixel`, `~/x`, `components/x`): looked up
   * through the project's tsconfig/jsconfig `paths` and `baseUrl`; `candidates` are then the endings
   * tried after the mapped path (`.tsx`, `/index.ts`, ...).
   */
  alias?: boolean;
  /**
   * A `/`-rooted name is looked up from the nearest folder above the file that holds this entry
   * (JSP's web app root: the folder holding `WEB-INF`); without one, as the other names are.
   */
  rootedAt?: string;
}

/** One engine's link syntax: what it reads (for the docs) and the reader. */
export interface LinkSyntax {
  /** The engine whose syntax this is (a `.html` page is read with other engines' syntaxes). */
  engine: string;
  /** The tags, as the docs list them: `{% extends %}`, `{{> partial}}`. */
  writes: string[];
  read(text: string): Link[];
}

export interface Engine {
  id: string;
  /** As a web editor knows it: "Nunjucks, Jinja, Twig". */
  name: string;
  /** File endings, lower case, with the dot; the longest one a file name ends with wins (`.blade.php`). */
  extensions: string[];
  /** Which config lints the files: the html language's (`HTML_FILES`), its components config, or JavaScript's. */
  linted: "html" | "components" | "script";
  comments: CommentSyntax[];
  mask: MaskSyntax;
  /** `yaml`: a `---` block at the top is front matter; `code`: it is server code (Astro). */
  fence: "yaml" | "code";
  links: LinkSyntax[];
}

/** The `[start, end)` offsets of a regex match. */
export function rangeOf(match: RegExpMatchArray): [number, number] {
  const start = match.index ?? 0;
  return [start, start + match[0].length];
}

/** The files a name may mean: as written when it has an extension, else with each of `extensions` (`""`: bare). */
export function fileNamesOf(name: string, extensions: readonly string[]): string[] {
  return path.extname(name) ? [name] : extensions.map((extension) => `${name}${extension}`);
}

/** One link per match of `pattern` (a global regex) that `linkOf` makes a link of. */
export function linksMatching(text: string, pattern: RegExp, linkOf: (match: RegExpMatchArray, range: [number, number]) => Link | null): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(pattern)) {
    const link = linkOf(match, rangeOf(match));
    if (link) links.push(link);
  }
  return links;
}

/**
 * The nodes of the `pixel-guard/html` language. ESTree-like: every node has `type`, `range` and
 * `loc` in file coordinates (line 1-based, column 0-based), so ESLint reports, disable comments and
 * `sourceCode.getText(node)` work the same as for JavaScript.
 */
import { VisitorKeys as estreeVisitorKeys } from "espree";
import type * as ESTree from "estree";

export type Range = [number, number];

export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

interface BaseNode {
  /** `range[0]` and `range[1]` as numbers, as acorn gives them. */
  start: number;
  end: number;
  range: Range;
  loc: SourceLocation;
}

/** YAML front matter (`---` ... `---` at the very start of the file). */
export interface FrontMatter extends BaseNode {
  type: "FrontMatter";
  /** The parsed YAML; null when it is empty or does not parse. */
  value: unknown;
  /** The YAML error, with its file line and column, when the front matter does not parse. */
  error?: string;
}

/** The root: the whole file. */
export interface Document extends BaseNode {
  type: "Document";
  children: ChildNode[];
  /** HTML and template comments, in file order. Off the tree, like ESLint keeps comments. */
  comments: Comment[];
  /** Every masked template tag that is not a comment (`{{ }}`, `{% %}`, `<% %>`, `<?php ?>`, ...). */
  templateTags: TemplateTag[];
  frontMatter: FrontMatter | null;
  /**
   * Every inline script and `on*` handler that parsed, the same Programs that hang under their
   * elements and attributes (not walked twice: `visitorKeys` do not list it). Lets the SourceCode
   * gather script comments, and a rule find the scripts, without walking the page.
   */
  scripts: ESTree.Program[];
  /** Set on the minimal tree (language/minimal-tree.ts): the page was not parsed, it holds nothing the plugin looks for. */
  minimal?: true;
}

export interface Element extends BaseNode {
  type: "Element";
  /** Lowercase tag name. */
  name: string;
  attributes: Attribute[];
  /** Empty for `<script>` and `<style>`: their body is in `text`. */
  children: ChildNode[];
  /** The body of a JavaScript `<script>`, parsed, in file coordinates. */
  script: ESTree.Program | null;
  /** Why a JavaScript `<script>` body did not parse (file line 1-based, column 0-based). */
  scriptError: ScriptError | null;
  /** The raw (unmasked) text of a `<script>` or `<style>` body; null for other elements. */
  text: string | null;
  textRange: Range | null;
}

export interface Attribute extends BaseNode {
  type: "Attribute";
  /** Lowercase name; `prefix:name` for namespaced SVG attributes (`xlink:href`). */
  name: string;
  /** Entity-decoded value (template tags inside it read as spaces); "" for a bare attribute. */
  value: string;
  /** The value's source range, inside the quotes; null for a bare attribute. */
  valueRange: Range | null;
  /** An `on*` event handler's value, parsed as a script, in file coordinates. */
  script: ESTree.Program | null;
}

export interface Text extends BaseNode {
  type: "Text";
  /** Entity-decoded text (template tags inside it read as spaces). */
  value: string;
}

export interface Comment extends BaseNode {
  type: "Comment";
  /** The text inside the delimiters (`<!-- -->`, `{# #}`, `{{!-- --}}`, `<%# %>`, ...). */
  value: string;
  kind: "html" | "template";
}

export interface TemplateTag extends BaseNode {
  type: "TemplateTag";
  /** The original raw text of the tag, delimiters included. */
  value: string;
}

export interface ScriptError {
  message: string;
  line: number;
  column: number;
}

export type ChildNode = Element | Text;

/** The nodes of this language (ESTree nodes live under `Element.script` and `Attribute.script`). */
export type HtmlNode = Document | Element | Attribute | Text | Comment | TemplateTag;

/** Anything that has a location: HTML nodes, front matter, ESTree nodes and ESTree comments. */
export type SyntaxElement = HtmlNode | FrontMatter | ESTree.Node | ESTree.Comment;

/** How ESLint walks the tree: the HTML nodes, then every ESTree key inside the scripts. */
export const visitorKeys: Record<string, string[]> = {
  ...(estreeVisitorKeys as Record<string, readonly string[]> as Record<string, string[]>),
  Document: ["children"],
  Element: ["attributes", "children", "script"],
  Attribute: ["script"],
  Text: [],
  Comment: [],
  TemplateTag: [],
};

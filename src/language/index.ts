/**
 * The `pixel-guard/html` language: HTML pages and server templates (Nunjucks, Jinja, Twig, Liquid,
 * Handlebars, Mustache, EJS, ERB, PHP, Blade) as one tree of elements, attributes and text, with
 * every inline `<script>` and `on*` handler parsed as ESTree in file coordinates.
 */
import type { File, Language, OkParseResult } from "@eslint/core";
import { visitorKeys, type Document, type HtmlNode } from "./ast.js";
import { parseHtml } from "./parse.js";
import { HtmlSourceCode, type HtmlLanguageOptions } from "./source-code.js";

export type { Attribute, ChildNode, Comment, Document, Element, FrontMatter, HtmlNode, TemplateTag, Text } from "./ast.js";
export { HtmlSourceCode, type AnyComment, type HtmlLanguageOptions } from "./source-code.js";
export { parseHtml, type HtmlParseResult } from "./parse.js";

/** The files the language reads, as flat-config globs. */
export const HTML_FILES: string[] = [
  "**/*.html", "**/*.htm",
  "**/*.njk", "**/*.nunjucks",
  "**/*.jinja", "**/*.jinja2", "**/*.j2",
  "**/*.twig",
  "**/*.liquid",
  "**/*.hbs", "**/*.handlebars", "**/*.mustache",
  "**/*.ejs",
  "**/*.erb", // includes .html.erb
  "**/*.php", // includes .blade.php
];

/**
 * Options the JavaScript language takes. Shared configs set them without `files` (typescript-eslint's
 * `base` sets `parser` and `sourceType` for every file), so they reach HTML files too: accepted and
 * ignored, where any other key is an error.
 */
const JAVASCRIPT_OPTIONS = new Set(["ecmaVersion", "sourceType", "globals", "parser", "parserOptions"]);

export const html: Language<{
  LangOptions: HtmlLanguageOptions;
  Code: HtmlSourceCode;
  RootNode: Document;
  Node: HtmlNode;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: "type",
  visitorKeys,
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions) {
    if (languageOptions === undefined || languageOptions === null) return;
    if (typeof languageOptions !== "object" || Array.isArray(languageOptions)) {
      throw new TypeError("pixel-guard/html: languageOptions must be an object.");
    }
    for (const key of Object.keys(languageOptions)) {
      if (!JAVASCRIPT_OPTIONS.has(key)) {
        throw new TypeError(`pixel-guard/html: unknown language option "${key}" (this language takes no options).`);
      }
    }
  },

  parse(file: File) {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return parseHtml(text, file.path);
  },

  createSourceCode(file: File, result: OkParseResult<Document>) {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new HtmlSourceCode({ text, ast: result.ast });
  },
};

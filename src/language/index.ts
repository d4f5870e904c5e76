/**
 * The `pixel-guard/html` language: HTML pages and server templates (Nunjucks, Jinja, Twig, Liquid,
 * Handlebars, Mustache, EJS, ERB, PHP, Blade) as one tree of elements, attributes and text, with
 * every inline `<script>` and `on*` handler parsed as ESTree in file coordinates.
 */
import type { File, Language, OkParseResult } from "@eslint/core";
import type * as ESTree from "estree";
import { visitorKeys, type Document, type HtmlNode } from "./ast.js";
import { canUseMinimalTree, minimalDocument } from "./minimal-tree.js";
import { parsePage } from "./parse-source.js";
import { HtmlSourceCode, type HtmlLanguageOptions } from "./source-code.js";

export type { Attribute, ChildNode, Comment, Document, Element, FrontMatter, HtmlNode, TemplateTag, Text } from "./ast.js";
export { HtmlSourceCode, type AnyComment, type HtmlLanguageOptions } from "./source-code.js";
export { parseHtml, type HtmlParseResult } from "./parse.js";
export { setFullTreeTest } from "./minimal-tree.js";
export { isJsonFile, isScriptFile, parsePage, parseSource, STYLESHEET, TYPESCRIPT_FILE, type ParsedSource } from "./parse-source.js";

/**
 * The files the language reads (`HTML_FILES`), and framework components read as pages
 * (`COMPONENT_FILES`: Vue, Svelte, Astro; their own ESLint plugins parse these files with a
 * JavaScript parser, and ESLint runs one language per file, so they have a config of their own,
 * `configs.components`), as flat-config globs made from the engines (src/engines/).
 */
export { COMPONENT_FILES, HTML_FILES } from "../engines/index.js";

/**
 * Options the JavaScript language takes. Shared configs set them without `files` (typescript-eslint's
 * `base` sets `parser` and `sourceType` for every file), so they reach HTML files too: accepted and
 * ignored, where any other key is an error.
 */
const JAVASCRIPT_OPTIONS = new Set(["ecmaVersion", "sourceType", "globals", "parser", "parserOptions"]);

/** `fullTree: true`: every page parsed fully, also those that hold nothing pixel-guard looks for (language/minimal-tree.ts). */
const FULL_TREE = "fullTree";

export const html: Language<{
  LangOptions: HtmlLanguageOptions;
  Code: HtmlSourceCode;
  RootNode: Document;
  Node: HtmlNode | ESTree.Node;
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
    for (const [key, value] of Object.entries(languageOptions)) {
      if (key === FULL_TREE) {
        if (typeof value !== "boolean") throw new TypeError(`pixel-guard/html: languageOptions.${FULL_TREE} must be true or false.`);
      } else if (!JAVASCRIPT_OPTIONS.has(key)) {
        throw new TypeError(`pixel-guard/html: unknown language option "${key}" (this language takes only "${FULL_TREE}").`);
      }
    }
  },

  parse(file: File, context?: { languageOptions?: HtmlLanguageOptions }) {
    try {
      const text = textOf(file);
      const fullTree = (context?.languageOptions as Record<string, unknown> | undefined)?.[FULL_TREE] === true;
      if (!fullTree && canUseMinimalTree(text)) return { ok: true as const, ast: minimalDocument(text) };
      return parsePage(text, file.path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ message: `pixel-guard/html could not read this file: ${reason}`, line: 1, column: 0 }] };
    }
  },

  createSourceCode(file: File, result: OkParseResult<Document>) {
    return new HtmlSourceCode({ text: textOf(file), ast: result.ast });
  },

  /** Selector classes (`:function`, `:expression`, ...) for the ESTree nodes of inline scripts. */
  matchesSelectorClass(className, node, ancestry) {
    const { type } = node;
    const parent = ancestry[0] as { type?: string } | undefined;
    const isDeclaration = type.endsWith("Declaration");
    const isExpression =
      type.endsWith("Expression") ||
      type.endsWith("Literal") ||
      type === "MetaProperty" ||
      (type === "Identifier" && parent?.type !== "MetaProperty");
    switch (className.toLowerCase()) {
      case "statement":
        return type.endsWith("Statement") || isDeclaration;
      case "declaration":
        return isDeclaration;
      case "pattern":
        return type.endsWith("Pattern") || isExpression;
      case "expression":
        return isExpression;
      case "function":
        return type === "FunctionDeclaration" || type === "FunctionExpression" || type === "ArrowFunctionExpression";
      default:
        return false;
    }
  },
};

/** ESLint reads text files as strings; a byte body (from a processor) is decoded as UTF-8. */
function textOf(file: File): string {
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
}

/**
 * The one parse entry point for any file pixel-guard reads: pages, templates, components and
 * stylesheets through the html language's parser (Pug through Pug's parser, src/language/pug.ts) (masking, parse5, espree for scripts and
 * handlers), JavaScript through espree, TypeScript through the project's typescript-eslint when it
 * has one. The rules use it for files another plugin's parser read (vue-eslint-parser,
 * svelte-eslint-parser, astro-eslint-parser, @html-eslint), and the template graph for the files a
 * page pulls in, so every file is read the same way whoever linted it.
 */
import * as espree from "espree";
import { engineOf } from "../engines/index.js";
import type * as ESTree from "estree";
import { visitorKeys as pageKeys, type Document } from "./ast.js";
import { markdownAsHtml } from "./markdown.js";
import { parseHtml, type HtmlParseResult } from "./parse.js";
import { parsePug } from "./pug.js";
import { stylesheetDocument } from "./stylesheet.js";
import { typescriptParserOf } from "./typescript-parser.js";

type Keys = Readonly<Record<string, readonly string[] | undefined>>;

/** A file, parsed: a page (the html language's Document), a script (ESTree), or text only. */
export type ParsedSource =
  | { kind: "page"; ast: Document; visitorKeys: Keys }
  | { kind: "script"; ast: ESTree.Program; visitorKeys: Keys }
  /** TypeScript with no TypeScript parser installed, or a script that does not parse: read by the token scan. */
  | { kind: "text"; ast: null; visitorKeys: Keys; error: string | null };

/** TypeScript, of the script engine's extensions: read with typescript-eslint's parser. */
export const TYPESCRIPT_FILE = /\.[cm]?tsx?$/iu;

/** A stylesheet path (`.css`, `.scss`): read as a page holding one `<style>`. */
export const STYLESHEET: { test(filename: string): boolean } = { test: (filename) => engineOf(filename)?.id === "stylesheet" };

/** A Markdown page (`.md`, `.markdown`, `.mdx`): only its raw HTML and front matter are read as a page. */
export const MARKDOWN: { test(filename: string): boolean } = { test: (filename) => engineOf(filename)?.id === "markdown" };

/** A Markdown page as the html language's Document, at the .md file's offsets; never throws. */
function parseMarkdown(text: string, filename: string): HtmlParseResult {
  let page: string;
  try {
    page = markdownAsHtml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ message: `pixel-guard/html could not read this Markdown file: ${reason}`, line: 1, column: 0 }] };
  }
  return parseHtml(page, filename);
}

const scriptKeys = espree.VisitorKeys as Keys;

/** Whether a path is a JSON file: data, never a page; only a tag-manager container export in one is read. */
export function isJsonFile(filename: string): boolean {
  return /\.json$/iu.test(filename);
}

/** Whether a path is a JavaScript or TypeScript module rather than a page (`x.astro/0_0.ts` blocks included). */
export function isScriptFile(filename: string): boolean {
  return engineOf(filename)?.id === "script";
}

/** A page, template, component or stylesheet as the html language's Document; never throws. */
export function parsePage(text: string, filename: string): HtmlParseResult {
  if (STYLESHEET.test(filename)) return { ok: true, ast: stylesheetDocument(text) };
  if (MARKDOWN.test(filename)) return parseMarkdown(text, filename);
  // Pug is not markup: read with Pug's own parser into the same Document
  if (engineOf(filename)?.id === "pug") return parsePug(text, filename);
  return parseHtml(text, filename);
}

/** Any file, parsed the way its extension says; never throws. */
export function parseSource(text: string, filename: string): ParsedSource {
  if (!isScriptFile(filename)) {
    const page = parsePage(text, filename);
    if (page.ok) return { kind: "page", ast: page.ast, visitorKeys: pageKeys };
    return { kind: "text", ast: null, visitorKeys: scriptKeys, error: page.errors[0]?.message ?? "unreadable" };
  }
  try {
    return { kind: "script", ast: parseScriptFile(text, filename), visitorKeys: scriptKeys };
  } catch (error) {
    return { kind: "text", ast: null, visitorKeys: scriptKeys, error: error instanceof Error ? error.message : String(error) };
  }
}

function parseScriptFile(text: string, filename: string): ESTree.Program {
  const jsx = /x$/iu.test(filename);
  if (TYPESCRIPT_FILE.test(filename)) {
    const typescript = typescriptParserOf();
    if (!typescript) throw new Error("TypeScript is read as text: no @typescript-eslint/parser is installed");
    return typescript.parse(text, { jsx, range: true, loc: true, comment: true }) as ESTree.Program;
  }
  return espree.parse(text, { ecmaVersion: "latest", sourceType: "module", range: true, loc: true, comment: true, ecmaFeatures: { jsx: true } }) as unknown as ESTree.Program;
}

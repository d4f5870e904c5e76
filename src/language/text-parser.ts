/**
 * A parser for the `js/js` language, for files that pixel-guard reads as text: Vue, Svelte and
 * Astro components in a project without their framework's parser, and TypeScript in a project
 * without typescript-eslint. ESLint gets an empty Program (so the JavaScript rules a site runs on
 * every file find nothing to trip on) holding the file's HTML and template comments as block
 * comments, so `<!-- eslint-disable-next-line -->` directives work; pixel-guard's rules read the
 * page the parser already built (`parserServices.pixelGuard`), through the same parse entry point
 * as everywhere else.
 */
import type * as ESTree from "estree";
import { LineIndex } from "./line-index.js";
import { isScriptFile, parseSource, type ParsedSource } from "./parse-source.js";
import { HtmlSourceCode } from "./source-code.js";
import { typescriptParserOf } from "./typescript-parser.js";

/** What the parser hands the rules: the file, already parsed. */
export interface TextParserServices {
  pixelGuard: { parsed: ParsedSource };
}

const VISITOR_KEYS = { Program: ["body"] };

export const textParser = {
  meta: { name: "pixel-guard/text-parser", version: "1" },
  parseForESLint(text: string, options: { filePath?: string } = {}) {
    const filename = options.filePath ?? "";
    const parsed = parseSource(text, filename);
    const lines = new LineIndex(text);
    const comments = parsed.kind === "page" ? blockCommentsOf(new HtmlSourceCode({ text, ast: parsed.ast }), lines) : scriptCommentsOf(parsed);
    const ast = {
      type: "Program",
      body: [],
      sourceType: isScriptFile(filename) ? "module" : "script",
      range: [0, text.length],
      loc: { start: { line: 1, column: 0 }, end: lines.positionOf(text.length) },
      tokens: [],
      comments,
    };
    const services: TextParserServices = { pixelGuard: { parsed } };
    return { ast, services, visitorKeys: VISITOR_KEYS };
  },
};

/** A page's HTML, template and script comments, as ESTree block comments. */
function blockCommentsOf(sourceCode: HtmlSourceCode, lines: LineIndex): ESTree.Comment[] {
  return sourceCode.getAllComments().map((comment) => {
    const range = (comment as { range: [number, number] }).range;
    const type = comment.type === "Line" ? "Line" : "Block";
    return { type, value: comment.value, range, loc: { start: lines.positionOf(range[0]), end: lines.positionOf(range[1]) } } as ESTree.Comment;
  });
}

/** A script's own comments, when it parsed. */
function scriptCommentsOf(parsed: ParsedSource): ESTree.Comment[] {
  return parsed.kind === "script" ? (parsed.ast.comments ?? []) : [];
}

/**
 * For TypeScript files where the site sets no parser: typescript-eslint's parser when it can be
 * loaded (from the project, or beside the plugin), loaded on the first .ts file; else the text parser.
 */
export const typescriptOrTextParser = {
  meta: { name: "pixel-guard/typescript-or-text-parser", version: "1" },
  parseForESLint(text: string, options: { filePath?: string } = {}): unknown {
    const typescript = typescriptParserOf();
    return typescript ? typescript.parseForESLint(text, options) : textParser.parseForESLint(text, options);
  },
};

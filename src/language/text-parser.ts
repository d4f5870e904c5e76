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
import { isJsonFile, isScriptFile, parseSource, type ParsedSource } from "./parse-source.js";
import { HtmlSourceCode } from "./source-code.js";
import { typescriptParserOf } from "./typescript-parser.js";

/** What the parser hands the rules: the file, parsed on first use (most pages never need it). */
export interface TextParserServices {
  pixelGuard: { parsed: () => ParsedSource };
}

/** Words every ESLint directive comment holds (`eslint-disable…`, `eslint …`, `global`, `exported`). */
const DIRECTIVE_WORD = /eslint|global|exported/u;

const VISITOR_KEYS = { Program: ["body"] };

export const textParser = {
  meta: { name: "pixel-guard/text-parser", version: "1" },
  parseForESLint(text: string, options: { filePath?: string } = {}) {
    const filename = options.filePath ?? "";
    let result: ParsedSource | undefined;
    const parsed = (): ParsedSource => (result ??= parseSource(text, filename));
    const lines = new LineIndex(text);
    // ESLint needs the comments only for its directives; pixel-guard parses a page only when it holds
    // something to look for (a catalogue needle, a tag), which is decided from the text.
    // JSON has no comments: a container export's "Global site tag" must not make the whole file parse
    const comments = DIRECTIVE_WORD.test(text) && !isJsonFile(filename) ? commentsOf(parsed(), text, lines) : [];
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

/** A file's comments, as ESTree comments: a page's HTML, template and script comments as block comments. */
function commentsOf(parsed: ParsedSource, text: string, lines: LineIndex): ESTree.Comment[] {
  if (parsed.kind === "script") return parsed.ast.comments ?? [];
  if (parsed.kind !== "page") return [];
  return new HtmlSourceCode({ text, ast: parsed.ast }).getAllComments().map((comment) => {
    const range = (comment as { range: [number, number] }).range;
    const type = comment.type === "Line" ? "Line" : "Block";
    return { type, value: comment.value, range, loc: { start: lines.positionOf(range[0]), end: lines.positionOf(range[1]) } } as ESTree.Comment;
  });
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

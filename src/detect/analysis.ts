/**
 * One analysis per file, whoever parsed it. When the tree is pixel-guard's own (the html
 * language's Document, or ESTree from espree or typescript-eslint for a script), the scan reads it;
 * when another plugin's parser made it (vue-eslint-parser, svelte-eslint-parser,
 * astro-eslint-parser, @html-eslint's language or parser) or pixel-guard's text parser stood in,
 * the file's text is read through the html language's own parse entry point, once, and only when
 * the text holds something to look for. Findings are file offsets either way.
 */
import { HtmlSourceCode, isJsonFile, isScriptFile, parseSource, type ParsedSource } from "../language/index.js";
import type { TextParserServices } from "../language/text-parser.js";
import { lostBomOf } from "../locations.js";
import { perFile } from "../per-file.js";
import { EMPTY_SCAN, type FileScan } from "./findings.js";
import { containerOf, type Container } from "./gtm/container.js";
import { scanFile } from "./scan.js";
import type { VisitorKeys } from "./walk.js";

/** A comment as the tag reader needs it. */
export interface CommentLike {
  value: string;
  loc?: { start: { line: number } } | null;
}

/** The part of any language's SourceCode the analysis reads. */
export interface HostSourceCode {
  text: string;
  ast: unknown;
  visitorKeys?: VisitorKeys;
  parserServices?: unknown;
  getAllComments?: () => ReadonlyArray<CommentLike>;
}

/** The part of a rule context the analysis needs. */
export interface AnalysisContext {
  sourceCode: HostSourceCode;
  filename: string;
  physicalFilename?: string;
}

/** The file as pixel-guard reads it: its text, and its tree (parsed on first use when it is not ours). */
export interface FileView {
  text: string;
  /** The file on disk (a processor's block names its file). */
  filename: string;
  /** The Document or ESTree Program; null when the file is read as text only (no parser for it). */
  readonly ast: unknown;
  readonly visitorKeys: VisitorKeys;
  /** Whether the tree is the html language's Document. */
  readonly isPage: boolean;
  comments(): ReadonlyArray<CommentLike>;
  /** Why the file could not be parsed by the entry point, when that happened. */
  readonly error: string | null;
}

export interface Analysis {
  view: FileView;
  scan: FileScan;
  /** A Google Tag Manager container export's tags and triggers (a .json file holding one). */
  container: Container | null;
}

/** The analysis of the file being linted, computed once and shared by every rule. */
export const analysisOf: (context: AnalysisContext) => Analysis = perFile((context: AnalysisContext) => {
  const filename = context.physicalFilename ?? context.filename;
  if (isJsonFile(filename)) return jsonAnalysisOf(context.sourceCode.text, filename);
  const view = viewOf(context.sourceCode, filename);
  return { view, scan: scanFile(view), container: null };
}, (context) => context.sourceCode);

/** A JSON file is never parsed as a page: a container's tags are read, any other JSON costs one `includes`. */
function jsonAnalysisOf(text: string, filename: string): Analysis {
  const view: FileView = { text, filename, ast: null, visitorKeys: {}, isPage: false, comments: () => [], error: null };
  const container = containerOf(text);
  return { view, scan: container?.scan ?? EMPTY_SCAN, container };
}

/** How a file is read: its own tree when pixel-guard can read it, else its text through the entry point. */
export function viewOf(sourceCode: HostSourceCode, filename: string): FileView {
  const text = parsedTextOf(sourceCode);
  if (sourceCode instanceof HtmlSourceCode) {
    // the minimal tree of a page that holds nothing to look for: parsed fully only if a question needs it
    if (sourceCode.ast.minimal) return parsedView(text, filename, () => parseSource(text, filename));
    return { text, filename, ast: sourceCode.ast, visitorKeys: sourceCode.visitorKeys, isPage: true, comments: () => sourceCode.getAllComments(), error: null };
  }
  const handed = (sourceCode.parserServices as Partial<TextParserServices> | undefined)?.pixelGuard?.parsed;
  if (handed) return parsedView(text, filename, handed);
  const ast = sourceCode.ast as { type?: string } | null;
  if (isScriptFile(filename) && ast?.type === "Program") {
    return { text, filename, ast, visitorKeys: sourceCode.visitorKeys ?? {}, isPage: false, comments: () => sourceCode.getAllComments?.() ?? [], error: null };
  }
  return parsedView(text, filename, () => parseSource(text, filename));
}

/** The text the parser read: with the second BOM of a file that starts with two (`lostBomOf`). */
function parsedTextOf(sourceCode: HostSourceCode): string {
  return lostBomOf(sourceCode) ? `\uFEFF${sourceCode.text}` : sourceCode.text;
}

/** A view of a file parsed by the entry point, on first use. */
export function parsedView(text: string, filename: string, parse: () => ParsedSource): FileView {
  let parsed: ParsedSource | null = null;
  const get = (): ParsedSource => (parsed ??= parse());
  let comments: ReadonlyArray<CommentLike> | null = null;
  return {
    text,
    filename,
    get ast() {
      return get().ast;
    },
    get visitorKeys() {
      return get().visitorKeys;
    },
    // Decided by the file's kind, not by parsing it: most pages are never parsed.
    isPage: !isScriptFile(filename),
    get error() {
      const result = get();
      return result.kind === "text" && !isScriptFile(filename) ? result.error : null;
    },
    comments() {
      if (comments) return comments;
      const result = get();
      if (result.kind === "page") comments = new HtmlSourceCode({ text, ast: result.ast }).getAllComments();
      else if (result.kind === "script") comments = result.ast.comments ?? [];
      else comments = [];
      return comments;
    },
  };
}

/**
 * Pug -> Document. Pug is not markup: parse5 cannot read it and masking cannot turn it into
 * markup at the same offsets (a `script.` block has no end tag to write). The file is read with
 * Pug's own lexer and parser (`pug-lexer`, `pug-parser`, what `pug` itself compiles with) and its
 * tags, attributes, text, comments and `script.` bodies become the language's nodes, at the
 * places the parser gives (1-based lines and columns, turned into file offsets), so the detectors
 * see `script(src=…)`, `img(src=…)`, `onclick=` and `fbq(…)` in a script body at their real line
 * and column. Interpolations (`#{id}`) read as blanks, as template tags do in other pages.
 */
import lex from "pug-lexer";
import parse from "pug-parser";
import type * as ESTree from "estree";
import type { Attribute, ChildNode, Comment, Document, Element, Range, Text } from "./ast.js";
import { LineIndex } from "./line-index.js";
import { parseHtml, type HtmlParseResult } from "./parse.js";
import { isEventHandlerName, isJavaScriptScript, parseScript } from "./scripts.js";
import { blankOut } from "./segments.js";

/** The parts of pug-parser's nodes read here. */
interface PugNode {
  type: string;
  line?: number;
  column?: number;
  name?: string;
  val?: string | boolean;
  buffer?: boolean;
  isInline?: boolean;
  attrs?: Array<{ name: string; val: string | boolean; line: number; column: number }>;
  block?: PugNode | null;
  nodes?: PugNode[];
  consequent?: PugNode | null;
  alternate?: PugNode | null;
}

/** A node's Pug children, in order: a block's nodes, a tag's or mixin's block, both branches of an `if`. */
function kidsOfPug(node: PugNode): PugNode[] {
  if (node.nodes) return node.nodes;
  return [node.block, node.consequent, node.alternate].filter((kid): kid is PugNode => Boolean(kid));
}

/** Offsets from Pug's 1-based lines and columns. */
class Offsets {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) this.#starts.push(at + 1);
  }

  of(line: number | undefined, column: number | undefined): number {
    return (this.#starts[Math.max(0, (line ?? 1) - 1)] ?? 0) + Math.max(0, (column ?? 1) - 1);
  }
}

interface Reader {
  text: string;
  lines: LineIndex;
  at: Offsets;
  scripts: ESTree.Program[];
  comments: Comment[];
  /** The places of the file's text (not script or style bodies): Pug prints it raw, markup included. */
  texts: Range[];
  /** Some text holds markup (`<script>` pasted as is, `| <img …>`, a `div.` block of HTML). */
  hasMarkup: boolean;
}

function located<T extends object>(node: T, start: number, end: number, lines: LineIndex): T & { start: number; end: number; range: Range; loc: ReturnType<LineIndex["locOfOffsets"]> } {
  return Object.assign(node, { start, end, range: [start, end] as Range, loc: lines.locOfOffsets(start, end) });
}

/** A quoted string literal's content (`"x"`, `'x'`, a backtick string with no `${`), or null for an expression. */
function literalOf(value: string): string | null {
  const quote = value[0];
  if (value.length < 2 || value[value.length - 1] !== quote) return null;
  if (quote !== '"' && quote !== "'" && quote !== "`") return null;
  const inner = value.slice(1, -1);
  if (quote === "`" && inner.includes("${")) return null;
  return inner.replace(/\\(.)/gu, "$1");
}

function attributeOf(attr: NonNullable<PugNode["attrs"]>[number], reader: Reader): Attribute {
  const { text, lines } = reader;
  const start = reader.at.of(attr.line, attr.column);
  const name = attr.name.toLowerCase();
  const node = (value: string, end: number, valueRange: Range | null): Attribute => located({ type: "Attribute" as const, name, value, valueRange, script: null }, start, end, lines);
  if (typeof attr.val !== "string") return node("", start + attr.name.length, null);
  // `.pixel` and `#tracker` shorthands are class and id attributes
  if ((name === "class" || name === "id") && (text[start] === "." || text[start] === "#")) {
    const value = literalOf(attr.val) ?? "";
    return node(value, start + 1 + value.length, [start + 1, start + 1 + value.length]);
  }
  const at = text.indexOf(attr.val, start + attr.name.length);
  const valueStart = at >= 0 ? at : start;
  const end = valueStart + attr.val.length;
  const literal = literalOf(attr.val);
  if (literal === null) return node("", end, null);
  const valueRange: Range = [valueStart + 1, end - 1];
  const attribute = node(literal, end, valueRange);
  if (isEventHandlerName(name) && /\S/u.test(literal)) {
    const exact = text.slice(valueRange[0], valueRange[1]) === literal;
    const parsed = parseScript({ code: literal, start: valueRange[0], tags: [], handler: true, ...(exact ? {} : { clampTo: valueRange[1] }) }, lines);
    attribute.script = parsed.program;
    if (parsed.program) reader.scripts.push(parsed.program);
  }
  return attribute;
}

/** A text node's place when it is the file's own text there (not a line break Pug adds). */
function placeOf(node: PugNode, reader: Reader): Range | null {
  if (typeof node.val !== "string" || node.val === "\n") return null;
  const start = reader.at.of(node.line, node.column);
  return reader.text.startsWith(node.val, start) ? [start, start + node.val.length] : null;
}

/**
 * The places of a text node's lines: Pug joins consecutive lines of raw HTML (`<script …>` lines)
 * into one node, each line found again on its own line of the file.
 */
function linePlacesOf(node: PugNode, reader: Reader): Range[] {
  const whole = placeOf(node, reader);
  if (whole || typeof node.val !== "string") return whole ? [whole] : [];
  return node.val.split("\n").flatMap((piece, i): Range[] => {
    if (piece === "") return [];
    const lineStart = reader.at.of((node.line ?? 1) + i, 1);
    const lineEnd = reader.text.indexOf("\n", lineStart);
    const at = reader.text.indexOf(piece, lineStart);
    return at >= 0 && (lineEnd < 0 || at + piece.length <= lineEnd) ? [[at, at + piece.length]] : [];
  });
}

/** A `script.` or `script` + `|` body: its text nodes at their places, everything else (interpolations, pipes) blank. */
function readBody(element: Element, body: PugNode[], reader: Reader): void {
  const places = body.filter((kid) => kid.type === "Text").map((kid) => placeOf(kid, reader)).filter((place): place is Range => place !== null);
  const first = places[0];
  const last = places[places.length - 1];
  if (!first || !last) {
    element.text = "";
    element.textRange = [element.end, element.end];
    return;
  }
  const [start, end] = [first[0], last[1]];
  let code = blankOut(reader.text.slice(start, end));
  for (const [from, to] of places) code = code.slice(0, from - start) + reader.text.slice(from, to) + code.slice(to - start);
  element.text = reader.text.slice(start, end);
  element.textRange = [start, end];
  if (end > element.end) Object.assign(element, located({}, element.start, end, reader.lines));
  if (element.name !== "script" || !isJavaScriptScript(element.attributes) || !/\S/u.test(code)) return;
  const module = element.attributes.some((attribute) => attribute.name === "type" && attribute.value.trim().toLowerCase() === "module");
  const parsed = parseScript({ code, start, tags: [], module }, reader.lines);
  element.script = parsed.program;
  element.scriptError = parsed.error;
  if (parsed.program) reader.scripts.push(parsed.program);
}

function elementOf(tag: PugNode, reader: Reader): Element {
  const start = reader.at.of(tag.line, tag.column);
  const attributes = (tag.attrs ?? []).map((attr) => attributeOf(attr, reader));
  const end = Math.max(start + (tag.name ?? "").length, ...attributes.map((attribute) => attribute.end));
  const element: Element = located(
    { type: "Element" as const, name: (tag.name ?? "").toLowerCase(), attributes, children: [] as ChildNode[], script: null, scriptError: null, text: null, textRange: null },
    start,
    end,
    reader.lines,
  );
  if (element.name === "script" || element.name === "style") readBody(element, tag.block?.nodes ?? [], reader);
  return element;
}

/** `//- x` (not rendered: a template comment) and `// x` (rendered as `<!-- x -->`), with their indented lines. */
function commentOf(node: PugNode, reader: Reader): Comment {
  const start = reader.at.of(node.line, node.column);
  const lines = (node.block?.nodes ?? []).map((kid) => ({ kid, place: placeOf(kid, reader) }));
  const head = typeof node.val === "string" ? node.val : "";
  const ownEnd = start + (node.buffer ? 2 : 3) + head.length;
  const end = Math.max(ownEnd, ...lines.map(({ place }) => place?.[1] ?? 0));
  const value = [head, ...lines.filter(({ place }) => place).map(({ kid }) => kid.val as string)].join("\n");
  return located({ type: "Comment" as const, value, kind: node.buffer ? ("html" as const) : ("template" as const) }, start, end, reader.lines);
}

/** Every Pug node, depth first without recursion, hung under the element it is written in. */
function childrenOf(root: PugNode, reader: Reader): ChildNode[] {
  const top: ChildNode[] = [];
  const opened: Element[] = [];
  const stack: Array<{ node: PugNode; into: ChildNode[] }> = [{ node: root, into: top }];
  while (stack.length > 0) {
    const { node, into } = stack.pop() as { node: PugNode; into: ChildNode[] };
    let inner = into;
    if (node.type === "Tag") {
      const element = elementOf(node, reader);
      into.push(element);
      opened.push(element);
      if (element.text !== null) continue;
      inner = element.children;
    } else if (node.type === "Comment" || node.type === "BlockComment") {
      reader.comments.push(commentOf(node, reader));
      continue;
    } else if (node.type === "Text") {
      const places = linePlacesOf(node, reader);
      for (const [start, end] of places) into.push(located<Text>({ type: "Text", value: reader.text.slice(start, end) } as Text, start, end, reader.lines));
      reader.texts.push(...places);
      if ((node.val as string).includes("<")) reader.hasMarkup = true;
      continue;
    } else if (node.type === "Filter" || node.type === "Code") {
      continue; // `:markdown-it` bodies and `- code` are not markup
    }
    const kids = kidsOfPug(node);
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push({ node: kids[i] as PugNode, into: inner });
  }
  // an element ends where its last child does (children were made after their parents)
  for (let i = opened.length - 1; i >= 0; i -= 1) {
    const element = opened[i] as Element;
    const last = element.children[element.children.length - 1];
    if (last && last.end > element.end) Object.assign(element, located({}, element.start, last.end, reader.lines));
  }
  return top;
}

/**
 * The markup Pug prints raw, read as HTML at its own offsets: the file's text kept, every other
 * character blanked (line breaks kept), one parse for the whole file; its elements join the top
 * level, its comments and scripts the Document's.
 */
function rawMarkupOf(reader: Reader): Document | null {
  if (!reader.hasMarkup) return null;
  let masked = blankOut(reader.text);
  for (const [from, to] of reader.texts) masked = masked.slice(0, from) + reader.text.slice(from, to) + masked.slice(to);
  const parsed = parseHtml(masked, "raw.html");
  return parsed.ok ? parsed.ast : null;
}

/** A Pug file as the html language's Document; a Pug syntax error is the one parse failure. */
export function parsePug(text: string, filename: string): HtmlParseResult {
  let root: PugNode;
  try {
    root = parse(lex(text, { filename }), { filename, src: text }) as PugNode;
  } catch (error) {
    const { msg, message, line, column } = error as { msg?: string; message?: string; line?: number; column?: number };
    return { ok: false, errors: [{ message: `pixel-guard could not read this Pug file: ${msg ?? message ?? String(error)}`, line: line ?? 1, column: Math.max(0, (column ?? 1) - 1) }] };
  }
  const lines = new LineIndex(text);
  const reader: Reader = { text, lines, at: new Offsets(text), scripts: [], comments: [], texts: [], hasMarkup: false };
  const children = childrenOf(root, reader);
  const raw = rawMarkupOf(reader);
  if (raw) {
    // its elements (the text around them is already the Pug elements' text)
    for (const child of raw.children) if (child.type === "Element") children.push(child);
    reader.comments.push(...raw.comments);
    reader.scripts.push(...raw.scripts);
  }
  reader.comments.sort((a, b) => a.range[0] - b.range[0]);
  const range: Range = [0, text.length];
  const ast: Document = { type: "Document", children, comments: reader.comments, templateTags: [], frontMatter: null, scripts: reader.scripts, start: 0, end: text.length, range, loc: lines.locOf(range) };
  return { ok: true, ast };
}

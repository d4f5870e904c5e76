/**
 * What an element holds besides its children: its attributes (an `on*` handler parsed as a
 * script) and the body of a `<script>` or `<style>` (a JavaScript body parsed, in file coordinates).
 */
import type { Token } from "parse5";
import type * as ESTree from "estree";
import type { Attribute, Range } from "./ast.js";
import type { LineIndex } from "./line-index.js";
import type { MaskedSegment } from "./segments.js";
import { AttributeNode, ElementNode, LocatedNode } from "./nodes.js";
import { isEventHandlerName, parseScript, scriptKindOf } from "./scripts.js";

/** One page being parsed. */
export interface Page {
  /** The file as it is. */
  original: string;
  /** The file as parse5 saw it (template syntax and front matter blanked out). */
  masked: string;
  lines: LineIndex;
  /** The masked template tags, in file order. */
  segments: MaskedSegment[];
  /** Every script and handler parsed so far. */
  scripts: ESTree.Program[];
}

/** An element's attributes, from parse5's tokens and the start tag's location. */
export function attributesOf(tokens: Token.Attribute[], where: Token.ElementLocation, page: Page): Attribute[] {
  return tokens.map((token) => attributeOf(token, where, page));
}

function attributeOf(token: Token.Attribute, where: Token.ElementLocation, page: Page): Attribute {
  const name = (token.prefix ? `${token.prefix}:${token.name}` : token.name).toLowerCase();
  const at = where.attrs?.[name];
  const range: Range = at
    ? [at.startOffset, at.endOffset]
    : [where.startOffset, (where.startTag ?? where).endOffset];
  const valueRange = at ? valueRangeOf(page.masked, range) : null;
  const node = new AttributeNode(name, token.value, range[0], range[1], valueRange?.[0] ?? -1, valueRange?.[1] ?? -1, page.lines);
  if (valueRange && isEventHandlerName(name) && /\S/u.test(token.value)) {
    const exact = page.masked.slice(valueRange[0], valueRange[1]) === token.value;
    const parsed = parseScript(
      {
        code: token.value,
        start: valueRange[0],
        tags: segmentsIn(page.segments, valueRange[0], valueRange[1]),
        handler: true,
        ...(exact ? {} : { clampTo: valueRange[1] }),
      },
      page.lines,
    );
    node.script = parsed.program;
    if (parsed.program) page.scripts.push(parsed.program);
  }
  return node;
}

/** A `<script>` or `<style>` body: raw text, and for JavaScript, the parsed Program. */
export function readBody(element: ElementNode, where: Token.ElementLocation, page: Page): void {
  const start = (where.startTag ?? where).endOffset;
  // unclosed at the end of the file, parse5 ends the element at its start tag: the text runs on
  const last = element.children[element.children.length - 1];
  const textEnd = last ? last.end : 0;
  const endTag = ElementNode.endTagOf(element);
  const end = Math.max(start, endTag?.startOffset ?? Math.max(element.end, textEnd));
  if (end > element.end) LocatedNode.moveTo(element, element.start, end);
  element.text = page.original.slice(start, end);
  element.textRange = [start, end];
  const kind = element.name === "script" ? scriptKindOf(element.attributes) : "other";
  if (kind === "other") return;
  const code = page.masked.slice(start, end);
  if (!/\S/u.test(code)) return;
  const type = element.attributes.find((attribute) => attribute.name === "type");
  const module = type?.value.trim().toLowerCase() === "module";
  const parsed = parseScript({ code, start, tags: segmentsIn(page.segments, start, end), module }, page.lines);
  element.script = parsed.program;
  // A held script that does not parse may be text after all (a template parked as text/plain): no error, read as text.
  element.scriptError = kind === "held" ? null : parsed.error;
  if (parsed.program) page.scripts.push(parsed.program);
}

/** The masked segments inside [from, to), by binary search (segments are in file order). */
function segmentsIn(segments: MaskedSegment[], from: number, to: number): MaskedSegment[] {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid]?.range[0] ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  const found: MaskedSegment[] = [];
  for (let i = low; i < segments.length; i += 1) {
    const segment = segments[i] as MaskedSegment;
    if (segment.range[0] >= to) break;
    found.push(segment);
  }
  return found;
}

/** The range of an attribute's value inside its quotes, from the attribute's source range. */
function valueRangeOf(text: string, [start, end]: Range): Range | null {
  let at = start + 1;
  while (at < end && text[at] !== "=") at += 1;
  if (at >= end) return null;
  at += 1;
  while (at < end && " \t\n\r\f".includes(text[at] as string)) at += 1;
  const quote = text[at];
  if (quote === '"' || quote === "'") {
    const close = end - 1 > at && text[end - 1] === quote ? end - 1 : end;
    return [at + 1, close];
  }
  return [at, end];
}

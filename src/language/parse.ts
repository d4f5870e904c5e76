/**
 * Text -> Document. Front matter and template syntax are blanked out first (same length), then
 * parse5 builds the tree with its own error recovery, and an iterative walk turns it into the AST:
 * a page of 20,000 nested elements does not touch the call stack.
 */
import { parse as parseDocument, parseFragment, type DefaultTreeAdapterTypes as P5, type Token } from "parse5";
import type { Attribute, ChildNode, Comment, Document, Element, Range, TemplateTag } from "./ast.js";
import { frontMatterOf } from "./front-matter.js";
import { LineIndex } from "./line-index.js";
import { isBladeFile, maskTemplateSyntax, templateCommentValue, type MaskedSegment } from "./mask.js";
import { isJavaScriptScript, parseScript } from "./scripts.js";

export interface ParseFailure {
  message: string;
  line: number;
  column: number;
}

export type HtmlParseResult = { ok: true; ast: Document } | { ok: false; errors: ParseFailure[] };

/** parse5 options: locations on, and `<noscript>` content parsed as the markup it is. */
const PARSE5_OPTIONS = { sourceCodeLocationInfo: true, scriptingEnabled: false } as const;

/** A whole page (parse5 `parse`) rather than a partial (parse5 `parseFragment`). */
const WHOLE_PAGE = /<(?:!doctype|html|head|body)[\s/>]/iu;

/** Parses HTML or template text; never throws (an internal failure is one error at 1:0). */
export function parseHtml(text: string, filename = ""): HtmlParseResult {
  try {
    return { ok: true, ast: documentOf(text, filename) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ message: `pixel-guard/html could not read this file: ${reason}`, line: 1, column: 0 }] };
  }
}

function documentOf(text: string, filename: string): Document {
  const lines = new LineIndex(text);
  const front = frontMatterOf(text, lines);
  const from = front.frontMatter ? front.frontMatter.range[1] : 0;
  const masked = maskTemplateSyntax(front.text, { blade: isBladeFile(filename), from });
  const root = WHOLE_PAGE.test(masked.text)
    ? parseDocument(masked.text, PARSE5_OPTIONS)
    : parseFragment(masked.text, PARSE5_OPTIONS);
  const builder = new TreeBuilder(text, masked.text, lines, masked.segments);
  const children = builder.build(root.childNodes);
  const templateTags: TemplateTag[] = [];
  const comments = builder.comments;
  for (const segment of masked.segments) {
    const loc = lines.locOf(segment.range);
    if (segment.kind === "comment") {
      const value = templateCommentValue(segment.value);
      comments.push({ type: "Comment", value, kind: "template", range: segment.range, loc });
    } else {
      templateTags.push({ type: "TemplateTag", value: segment.value, range: segment.range, loc });
    }
  }
  comments.sort((a, b) => a.range[0] - b.range[0]);
  const range: Range = [0, text.length];
  return {
    type: "Document",
    children,
    comments,
    templateTags,
    frontMatter: front.frontMatter,
    range,
    loc: lines.locOf(range),
  };
}

/** The walk's stack: parse5 nodes still to convert, and the array each one goes into. */
interface Pending {
  nodes: P5.ChildNode[];
  into: ChildNode[][];
}

class TreeBuilder {
  readonly comments: Comment[] = [];

  constructor(
    /** The file as it is. */
    private readonly original: string,
    /** The file as parse5 saw it. */
    private readonly masked: string,
    private readonly lines: LineIndex,
    private readonly segments: MaskedSegment[],
  ) {}

  /** Converts parse5 nodes, depth first with an explicit stack, keeping document order. */
  build(nodes: P5.ChildNode[]): ChildNode[] {
    const top: ChildNode[] = [];
    const stack: Pending = { nodes: [], into: [] };
    pushAll(stack, nodes, top);
    while (stack.nodes.length > 0) {
      const node = stack.nodes.pop() as P5.ChildNode;
      const into = stack.into.pop() as ChildNode[];
      if (node.nodeName === "#text") {
        const where = (node as P5.TextNode).sourceCodeLocation;
        if (!where) continue;
        const range: Range = [where.startOffset, where.endOffset];
        into.push({ type: "Text", value: (node as P5.TextNode).value, range, loc: this.lines.locOf(range) });
      } else if (node.nodeName === "#comment") {
        this.comment(node as P5.CommentNode);
      } else if (node.nodeName !== "#documentType") {
        this.element(node as P5.Element, into, stack);
      }
    }
    return top;
  }

  private element(node: P5.Element, into: ChildNode[], stack: Pending): void {
    const where = node.sourceCodeLocation;
    const kids = node.nodeName === "template" ? [...node.childNodes, ...(node as P5.Template).content.childNodes] : node.childNodes;
    if (!where) {
      // an element parse5 invented (html, head, body, tbody): its children take its place
      pushAll(stack, kids, into);
      return;
    }
    const range: Range = [where.startOffset, where.endOffset];
    const element: Element = {
      type: "Element",
      name: node.tagName.toLowerCase(),
      attributes: node.attrs.map((attribute) => this.attribute(attribute, where)),
      children: [],
      script: null,
      scriptError: null,
      text: null,
      textRange: null,
      range,
      loc: this.lines.locOf(range),
    };
    into.push(element);
    if (element.name === "script" || element.name === "style") this.body(element, where, kids);
    else pushAll(stack, kids, element.children);
  }

  /** A `<script>` or `<style>` body: raw text, and for JavaScript, the parsed Program. */
  private body(element: Element, where: Token.ElementLocation, kids: P5.ChildNode[]): void {
    const start = where.startTag?.endOffset ?? where.endOffset;
    // unclosed at the end of the file, parse5 ends the element at its start tag: the text runs on
    const textEnd = (kids.at(-1) as P5.TextNode | undefined)?.sourceCodeLocation?.endOffset ?? 0;
    const end = Math.max(start, where.endTag?.startOffset ?? Math.max(where.endOffset, textEnd));
    if (end > element.range[1]) {
      element.range = [element.range[0], end];
      element.loc = this.lines.locOf(element.range);
    }
    element.text = this.original.slice(start, end);
    element.textRange = [start, end];
    if (element.name !== "script" || !isJavaScriptScript(element.attributes)) return;
    const code = this.masked.slice(start, end);
    if (!/\S/u.test(code)) return;
    const type = element.attributes.find((attribute) => attribute.name === "type");
    const module = type?.value.trim().toLowerCase() === "module";
    const parsed = parseScript({ code, start, tags: this.segmentsIn(start, end), module }, this.lines);
    element.script = parsed.program;
    element.scriptError = parsed.error;
  }

  private attribute(attribute: Token.Attribute, where: Token.ElementLocation): Attribute {
    const name = (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
    const at = where.attrs?.[name];
    const range: Range = at
      ? [at.startOffset, at.endOffset]
      : [where.startOffset, where.startTag?.endOffset ?? where.endOffset];
    const valueRange = at ? valueRangeOf(this.masked, range) : null;
    const node: Attribute = {
      type: "Attribute",
      name,
      value: attribute.value,
      valueRange,
      script: null,
      range,
      loc: this.lines.locOf(range),
    };
    if (valueRange && name.length > 2 && name.startsWith("on") && /\S/u.test(attribute.value)) {
      const raw = this.masked.slice(valueRange[0], valueRange[1]);
      const exact = raw === attribute.value;
      const parsed = parseScript(
        {
          code: attribute.value,
          start: valueRange[0],
          tags: this.segmentsIn(valueRange[0], valueRange[1]),
          handler: true,
          ...(exact ? {} : { clampTo: valueRange[1] }),
        },
        this.lines,
      );
      node.script = parsed.program;
    }
    return node;
  }

  /** An HTML comment; its value is read from the original text so template tags inside survive. */
  private comment(node: P5.CommentNode): void {
    const where = node.sourceCodeLocation;
    if (!where) return;
    const { startOffset: start } = where;
    const data = node.data;
    // `<!--data-->`, bogus `<!data>` / `</data>`, and `<?data>` (the `?` is part of the data)
    const at = [start + 4, start + 2, start + 1].find((offset) => this.masked.startsWith(data, offset));
    const value = at === undefined ? data : this.original.slice(at, at + data.length);
    const range: Range = [where.startOffset, where.endOffset];
    this.comments.push({ type: "Comment", value, kind: "html", range, loc: this.lines.locOf(range) });
  }

  /** The masked segments inside [from, to), by binary search (segments are in file order). */
  private segmentsIn(from: number, to: number): MaskedSegment[] {
    const { segments } = this;
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
}

/** Pushes nodes so that they pop in document order. */
function pushAll(stack: Pending, nodes: P5.ChildNode[], into: ChildNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    stack.nodes.push(nodes[i] as P5.ChildNode);
    stack.into.push(into);
  }
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

/**
 * Text -> Document. Front matter and template syntax are blanked out first (same length), then
 * parse5 builds the tree, with its own error recovery, straight into the language's nodes
 * (tree-adapter.ts); `finishTree` then tidies it into the AST without recursion, so a page of
 * 20,000 nested elements does not touch the call stack.
 */
import { parse as parseDocument, parseFragment, type Token } from "parse5";
import { engineOf } from "../engines/index.js";
import type { ChildNode, Comment, Document, Range, TemplateTag } from "./ast.js";
import { attributesOf, readBody, type Page } from "./element-parts.js";
import { fenceEndOf, frontMatterOf } from "./front-matter.js";
import { LineIndex } from "./line-index.js";
import { maskTemplateSyntax } from "./mask.js";
import { blankOut, templateCommentValue } from "./segments.js";
import { CommentNode, ElementNode, TemplateTagNode, TextNode, kidsOf, type ParseChild } from "./nodes.js";
import { createTreeAdapter, type BuiltTree } from "./tree-adapter.js";

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
  const engine = engineOf(filename);
  // an Astro component's `---` fence is server code, not YAML: it is masked like a PHP block
  const codeFence = engine?.fence === "code";
  const front = codeFence ? { frontMatter: null, text } : frontMatterOf(text, lines);
  const fence = codeFence ? fenceEndOf(text) : -1;
  const from = front.frontMatter ? front.frontMatter.range[1] : Math.max(0, fence);
  const masked = maskTemplateSyntax(front.text, { engine, from });
  if (fence > 0) {
    masked.segments.unshift({ kind: "tag", value: text.slice(0, fence), range: [0, fence] });
    masked.text = blankOut(text.slice(0, fence)) + masked.text.slice(fence);
  }
  const page: Page = { original: text, masked: masked.text, lines, segments: masked.segments, scripts: [] };
  const treeAdapter = createTreeAdapter(lines, masked.text, (data, where) => commentValueOf(page, data, where));
  const options = { ...PARSE5_OPTIONS, treeAdapter };
  const root = WHOLE_PAGE.test(masked.text) ? parseDocument(masked.text, options) : parseFragment(masked.text, options);
  const children = finishTree(kidsOf(root), treeAdapter, page);
  const comments: Comment[] = treeAdapter.comments.filter((comment) => comment.start >= 0);
  const templateTags: TemplateTag[] = [];
  for (const segment of masked.segments) {
    if (segment.kind === "comment") {
      const [start, end] = segment.range;
      comments.push(new CommentNode(templateCommentValue(segment.value), "template", start, end, lines));
    } else {
      templateTags.push(new TemplateTagNode(segment.value, segment.range, lines));
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
    scripts: page.scripts,
    start: 0,
    end: text.length,
    range,
    loc: lines.locOf(range),
  };
}

/**
 * Makes the AST of what parse5 built: comments leave the children (the Document keeps them), text
 * parse5 gave no location is dropped, an element parse5 invented (no location) gives its place to
 * its children, and each element gets its attributes and, for `<script>` and `<style>`, its body.
 */
function finishTree(top: ParseChild[], built: BuiltTree, page: Page): ChildNode[] {
  const children = tidy(top);
  for (const text of built.texts) if (text.start >= 0) TextNode.settle(text, page.masked);
  for (const element of built.elements) {
    // invented elements (start -1: their children are moved up by tidy) and those never placed have no `where`
    const where = ElementNode.whereOf(element);
    if (where) {
      element.children = tidy(kidsOf(element));
      const tokens = ElementNode.tokensOf(element);
      if (tokens.length > 0) element.attributes = attributesOf(tokens, where, page);
      if (element.name === "script" || element.name === "style") {
        readBody(element, where, page);
        element.children = [];
      }
    }
    ElementNode.release(element);
  }
  return children;
}

/** The children that belong in the AST, in order, in an array of their own size. */
function tidy(children: ParseChild[]): ChildNode[] {
  if (children.length === 0) return children as ChildNode[];
  if (children.every(belongs)) return children.slice() as ChildNode[];
  const kept: ChildNode[] = [];
  const stack: ParseChild[] = [];
  for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as ParseChild);
  while (stack.length > 0) {
    const child = stack.pop() as ParseChild;
    if (belongs(child)) kept.push(child as ChildNode);
    else if (child instanceof ElementNode) {
      const kids = kidsOf(child);
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i] as ParseChild);
    }
  }
  return kept;
}

function belongs(child: ParseChild): boolean {
  // placed by parse5: an element it invented, or text it gave no location, has start -1
  return (child instanceof TextNode || child instanceof ElementNode) && child.start >= 0;
}

/** An HTML comment's value, read from the original text so template tags inside survive. */
function commentValueOf(page: Page, data: string, where: Token.Location): string {
  const start = where.startOffset;
  // `<!--data-->`, bogus `<!data>` / `</data>`, and `<?data>` (the `?` is part of the data)
  const at = [start + 4, start + 2, start + 1].find((offset) => page.masked.startsWith(data, offset));
  return at === undefined ? data : page.original.slice(at, at + data.length);
}

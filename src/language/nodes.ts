/**
 * The node classes the parser builds (ast.ts says what each holds). parse5 builds them directly
 * through the tree adapter (tree-adapter.ts): one tree per page, not parse5's and then ours.
 *
 * `loc` is worked out from `range` the first time it is read: rules report by range and most nodes
 * are never reported, while three objects per node built up front were a large share of the lint's
 * garbage collection. What parse5 needs while it builds the tree (its tag name, namespace,
 * attribute tokens, parent, location) lives in private fields: not part of the AST, not
 * enumerable, invisible to `JSON.stringify` and to test equality.
 */
import type { html, Token } from "parse5";
import type * as ESTree from "estree";
import type { Attribute, ChildNode, Comment, Element, Range, ScriptError, SourceLocation, TemplateTag, Text } from "./ast.js";
import type { LineIndex } from "./line-index.js";

const NO_TOKENS: Token.Attribute[] = [];

/**
 * A node with a place in the file. Its offsets are kept as two numbers; the `range` array and the
 * `loc` object are made when first read (and kept): rules report by range, most nodes are never
 * asked, and two arrays plus three objects per node built up front were most of the garbage the
 * lint of a page made.
 */
export abstract class LocatedNode {
  declare start: number;
  declare end: number;
  #range: Range | undefined;
  #lines: LineIndex;
  #loc: SourceLocation | undefined;

  constructor(start: number, end: number, lines: LineIndex) {
    this.start = start;
    this.end = end;
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= [this.start, this.end]);
  }

  set range(value: Range) {
    LocatedNode.moveTo(this, value[0], value[1]);
    this.#range = value;
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#lines.locOfOffsets(this.start, this.end));
  }

  set loc(value: SourceLocation) {
    this.#loc = value;
  }

  /** `JSON.stringify` writes `range` and `loc` too, like any ESTree node (AST dumps, explorers). */
  toJSON(): object {
    return { ...this, range: this.range, loc: this.loc };
  }

  /**
   * Moves a node once the tree is built: what was worked out from the old place is dropped. (While
   * parse5 builds the tree, each kind of node writes `start` and `end` itself: nothing has read
   * `range` or `loc` yet, and one write site per kind keeps the writes fast.)
   */
  static moveTo(node: LocatedNode, start: number, end: number): void {
    node.start = start;
    node.end = end;
    node.#range = undefined;
    node.#loc = undefined;
  }
}

/** The children of a node while parse5 builds the tree (comments among them until it is done). */
export function kidsOf(parent: ParseParent): ParseChild[] {
  return parent.children as ParseChild[];
}

/** Where a node hangs while parse5 builds the tree: the document (or fragment) or an element. */
export class RootNode {
  /** Elements, text and (until the tree is finished) comments. */
  readonly children: ParseChild[] = [];
  mode = "no-quirks";
}

export type ParseParent = RootNode | ElementNode;
export type ParseChild = ElementNode | TextNode | CommentNode;

/** A node parse5 hangs in the tree (and may move): it knows its parent while the tree is built. */
export abstract class TreeNode extends LocatedNode {
  #parent: ParseParent | null = null;

  static parentOf(node: TreeNode): ParseParent | null {
    return node.#parent;
  }

  static setParent(node: TreeNode, parent: ParseParent | null): void {
    node.#parent = parent;
  }
}

export class ElementNode extends TreeNode implements Element {
  declare type: "Element";
  declare name: string;
  declare attributes: Attribute[];
  declare children: ChildNode[];
  declare script: ESTree.Program | null;
  declare scriptError: ScriptError | null;
  declare text: string | null;
  declare textRange: Range | null;

  #tagName: string;
  #namespace: html.NS;
  #tokens: Token.Attribute[];
  /** parse5's location: undefined until it is set, null for an element parse5 invented. */
  #where: Token.ElementLocation | null | undefined;
  #endTag: Token.Location | undefined;

  constructor(tagName: string, namespace: html.NS, tokens: Token.Attribute[], lines: LineIndex) {
    super(-1, -1, lines);
    this.type = "Element";
    this.name = tagName.toLowerCase();
    this.attributes = [];
    this.children = [];
    this.script = null;
    this.scriptError = null;
    this.text = null;
    this.textRange = null;
    this.#tagName = tagName;
    this.#namespace = namespace;
    this.#tokens = tokens;
  }

  static tagNameOf(element: ElementNode): string {
    return element.#tagName;
  }

  static namespaceOf(element: ElementNode): html.NS {
    return element.#namespace;
  }

  static tokensOf(element: ElementNode): Token.Attribute[] {
    return element.#tokens;
  }

  static whereOf(element: ElementNode): Token.ElementLocation | null | undefined {
    return element.#where;
  }

  static setWhere(element: ElementNode, where: Token.ElementLocation | null): void {
    element.#where = where;
    if (where) {
      element.start = where.startOffset;
      element.end = where.endOffset;
    }
  }

  /**
   * An end tag (or what closed the element) moves the element's end: the node's end is its end from
   * then on (`where.endOffset` stays the start tag's end). parse5's location object is written
   * only for html and body, whose `endTag` parse5 reads back: adding a property to those objects
   * (built by object spread) cost a tenth of the whole parse.
   */
  static updateWhere(element: ElementNode, end: Partial<Token.ElementLocation>): void {
    const where = element.#where;
    if (!where || end.endOffset === undefined) return;
    if (end.endTag) {
      element.#endTag = end.endTag;
      if (element.name === "html" || element.name === "body") where.endTag = end.endTag;
    }
    element.end = end.endOffset;
  }

  /** Lets go of what only parse5 needed: the page's tree outlives many garbage collections. */
  static release(element: ElementNode): void {
    element.#where = undefined;
    element.#tokens = NO_TOKENS;
    element.#endTag = undefined;
    TreeNode.setParent(element, null);
  }

  /** The element's end tag, when it has one. */
  static endTagOf(element: ElementNode): Token.Location | undefined {
    return element.#endTag;
  }
}

export class TextNode extends TreeNode implements Text {
  declare type: "Text";
  declare value: string;
  /** The piece parse5 added last, until parse5 says where it ends. */
  #piece: string;
  /**
   * Whether every piece so far is the file's own text at the place parse5 gives it (no entity, no
   * line break or NUL parse5 normalised, no text moved in from elsewhere). Then the pieces are
   * never joined (a rope of a dozen strings per node, alive for the page's whole lint): `value`
   * is sliced from the file at the end. Each piece is checked against the file, not only its
   * length: parse5's place for a legacy entity such as `&lt` can be a character of it.
   */
  #verbatim = true;

  constructor(value: string, lines: LineIndex) {
    super(-1, -1, lines);
    this.type = "Text";
    this.value = value;
    this.#piece = value;
  }

  /** parse5 adds a piece of text to the node. */
  static addPiece(node: TextNode, piece: string): void {
    node.#piece = piece;
    if (!node.#verbatim) node.value += piece;
  }

  /** parse5 says where the node's first piece is; `text` is the text parse5 reads. */
  static placeFirst(node: TextNode, start: number, end: number, text: string): void {
    node.start = start;
    node.end = end;
    if (end - start !== node.#piece.length || !text.startsWith(node.#piece, start)) node.#verbatim = false;
  }

  /** parse5 says where the node's last piece ends. */
  static extend(node: TextNode, end: number, text: string): void {
    const piece = node.#piece;
    if (node.#verbatim && (end - piece.length !== node.end || !text.startsWith(piece, node.end))) {
      // the pieces so far are the file's text; this one is not (an entity, or text moved in)
      node.value = text.slice(node.start, node.end) + piece;
      node.#verbatim = false;
    }
    node.end = end;
  }

  /** The finished value: a slice of the file where it is the file's text, one string either way. */
  static settle(node: TextNode, text: string): void {
    if (node.#verbatim) node.value = text.slice(node.start, node.end);
    node.#piece = "";
  }
}

export class CommentNode extends TreeNode implements Comment {
  declare type: "Comment";
  declare value: string;
  declare kind: "html" | "template";

  constructor(value: string, kind: "html" | "template", start: number, end: number, lines: LineIndex) {
    super(start, end, lines);
    this.type = "Comment";
    this.value = value;
    this.kind = kind;
  }
}

export class AttributeNode extends LocatedNode implements Attribute {
  declare type: "Attribute";
  declare name: string;
  declare value: string;
  declare script: ESTree.Program | null;
  #valueStart: number;
  #valueEnd: number;
  #valueRange: Range | null | undefined;

  /** `valueStart` -1: a bare attribute, no value. */
  constructor(name: string, value: string, start: number, end: number, valueStart: number, valueEnd: number, lines: LineIndex) {
    super(start, end, lines);
    this.type = "Attribute";
    this.name = name;
    this.value = value;
    this.script = null;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  get valueRange(): Range | null {
    if (this.#valueRange === undefined) this.#valueRange = this.#valueStart < 0 ? null : [this.#valueStart, this.#valueEnd];
    return this.#valueRange;
  }

  set valueRange(value: Range | null) {
    this.#valueRange = value;
    this.#valueStart = value ? value[0] : -1;
    this.#valueEnd = value ? value[1] : -1;
  }

  override toJSON(): object {
    return { ...super.toJSON(), valueRange: this.valueRange };
  }
}

export class TemplateTagNode extends LocatedNode implements TemplateTag {
  declare type: "TemplateTag";
  declare value: string;

  constructor(value: string, range: Range, lines: LineIndex) {
    super(range[0], range[1], lines);
    this.type = "TemplateTag";
    this.value = value;
  }
}

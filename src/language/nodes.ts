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

/** A range whose start is not known yet (a text node before parse5 gives its location). */
export const NO_RANGE = Object.freeze([-1, -1]) as unknown as Range;

abstract class LocatedNode {
  declare range: Range;
  #lines: LineIndex;
  #loc: SourceLocation | undefined;

  constructor(range: Range, lines: LineIndex) {
    this.range = range;
    this.#lines = lines;
  }

  /** Worked out on first read; a node's range is final once the tree is finished. */
  get loc(): SourceLocation {
    return (this.#loc ??= this.#lines.locOf(this.range));
  }

  set loc(value: SourceLocation) {
    this.#loc = value;
  }

  /** `JSON.stringify` writes `loc` too, like any ESTree node (AST dumps, explorers). */
  toJSON(): object {
    return { ...this, loc: this.loc };
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
    super(NO_RANGE, lines);
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
    if (where) element.range = [where.startOffset, where.endOffset];
  }

  /**
   * An end tag (or what closed the element) moves the element's end: `range[1]` is its end from
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
    element.range[1] = end.endOffset;
  }

  /** The element's end tag, when it has one. */
  static endTagOf(element: ElementNode): Token.Location | undefined {
    return element.#endTag;
  }
}

export class TextNode extends TreeNode implements Text {
  declare type: "Text";
  declare value: string;

  constructor(value: string, lines: LineIndex) {
    super(NO_RANGE, lines);
    this.type = "Text";
    this.value = value;
  }
}

export class CommentNode extends TreeNode implements Comment {
  declare type: "Comment";
  declare value: string;
  declare kind: "html" | "template";

  constructor(value: string, kind: "html" | "template", range: Range, lines: LineIndex) {
    super(range, lines);
    this.type = "Comment";
    this.value = value;
    this.kind = kind;
  }
}

export class AttributeNode extends LocatedNode implements Attribute {
  declare type: "Attribute";
  declare name: string;
  declare value: string;
  declare valueRange: Range | null;
  declare script: ESTree.Program | null;

  constructor(name: string, value: string, range: Range, valueRange: Range | null, lines: LineIndex) {
    super(range, lines);
    this.type = "Attribute";
    this.name = name;
    this.value = value;
    this.valueRange = valueRange;
    this.script = null;
  }
}

export class TemplateTagNode extends LocatedNode implements TemplateTag {
  declare type: "TemplateTag";
  declare value: string;

  constructor(value: string, range: Range, lines: LineIndex) {
    super(range, lines);
    this.type = "TemplateTag";
    this.value = value;
  }
}

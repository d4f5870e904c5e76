/**
 * A parse5 tree adapter that builds the language's own nodes (nodes.ts), so a page is one tree:
 * parse5's default adapter would build its tree first and we would copy it, twice the objects for
 * the garbage collector. It also updates end locations in place (the default copies the location
 * object on every text chunk and end tag).
 *
 * What parse5 builds is not yet the AST: comments sit among the children, elements parse5 invented
 * (html, head, body, tbody, a `<p>` for a stray `</p>`) have no location, and a `<template>`'s
 * content is its children. `finishTree` (parse.ts) makes the AST of it.
 */
import { html, type Token, type TreeAdapter, type TreeAdapterTypeMap } from "parse5";
import type { LineIndex } from "./line-index.js";
import { CommentNode, ElementNode, RootNode, TextNode, TreeNode, kidsOf, type ParseChild, type ParseParent } from "./nodes.js";

type Node = ParseParent | ParseChild;

export type AdapterTypes = TreeAdapterTypeMap<
  Node, ParseParent, ParseChild, RootNode, ParseParent, ElementNode, CommentNode, TextNode, ElementNode, never
>;

/** What the adapter saw, for `finishTree`. */
export interface BuiltTree {
  /** Every element, in the order parse5 created them. */
  elements: ElementNode[];
  /** Every comment, in the order parse5 created them. */
  comments: CommentNode[];
  /** Every text node, in the order parse5 created them. */
  texts: TextNode[];
}

/** Reads an HTML comment's value from the original text, so template tags inside it survive. */
export type CommentReader = (data: string, where: Token.Location) => string;

/** A fresh adapter for one page (it collects the page's elements and comments). */
export function createTreeAdapter(lines: LineIndex, text: string, commentValue: CommentReader): TreeAdapter<AdapterTypes> & BuiltTree {
  const elements: ElementNode[] = [];
  const comments: CommentNode[] = [];
  const texts: TextNode[] = [];

  const parentOf = (node: ParseChild): ParseParent | null => TreeNode.parentOf(node);
  const setParent = (node: ParseChild, parent: ParseParent | null): void => TreeNode.setParent(node, parent);
  const indexIn = (children: ParseChild[], node: ParseChild): number =>
    children[children.length - 1] === node ? children.length - 1 : children.indexOf(node);
  const newText = (value: string): TextNode => {
    const node = new TextNode(value, lines);
    texts.push(node);
    return node;
  };

  const adapter: TreeAdapter<AdapterTypes> & BuiltTree = {
    elements,
    comments,
    texts,

    createDocument: () => new RootNode(),
    createDocumentFragment: () => new RootNode(),
    createElement(tagName, namespace, attrs) {
      const element = new ElementNode(tagName, namespace, attrs, lines);
      elements.push(element);
      return element;
    },
    createCommentNode(data) {
      const comment = new CommentNode(data, "html", -1, -1, lines);
      comments.push(comment);
      return comment;
    },
    createTextNode: newText,

    appendChild(parent, node) {
      kidsOf(parent).push(node);
      setParent(node, parent);
    },
    insertBefore(parent, node, reference) {
      const kids = kidsOf(parent);
      kids.splice(indexIn(kids, reference), 0, node);
      setParent(node, parent);
    },
    detachNode(node) {
      const parent = parentOf(node);
      if (!parent) return;
      const kids = kidsOf(parent);
      kids.splice(indexIn(kids, node), 1);
      setParent(node, null);
    },
    insertText(parent, piece) {
      const kids = kidsOf(parent);
      const last = kids[kids.length - 1];
      if (last instanceof TextNode) TextNode.addPiece(last, piece);
      else adapter.appendChild(parent, newText(piece));
    },
    insertTextBefore(parent, piece, reference) {
      const kids = kidsOf(parent);
      const before = kids[indexIn(kids, reference) - 1];
      if (before instanceof TextNode) TextNode.addPiece(before, piece);
      else adapter.insertBefore(parent, newText(piece), reference);
    },
    adoptAttributes(recipient, attrs) {
      const tokens = ElementNode.tokensOf(recipient);
      if (attrs === tokens) return;
      const names = new Set(tokens.map((token) => token.name));
      for (const token of attrs) {
        if (names.has(token.name)) continue;
        names.add(token.name);
        tokens.push(token);
      }
    },

    // a template's content is the template's own children
    setTemplateContent: () => undefined,
    getTemplateContent: (template) => template,

    // doctypes are not part of the AST
    setDocumentType: () => undefined,
    setDocumentMode(document, mode) {
      document.mode = mode;
    },
    getDocumentMode: (document) => document.mode as html.DOCUMENT_MODE,

    getFirstChild: (node) => kidsOf(node)[0] ?? null,
    getChildNodes: kidsOf,
    getParentNode: (node) => (node instanceof RootNode ? null : parentOf(node)),
    getAttrList: (element) => ElementNode.tokensOf(element),
    getTagName: (element) => ElementNode.tagNameOf(element),
    getNamespaceURI: (element) => ElementNode.namespaceOf(element),
    getTextNodeContent: (text) => text.value,
    getCommentNodeContent: (comment) => comment.value,
    getDocumentTypeNodeName: () => "",
    getDocumentTypeNodePublicId: () => "",
    getDocumentTypeNodeSystemId: () => "",

    isTextNode: (node): node is TextNode => node instanceof TextNode,
    isCommentNode: (node): node is CommentNode => node instanceof CommentNode,
    isDocumentTypeNode: (_node): _node is never => false,
    isElementNode: (node): node is ElementNode => node instanceof ElementNode,

    setNodeSourceCodeLocation(node, where) {
      if (node instanceof ElementNode) ElementNode.setWhere(node, where);
      else if (where && node instanceof TextNode) TextNode.placeFirst(node, where.startOffset, where.endOffset, text);
      else if (where && node instanceof CommentNode) {
        node.start = where.startOffset;
        node.end = where.endOffset;
        node.value = commentValue(node.value, where);
      }
    },
    getNodeSourceCodeLocation(node) {
      if (node instanceof ElementNode) return ElementNode.whereOf(node);
      // parse5 only asks whether a text node has a location yet (to extend it, or to set it)
      if (node instanceof TextNode && node.start >= 0) return LOCATED;
      return undefined;
    },
    updateNodeSourceCodeLocation(node, end) {
      if (node instanceof ElementNode) ElementNode.updateWhere(node, end);
      else if (node instanceof TextNode && node.start >= 0 && end.endOffset !== undefined) {
        TextNode.extend(node, end.endOffset, text);
      }
    },
  };
  return adapter;
}

/** What `getNodeSourceCodeLocation` answers for a text node that has a range. */
const LOCATED: Token.ElementLocation = Object.freeze({
  startLine: 0, startCol: 0, startOffset: 0, endLine: 0, endCol: 0, endOffset: 0,
});

/**
 * The first button label of a page or component, for the automatic-events message: the text a
 * visitor clicks, which Meta's automatic events would send (`<button>`, `<a class="btn">`,
 * `<input type="submit" value>`, `role="button"`).
 *
 * A page is read from the tree the analysis already has (the html language's Document, template
 * syntax masked), so a page is parsed once, not twice, and a button inside a template comment is
 * not quoted. A script or component read as ESTree (JSX) has no markup tree: its text is read with
 * parse5, which reads JSX markup well enough for a label. Templated labels are skipped either way.
 */
import { parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { ChildNode, Document, Element } from "../language/index.js";

type P5Node = DefaultTreeAdapterMap["node"];
type P5Element = DefaultTreeAdapterMap["element"];

/** How long a quoted label may be before it is cut. */
const MAX_LABEL = 40;

/** Template syntax or markup left in a label's text as written. */
const TEMPLATED = /[{}<>]|\$\{/;

/** How a label reader sees one tree: names, attributes, children and text. */
interface MarkupReader<N> {
  /** The element's lowercase tag name, or null when the node is not an element. */
  tagName(node: N): string | null;
  attribute(node: N, name: string): string | null;
  children(node: N): readonly N[];
  /** A text node's text as the file writes it (template syntax left in), or null when it is not text. */
  writtenText(node: N): string | null;
}

function isButton<N>(reader: MarkupReader<N>, element: N, tagName: string): boolean {
  if (tagName === "button" || reader.attribute(element, "role") === "button") return true;
  if (tagName === "input") return /^(?:submit|button)$/i.test(reader.attribute(element, "type") ?? "");
  return tagName === "a" && /(?:^|\s)(?:btn|button)(?:[-_\s]|$)/.test(reader.attribute(element, "class") ?? "");
}

/** The text of an element, children in order (an iterative walk). */
function textOf<N>(reader: MarkupReader<N>, element: N, tagName: string): string {
  if (tagName === "input") return reader.attribute(element, "value") ?? "";
  const parts: string[] = [];
  const stack: N[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as N;
    const text = reader.writtenText(node);
    const name = reader.tagName(node);
    if (text !== null) parts.push(text);
    else if (name !== "script" && name !== "style") stack.push(...[...reader.children(node)].reverse());
  }
  return parts.join(" ");
}

/** A label as a message quotes it: whitespace collapsed, cut to ~40 characters; null when it is empty or templated. */
function labelOf(text: string): string | null {
  const label = text.replace(/\s+/g, " ").trim();
  if (label === "" || TEMPLATED.test(label)) return null;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

function firstLabelIn<N>(reader: MarkupReader<N>, root: N): string | null {
  const stack: N[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as N;
    const tagName = reader.tagName(node);
    if (tagName !== null && isButton(reader, node, tagName)) {
      const label = labelOf(textOf(reader, node, tagName));
      if (label) return label;
    }
    stack.push(...[...reader.children(node)].reverse());
  }
  return null;
}

/** The html language's Document: text as the file writes it, so a masked template tag reads as templated. */
function documentReader(text: string): MarkupReader<Document | ChildNode> {
  return {
    tagName: (node) => (node.type === "Element" ? node.name : null),
    attribute: (node, name) => (node.type === "Element" ? ((node as Element).attributes.find((attribute) => attribute.name === name)?.value ?? null) : null),
    children: (node) => (node.type === "Element" || node.type === "Document" ? node.children : []),
    writtenText: (node) => {
      if (node.type !== "Text") return null;
      const written = text.slice(node.start, node.end);
      return TEMPLATED.test(written) ? written : node.value; // entities decoded, unless it is templated
    },
  };
}

const parse5Reader: MarkupReader<P5Node> = {
  tagName: (node) => ("tagName" in node ? node.tagName : null),
  attribute: (node, name) => ("attrs" in node ? ((node as P5Element).attrs.find((attr) => attr.name === name)?.value ?? null) : null),
  children: (node) => [...("childNodes" in node ? node.childNodes : []), ...("content" in node ? [node.content as P5Node] : [])],
  writtenText: (node) => (node.nodeName === "#text" ? (node as DefaultTreeAdapterMap["textNode"]).value : null),
};

const mayHoldButton = (text: string): boolean => /<(?:button|a|input)\b|role=/i.test(text);

/** The first button's label in a script's text (its JSX), read with parse5. */
function firstLabelInText(text: string): string | null {
  let root: P5Node;
  try {
    root = parseFragment(text);
  } catch {
    return null; // a label is a nicety: a file parse5 cannot read gets the neutral wording
  }
  return firstLabelIn(parse5Reader, root);
}

const isDocument = (ast: unknown): ast is Document => (ast as { type?: unknown } | null)?.type === "Document";

/**
 * The first button's label in a file as the analysis reads it: from its Document when it is a page
 * (`text` is what the Document was parsed from), else from its text; null when it has none.
 */
export function firstButtonLabelOf(view: { readonly ast: unknown; text: string }): string | null {
  if (!mayHoldButton(view.text)) return null;
  const ast = view.ast;
  return isDocument(ast) ? firstLabelIn(documentReader(view.text), ast) : firstLabelInText(view.text);
}

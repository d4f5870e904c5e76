/**
 * The first button label of a page or component, for the automatic-events message: the text a
 * visitor clicks, which Meta's automatic events would send (`<button>`, `<a class="btn">`,
 * `<input type="submit" value>`, `role="button"`). Read from the file's text with parse5, which
 * reads templates and JSX markup well enough for a label; template expressions are skipped.
 */
import { parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** How long a quoted label may be before it is cut. */
const MAX_LABEL = 40;

const attributeOf = (element: Element, name: string): string | null => element.attrs.find((attr) => attr.name === name)?.value ?? null;

function isButton(element: Element): boolean {
  if (element.tagName === "button" || attributeOf(element, "role") === "button") return true;
  if (element.tagName === "input") return /^(?:submit|button)$/i.test(attributeOf(element, "type") ?? "");
  return element.tagName === "a" && /(?:^|\s)(?:btn|button)(?:[-_\s]|$)/.test(attributeOf(element, "class") ?? "");
}

/** The text of an element, children in order (an iterative walk). */
function textOf(element: Element): string {
  if (element.tagName === "input") return attributeOf(element, "value") ?? "";
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === "#text") parts.push((node as DefaultTreeAdapterMap["textNode"]).value);
    else if ("childNodes" in node && node.nodeName !== "script" && node.nodeName !== "style") stack.push(...[...node.childNodes].reverse());
  }
  return parts.join(" ");
}

/** A label as a message quotes it: whitespace collapsed, cut to ~40 characters; null when it is empty or templated. */
function labelOf(text: string): string | null {
  const label = text.replace(/\s+/g, " ").trim();
  if (label === "" || /[{}<>]|\$\{/.test(label)) return null;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

/** The first button's label in the file's markup, or null when it has none. */
export function firstButtonLabelOf(text: string): string | null {
  if (!/<(?:button|a|input)\b|role=/i.test(text)) return null;
  let root: Node;
  try {
    root = parseFragment(text);
  } catch {
    return null; // a label is a nicety: a file parse5 cannot read gets the neutral wording
  }
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ("tagName" in node && isButton(node)) {
      const label = labelOf(textOf(node));
      if (label) return label;
    }
    if ("childNodes" in node) stack.push(...[...node.childNodes].reverse());
    if ("content" in node) stack.push(node.content as Node);
  }
  return null;
}

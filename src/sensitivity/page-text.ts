/**
 * The text a visitor reads on a page: its title, its headings and the rest of its visible text.
 * Read from the html AST (`Document`) or from the JSX of a JavaScript file (`Program`), never from
 * scripts, styles, comments, attribute values or template tags. Iterative (pages can nest 20,000
 * elements deep) and bounded: at most MAX_PAGE_TEXT characters and MAX_NODES nodes are read.
 */
import { VisitorKeys } from "espree";

export interface PageText {
  /** `<title>`, front matter `title`, JSX `<title>`, Next.js `metadata.title`, a page component's `title` prop. */
  title: string;
  /** The text of each `<h1>`–`<h6>`, in page order. */
  headings: string[];
  /** Every other visible text, in page order, separated by newlines. */
  body: string;
}

/** How many characters of text a page is read for. */
export const MAX_PAGE_TEXT = 200_000;
/** How many nodes of a JavaScript file are visited looking for JSX. */
const MAX_NODES = 500_000;

/** Where a piece of text goes: the title, the body, or (0 and up) a heading's index. */
const TITLE = -2;
const BODY = -1;

/** Elements whose content is not text a visitor reads as the page's own. */
const SKIPPED = new Set(["script", "style", "Script", "nav", "footer"]);
/** Landmarks a site repeats on every page (menus, footers): they say nothing about this page. */
const CHROME_ROLES = new Set(["navigation", "contentinfo"]);
const HEADING = /^h[1-6]$/;
/** Keys that point back up the tree or at data, never at children. */
const SKIPPED_KEYS = new Set(["parent", "loc", "range", "tokens", "comments", "leadingComments", "trailingComments", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);

class Collector {
  private readonly titles: string[] = [];
  readonly headings: string[] = [];
  private readonly body: string[] = [];
  private left = MAX_PAGE_TEXT;
  /** Whether a `<title>` element has been read: only the first is the page's (an SVG's is not). */
  titled = false;
  /** Whether a page component's `title` prop has been read: only the first is the page's. */
  componentTitle = false;

  get full(): boolean {
    return this.left <= 0;
  }

  add(place: number, value: string): void {
    if (this.left <= 0 || !/\S/.test(value)) return;
    const text = value.length > this.left ? value.slice(0, this.left) : value;
    this.left -= text.length;
    if (place === TITLE) this.titles.push(text);
    else if (place === BODY) this.body.push(text);
    else this.headings[place] = `${this.headings[place] ?? ""} ${text}`;
  }

  heading(): number {
    this.headings.push("");
    return this.headings.length - 1;
  }

  result(): PageText {
    return { title: this.titles.join(" \n "), headings: this.headings.map((heading) => heading.trim()).filter(Boolean), body: this.body.join("\n") };
  }
}

/** The visible text of a page: an html `Document` or a JavaScript `Program` (its JSX). */
export function pageTextOf(ast: unknown, text = ""): PageText {
  const collector = new Collector();
  const root = ast as { type?: unknown } | null;
  if (root?.type === "Document") documentText(root as HtmlNode, collector);
  else if (root?.type === "Program" && (text === "" || text.includes("</") || text.includes("/>"))) programText(root as JsNode, collector);
  return collector.result();
}

interface HtmlNode {
  type: string;
  name?: string;
  value?: string;
  children?: HtmlNode[];
  attributes?: Array<{ name: string; value: string }>;
  frontMatter?: { value: unknown } | null;
}

function documentText(document: HtmlNode, collector: Collector): void {
  const front = document.frontMatter?.value as { title?: unknown } | null | undefined;
  if (typeof front?.title === "string") collector.add(TITLE, front.title);
  const stack: Array<[HtmlNode, number]> = [];
  const pushChildren = (children: HtmlNode[] | undefined, place: number): void => {
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as HtmlNode, place]);
  };
  pushChildren(document.children, BODY);
  while (stack.length > 0 && !collector.full) {
    const [node, place] = stack.pop() as [HtmlNode, number];
    if (node.type === "Text") {
      collector.add(place, node.value ?? "");
      continue;
    }
    const name = node.name ?? "";
    if (node.type !== "Element" || SKIPPED.has(name) || isChrome(node.attributes)) continue;
    let inner = place;
    if (place === BODY && name === "title" && !collector.titled) {
      collector.titled = true;
      inner = TITLE;
    } else if (place === BODY && HEADING.test(name)) {
      inner = collector.heading();
    }
    pushChildren(node.children, inner);
  }
}

function isChrome(attributes: HtmlNode["attributes"]): boolean {
  const role = attributes?.find((attribute) => attribute.name === "role");
  return role !== undefined && CHROME_ROLES.has(role.value.trim().toLowerCase());
}

interface JsNode {
  type: string;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is JsNode => typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/** A string literal, or a template literal without expressions: text a visitor will read as written. */
function stringOf(node: unknown): string | null {
  if (!isNode(node)) return null;
  if (node.type === "Literal") return typeof node.value === "string" ? node.value : null;
  if (node.type === "JSXExpressionContainer") return stringOf(node.expression);
  if (node.type !== "TemplateLiteral" || (node.expressions as unknown[]).length > 0) return null;
  const quasi = (node.quasis as Array<{ value: { cooked?: string | null; raw: string } }>)[0];
  return quasi ? (quasi.value.cooked ?? quasi.value.raw) : null;
}

/** `div`, `Layout`, `Page.Header` (components have a capital or a dot); "" for what is neither. */
function jsxNameOf(name: unknown): string {
  if (!isNode(name)) return "";
  if (name.type === "JSXIdentifier") return String(name.name);
  if (name.type === "JSXMemberExpression") return `${jsxNameOf(name.object)}.${jsxNameOf(name.property)}`;
  return "";
}

function programText(program: JsNode, collector: Collector): void {
  const stack: Array<[JsNode, number]> = [[program, BODY]];
  for (let visited = 0; stack.length > 0 && visited < MAX_NODES && !collector.full; visited++) {
    const [node, place] = stack.pop() as [JsNode, number];
    switch (node.type) {
      case "JSXText":
        collector.add(place, String(node.value));
        continue;
      case "JSXExpressionContainer": {
        // only ever a JSX child here: attribute values are read (or not) by jsxElementPlace
        const text = stringOf(node.expression);
        if (text !== null) collector.add(place, text);
        else if (isNode(node.expression)) stack.push([node.expression, place]);
        continue;
      }
      case "JSXElement": {
        const inner = jsxElementPlace(node, place, collector, stack);
        if (inner !== null) pushAll(stack, node.children, inner);
        continue;
      }
      case "JSXFragment":
        pushAll(stack, node.children, place);
        continue;
      case "VariableDeclarator":
        metadataTitle(node, collector);
    }
    const keys = (VisitorKeys as Record<string, readonly string[] | undefined>)[node.type] ?? Object.keys(node).filter((key) => !SKIPPED_KEYS.has(key));
    for (let k = keys.length - 1; k >= 0; k--) {
      const value = node[keys[k] as string];
      if (Array.isArray(value)) pushAll(stack, value, place);
      else if (isNode(value)) stack.push([value, place]);
    }
  }
}

/** Pushes nodes so that they come off the stack in their order. */
function pushAll(stack: Array<[JsNode, number]>, nodes: unknown, place: number): void {
  if (!Array.isArray(nodes)) return;
  for (let i = nodes.length - 1; i >= 0; i--) if (isNode(nodes[i])) stack.push([nodes[i] as JsNode, place]);
}

/**
 * Where a JSX element's children go (null: skipped, as scripts, styles and site menus are). Reads
 * a component's `title` prop, and queues JSX passed in other props (`header={<h1>…</h1>}`).
 */
function jsxElementPlace(node: JsNode, place: number, collector: Collector, stack: Array<[JsNode, number]>): number | null {
  const opening = node.openingElement as JsNode;
  const name = jsxNameOf(opening.name);
  if (SKIPPED.has(name)) return null;
  const attributes = ((opening.attributes as JsNode[] | undefined) ?? []).filter(isNode);
  const propOf = (attribute: JsNode): string => (attribute.type === "JSXAttribute" ? jsxNameOf(attribute.name) : "");
  const role = attributes.find((attribute) => propOf(attribute) === "role");
  const roleText = role ? stringOf(role.value) : null;
  if (roleText !== null && CHROME_ROLES.has(roleText.trim().toLowerCase())) return null;
  const component = /^[A-Z]/.test(name) || name.includes(".");
  for (let i = attributes.length - 1; i >= 0; i--) {
    const attribute = attributes[i] as JsNode;
    const value = attribute.type === "JSXAttribute" ? attribute.value : attribute.argument;
    const text = stringOf(value);
    if (propOf(attribute) === "title" && text !== null && component) {
      collector.add(collector.componentTitle ? BODY : TITLE, text);
      collector.componentTitle = true;
    } else if (text === null && isNode(value)) {
      stack.push([value.type === "JSXExpressionContainer" && isNode(value.expression) ? value.expression : value, place]);
    }
  }
  if (place !== BODY) return place;
  if (name === "title" && !collector.titled) {
    collector.titled = true;
    return TITLE;
  }
  return HEADING.test(name) ? collector.heading() : BODY;
}

/** Next.js `export const metadata = { title: "…" }`. */
function metadataTitle(node: JsNode, collector: Collector): void {
  const id = node.id as JsNode | null;
  const init = node.init as JsNode | null;
  if (id?.type !== "Identifier" || id.name !== "metadata" || init?.type !== "ObjectExpression") return;
  for (const property of init.properties as JsNode[]) {
    const key = property.key as JsNode | undefined;
    const named = key?.type === "Identifier" ? key.name : key?.type === "Literal" ? key.value : null;
    const value = named === "title" ? stringOf(property.value) : null;
    if (value !== null) collector.add(TITLE, value);
  }
}

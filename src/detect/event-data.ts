import { sensitiveWordsIn, type WordHit } from "../vocabulary/words.js";
import { memberPathOf, propertyNameOf, unwrap, type Node } from "./estree.js";
import type { Finding, LocatedCall } from "./findings.js";
import { rangeOf } from "./source.js";

/** Something an event would send that it should not. */
export interface EventLeak {
  kind: "personal" | "words" | "page";
  /** "em, ph" / "'rape', 'sexual assault'" / "document.title". */
  detail: string;
  range: [number, number];
}

const PAGE_OBJECTS = new Set(["document.title", "document.URL", "document.documentURI", "document.referrer", "document.location", "window.location", "location", "document.cookie", "document.body"]);
const TEXT_PROPERTIES = new Set(["textContent", "innerText", "innerHTML"]);
const ELEMENT_LOOKUPS = /^(?:getElementById|querySelector|querySelectorAll|getElementsByName|closest)$/;

/** `document.title`, `location.pathname`, `input.value` of a looked-up element, `e.target.value`. */
export function pageDataOf(node: Node): string | null {
  if (node.type === "NewExpression" && node.callee.type === "Identifier" && node.callee.name === "FormData") return "new FormData(…)";
  if (node.type !== "MemberExpression") return null;
  const path = memberPathOf(node);
  if (path) {
    const joined = path.join(".");
    for (const prefix of PAGE_OBJECTS) if (joined === prefix || joined.startsWith(`${prefix}.`)) return joined;
    const last = path[path.length - 1] ?? "";
    if (last === "value" && (path.includes("target") || path.includes("currentTarget") || path.includes("elements"))) return joined;
    if (TEXT_PROPERTIES.has(last) && (path.includes("target") || path[0] === "document")) return joined;
  }
  const name = propertyNameOf(node);
  const object = unwrap(node.object);
  if ((name === "value" || (name !== null && TEXT_PROPERTIES.has(name))) && object.type === "CallExpression") {
    const callee = unwrap(object.callee);
    const lookup = callee.type === "MemberExpression" ? propertyNameOf(callee) : null;
    if (lookup !== null && ELEMENT_LOOKUPS.test(lookup)) return `${lookup}(…).${name}`;
  }
  return null;
}

function quoted(hits: WordHit[]): string {
  return [...new Set(hits.map((hit) => `'${hit.phrase}'`))].join(", ");
}

/** The personal data an advanced-matching object names: the keys its vendor matches to a profile (`personalKeys`). */
function personalFieldsOf(node: Node | null, personalKeys: readonly string[]): string[] {
  const target = node ? unwrap(node) : null;
  if (target?.type !== "ObjectExpression") return [];
  const fields: string[] = [];
  for (const property of target.properties) {
    if (property.type !== "Property") continue;
    const key = property.key.type === "Identifier" ? property.key.name : property.key.type === "Literal" ? String(property.key.value) : null;
    if (key !== null && personalKeys.includes(key)) fields.push(key);
  }
  return fields;
}

/** What a tracker call would send that it should not: personal data, sensitive words, page data. */
export function eventLeaksOf(call: LocatedCall): EventLeak[] {
  const leaks: EventLeak[] = [];
  // the init's matching object, and any object an event or config call sends (`twq('config', id, { email_address })`)
  for (const argument of call.matching ? [call.matching, ...call.data] : call.data) {
    const fields = personalFieldsOf(argument, call.vendor.personalKeys);
    if (fields.length > 0) leaks.push({ kind: "personal", detail: fields.join(", "), range: rangeOf(call.source, argument.range) });
  }
  const stack: Node[] = [...call.data].reverse();
  while (stack.length > 0) {
    const node = unwrap(stack.pop() as Node);
    const page = pageDataOf(node);
    if (page) {
      leaks.push({ kind: "page", detail: page, range: rangeOf(call.source, node.range) });
      continue;
    }
    let text: string | null = null;
    if (node.type === "Literal" && typeof node.value === "string") text = node.value;
    else if (node.type === "TemplateElement") text = node.value.cooked ?? node.value.raw;
    else if (node.type === "Identifier" && isPropertyKey(node)) text = node.name;
    if (text) {
      const hits = sensitiveWordsIn(text);
      if (hits.length > 0) leaks.push({ kind: "words", detail: quoted(hits), range: rangeOf(call.source, node.range) });
    }
    pushChildren(node, stack);
  }
  return leaks;
}

/** Whether an identifier is the key of a property in event data (set while walking objects). */
const propertyKeys = new WeakSet<Node>();
function isPropertyKey(node: Node): boolean {
  return propertyKeys.has(node);
}

/** Children of the expressions event data is made of (objects, arrays, templates, operators). */
function pushChildren(node: Node, stack: Node[]): void {
  const push = (child: Node | null | undefined): void => {
    if (child) stack.push(child);
  };
  switch (node.type) {
    case "ObjectExpression":
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const property = node.properties[i] as Node;
        if (property.type === "Property") {
          push(property.value as Node);
          // A key is data too (`{ hiv_status: … }`): a plain name is read as its text.
          if (!property.computed && property.key.type === "Identifier") propertyKeys.add(property.key);
          push(property.key as Node);
        } else push(property);
      }
      return;
    case "ArrayExpression":
      for (let i = node.elements.length - 1; i >= 0; i--) push(node.elements[i] as Node | null);
      return;
    case "TemplateLiteral":
      for (let i = node.quasis.length - 1; i >= 0; i--) {
        push(node.quasis[i] as Node);
        push(node.expressions[i - 1] as Node | undefined);
      }
      return;
    case "BinaryExpression":
    case "LogicalExpression":
      push(node.right);
      push(node.left as Node);
      return;
    case "ConditionalExpression":
      push(node.alternate);
      push(node.consequent);
      return;
    case "SpreadElement":
      push(node.argument);
      return;
    case "CallExpression":
      for (let i = node.arguments.length - 1; i >= 0; i--) push(node.arguments[i] as Node);
      return;
    default:
  }
}

/** Sensitive words and personal data in a beacon URL's query (`cd[content_name]=…`, `ud[em]=…`). */
export function beaconLeaksOf(finding: Finding): EventLeak[] {
  if (finding.kind !== "beacon" || !finding.url) return [];
  const query = finding.url.slice(finding.url.indexOf("?") + 1);
  let decoded = query;
  try {
    decoded = decodeURIComponent(query.replace(/\+/g, " "));
  } catch {
    // a malformed escape: read the query as written
  }
  const leaks: EventLeak[] = [];
  const personal = [...decoded.matchAll(/\bud\[(\w+)\]=/g)].map((match) => match[1] as string).filter((field) => finding.vendor.personalKeys.includes(field));
  if (personal.length > 0) leaks.push({ kind: "personal", detail: personal.join(", "), range: finding.range });
  const values = decoded.split("&").map((pair) => pair.slice(pair.indexOf("=") + 1)).join(" ");
  const hits = sensitiveWordsIn(values);
  if (hits.length > 0) leaks.push({ kind: "words", detail: quoted(hits), range: finding.range });
  return leaks;
}

/**
 * What a page loads from the long tail (third-party-web's tracking entities): a script, image,
 * frame or beacon, in markup or from code. Only loads count: a link (`<a href>`, `window.open`,
 * `location.href`) to a tracker's site is not a tracker, and neither is its name in prose.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type { Vendor } from "../catalogue/index.js";
import { concatenationOf, propertyNameOf, shownAsWritten, stringValueOf, unwrap, type Node } from "../estree.js";
import type { Finding, FindingKind } from "../findings.js";
import type { ScanState } from "../scan-state.js";
import { rangeOf } from "../source.js";
import { longTailHostsIn, urlEndOf, urlStartOf } from "./hosts.js";

/** What each element loads, by attribute: `<script src>` is a script, `<img src>` an image. */
const ELEMENT_LOADS: Readonly<Record<string, { attributes: readonly string[]; kind: FindingKind; what: string }>> = {
  script: { attributes: ["src", "data-src"], kind: "loader", what: "a script" },
  img: { attributes: ["src", "srcset", "data-src"], kind: "beacon", what: "an image" },
  iframe: { attributes: ["src", "data-src"], kind: "frame", what: "a frame" },
  frame: { attributes: ["src"], kind: "frame", what: "a frame" },
  embed: { attributes: ["src"], kind: "frame", what: "an embedded object" },
  object: { attributes: ["data"], kind: "frame", what: "an embedded object" },
  input: { attributes: ["src"], kind: "beacon", what: "an image" },
};
/** `<link rel>` values that load the address (hints are tracking markup, reported as such). */
const LINK_LOADS = new Set(["stylesheet", "modulepreload", "icon"]);

/** Calls that load or send to the address they are given: `navigator.sendBeacon(url)`, `_kms(url)` loaders. */
const LOADING_CALLS: Readonly<Record<string, { kind: FindingKind; what: string }>> = {
  sendBeacon: { kind: "beacon", what: "a beacon" },
  fetch: { kind: "beacon", what: "a request" },
  importScripts: { kind: "loader", what: "a script" },
  getScript: { kind: "loader", what: "a script" },
  load: { kind: "loader", what: "a script" },
  loadScript: { kind: "loader", what: "a script" },
  loadJS: { kind: "loader", what: "a script" },
  injectScript: { kind: "loader", what: "a script" },
  addScript: { kind: "loader", what: "a script" },
};
/** A path to a script file (`/quant.js`, `/beacon.js?v=2`): code that names one loads it. */
const SCRIPT_PATH = /\.m?js(?:[?#]|$)/i;
/** Markup written by code (`document.write('<script src="…">')`, `innerHTML`). */
const SRC_IN_MARKUP = /\bsrc\s*=/i;

interface HtmlAttribute {
  name: string;
  value: string;
  valueRange: [number, number] | null;
  range: [number, number];
}
interface HtmlElement {
  name: string;
  attributes: HtmlAttribute[];
}

function finding(vendor: Vendor, kind: FindingKind, what: string, url: string, range: [number, number]): Finding {
  const shown = shownAsWritten(url);
  return { vendor, kind, label: `${what} from ${vendor.name} (${shown})`, url: shown, range };
}

/** Where a part of an attribute's value is in the file (the whole value when entities shift it). */
function attributeRangeOf(attribute: HtmlAttribute, start: number, end: number): [number, number] {
  const range = attribute.valueRange ?? attribute.range;
  return range[1] - range[0] === attribute.value.length ? [range[0] + start, range[0] + end] : range;
}

/** The long-tail URLs an attribute value loads: each URL of a `srcset`, or the one address of a `src`. */
function loadedUrlsOf(value: string): Array<{ vendor: Vendor; url: string; start: number; end: number }> {
  return longTailHostsIn(value).flatMap((hit) => {
    const start = urlStartOf(value, hit.start);
    // Only an address the browser fetches from that host: `https://…`, `//…`, a srcset item.
    const before = value.slice(0, start).trimEnd();
    if (!/^(?:https?:)?\/\//i.test(value.slice(start)) || (before !== "" && !before.endsWith(","))) return [];
    const end = urlEndOf(value, hit.end);
    return [{ vendor: hit.vendor, url: value.slice(start, end).replace(/^(?:https?:)?\/\//i, ""), start, end }];
  });
}

function collectElement(state: ScanState, element: HtmlElement): void {
  const name = element.name.toLowerCase();
  let load = Object.hasOwn(ELEMENT_LOADS, name) ? ELEMENT_LOADS[name] : undefined;
  if (name === "link") {
    const rel = element.attributes.find((attribute) => attribute.name === "rel")?.value.toLowerCase().split(/\s+/) ?? [];
    const loads = rel.find((value) => LINK_LOADS.has(value));
    if (loads) load = { attributes: ["href"], kind: "loader", what: loads === "stylesheet" ? "a stylesheet" : loads === "icon" ? "an icon" : "a script" };
  }
  if (!load) return;
  for (const attribute of element.attributes) {
    if (!load.attributes.includes(attribute.name)) continue;
    for (const hit of loadedUrlsOf(attribute.value)) {
      const range = attributeRangeOf(attribute, hit.start, hit.end);
      state.findings.push(finding(hit.vendor, load.kind, load.what, hit.url, range));
      // An invisible image to a long-tail host is this beacon: reported once, by the vendor's rule.
      state.markup = state.markup.filter((markup) => !(markup.kind === "hidden-image" && markup.vendor === hit.vendor && markup.range[0] <= range[0] && range[1] <= markup.range[1]));
    }
  }
}

/** The node whose parent says what a string is for: up through `+`, `? :`, `||`, templates and casts. */
function contextOf(state: ScanState, node: Node): { node: Node; parent: Node | undefined } {
  let current = node;
  let parent = state.parents.get(current);
  while (parent && (parent.type === "BinaryExpression" || parent.type === "ConditionalExpression" || parent.type === "LogicalExpression" || parent.type === "TemplateLiteral" || unwrap(parent) !== parent)) {
    current = parent;
    parent = state.parents.get(current);
  }
  return { node: current, parent };
}

const calleeNameOf = (callee: Node): string | null => {
  const target = unwrap(callee);
  if (target.type === "Identifier") return target.name;
  return target.type === "MemberExpression" ? propertyNameOf(target) : null;
};

/** How the code uses the address: loaded (`s.src = …`, `sendBeacon(…)`), a link (`href`), or neither (null). */
function useOf(state: ScanState, node: Node): { kind: FindingKind; what: string } | "link" | null {
  const { node: value, parent } = contextOf(state, node);
  if (!parent) return null;
  const src = { kind: "loader" as FindingKind, what: "an address loaded as src" };
  if (parent.type === "AssignmentExpression" && parent.right === value && parent.left.type === "MemberExpression") {
    const name = propertyNameOf(parent.left);
    return name === "src" ? src : name === "href" ? "link" : null;
  }
  if (parent.type === "Property" && parent.value === value) {
    const key = parent.key.type === "Identifier" ? parent.key.name : stringValueOf(parent.key as Node);
    return key === "src" || key === "data-src" ? src : key === "href" ? "link" : null;
  }
  if (parent.type === "JSXExpressionContainer" || parent.type === "JSXAttribute") {
    const attribute = parent.type === "JSXAttribute" ? parent : state.parents.get(parent);
    if (attribute?.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier") return null;
    return ["src", "srcSet", "srcset", "data-src", "data"].includes(attribute.name.name) ? src : "link";
  }
  if (parent.type === "ImportExpression") return { kind: "loader", what: "a module" };
  if (parent.type === "CallExpression" || parent.type === "NewExpression") {
    const name = calleeNameOf(parent.callee as Node);
    const first = parent.arguments[0] ? stringValueOf(parent.arguments[0] as Node) : null;
    if (name === "setAttribute") return parent.arguments[1] === value && (first === "src" || first === "data-src") ? src : first === "href" ? "link" : null;
    if (name === "open" && parent.arguments[1] === value && first !== null && /^(?:get|post|head)$/i.test(first)) return { kind: "beacon", what: "a request" };
    if (name === "open" || name === "assign" || name === "replace") return "link";
    if (name !== null && Object.hasOwn(LOADING_CALLS, name) && parent.arguments[0] === value) return LOADING_CALLS[name] ?? null;
  }
  return null;
}

/** The text a string builds with the strings around it: `'//cdn.example/' + key + '.1.js'`. */
function builtTextOf(state: ScanState, node: Node, text: string): string {
  let root = node;
  for (let parent = state.parents.get(root); parent?.type === "BinaryExpression" && parent.operator === "+"; parent = state.parents.get(root)) root = parent;
  return root === node ? text : (concatenationOf(root) ?? text);
}

/** A string of code that holds a long-tail address the page loads: by how it is used, or by its shape. */
function collectString(state: ScanState, node: Node, text: string): void {
  const hits = longTailHostsIn(text);
  if (hits.length === 0 || state.parsedStrings.has(node)) return;
  const use = useOf(state, node);
  if (use === "link") return;
  const built = builtTextOf(state, node, text);
  for (const hit of hits) {
    const start = urlStartOf(text, hit.start);
    const end = urlEndOf(text, hit.end);
    const url = text.slice(start, end).replace(/^(?:https?:)?\/\//i, "").replace(/^\./, "");
    const whole = built.slice(Math.max(0, built.indexOf(text.slice(hit.start, end)))).split(/[\s"'<>]/, 1)[0] ?? url;
    const how = use ?? (SRC_IN_MARKUP.test(text.slice(0, start)) ? { kind: "loader" as FindingKind, what: "a tag the code writes" } : SCRIPT_PATH.test(whole) ? { kind: "loader" as FindingKind, what: "a script" } : null);
    if (how) state.findings.push(finding(hit.vendor, how.kind, how.what, url, rangeOf(state.source, node.range)));
  }
}

/** What one node adds to the scan from the long tail: markup elements, and strings of code. */
export function collectLongTail(state: ScanState, node: Node): void {
  const type = node.type as string;
  if (type === "Element") collectElement(state, node as unknown as HtmlElement);
  else if (node.type === "Literal" && typeof node.value === "string") collectString(state, node, node.value);
  else if (node.type === "TemplateLiteral") {
    for (const quasi of (node as TSESTree.TemplateLiteral).quasis) collectString(state, node, quasi.value.cooked ?? quasi.value.raw);
  }
}

import postcss from "postcss";
import { VENDORS, type Vendor } from "./catalogue/index.js";
import type { Node } from "./estree.js";
import type { MarkupFinding } from "./findings.js";
import type { ScanState } from "./scan-state.js";
import { scanTokens } from "./token-scan.js";
import { findingOfUrl, hostsIn, urlsIn } from "./urls.js";
import { isEventHandlerName } from "../language/scripts.js";

/** Attribute prefixes that only tracking scripts read or write, with the vendor when one owns them. */
const ATTRIBUTE_PREFIXES: Array<{ prefix: string; vendor: Vendor | null }> = [
  ...VENDORS.flatMap((vendor) => vendor.attributes.map((prefix) => ({ prefix, vendor }))),
  { prefix: "data-track", vendor: null },
  { prefix: "data-tracking", vendor: null },
  { prefix: "data-analytics", vendor: null },
];

/** `data-fbq-event` is `data-fbq`'s; `data-fbx` is not `data-fb`'s: a prefix ends at `-`, `_` or the name's end. */
function isOwnedBy(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const next = name.charAt(prefix.length);
  return next === "" || next === "-" || next === "_" || prefix.endsWith("-");
}
/** Site generators' built-in templates that print a vendor's tag (`{{ template "_internal/google_analytics.html" . }}`). */
const TEMPLATE_VENDORS: Array<[string, Vendor]> = VENDORS.flatMap((vendor) => vendor.templates.map((name): [string, Vendor] => [name, vendor]));
const RESOURCE_HINTS = new Set(["preconnect", "dns-prefetch", "preload", "prefetch"]);

interface HtmlAttribute {
  type: "Attribute";
  name: string;
  value: string;
  valueRange: [number, number] | null;
  range: [number, number];
  script: Node | null;
}
interface HtmlElement {
  type: "Element";
  name: string;
  attributes: HtmlAttribute[];
  script: Node | null;
  text: string | null;
  textRange: [number, number] | null;
  range: [number, number];
}

const attributeOf = (element: HtmlElement, name: string): HtmlAttribute | undefined => element.attributes.find((attribute) => attribute.name === name);

/** Where in the file a part of an attribute's value is (exact when the value has no entities). */
function valueRangeOf(attribute: HtmlAttribute, start: number, end: number): [number, number] {
  const range = attribute.valueRange ?? attribute.range;
  const exact = range[1] - range[0] === attribute.value.length;
  return exact ? [range[0] + start, range[0] + end] : range;
}

function pushMarkup(state: ScanState, finding: MarkupFinding): void {
  state.markup.push(finding);
}

/** `display:none`, `visibility:hidden`, `hidden`, or 1x1: an image nobody is meant to see. */
function isInvisible(element: HtmlElement): boolean {
  const size = (name: string): string => (attributeOf(element, name)?.value ?? "").trim().replace(/px$/, "");
  if (size("width") === "1" && size("height") === "1") return true;
  if (size("width") === "0" || size("height") === "0" || attributeOf(element, "hidden")) return true;
  const style = (attributeOf(element, "style")?.value ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden") || (style.includes("width:1px") && style.includes("height:1px"));
}

/** Tracker URLs in an attribute's value: `src`, `href`, `data`, `action`, `srcset`, `content`. */
function collectAttributeUrls(state: ScanState, attribute: HtmlAttribute): void {
  for (const hit of urlsIn(attribute.value)) {
    state.findings.push(findingOfUrl(hit, valueRangeOf(attribute, hit.start, hit.end)));
  }
}

function collectElement(state: ScanState, element: HtmlElement): void {
  if (element.name === "script" && !element.script && element.text && element.textRange) {
    const type = (attributeOf(element, "type")?.value ?? "").toLowerCase();
    if (!type.includes("json")) scanTokens(state, element.text, element.textRange[0]);
  }
  if (element.name === "style" && element.text && element.textRange) collectCss(state, element.text, element.textRange[0]);
  const src = attributeOf(element, "src");
  if (element.name === "img" && src && isInvisible(element)) {
    for (const host of hostsIn(src.value)) {
      if (urlsIn(src.value).length > 0) break; // a known beacon: the vendor's own rule reports it
      pushMarkup(state, { kind: "hidden-image", vendor: host.vendor, label: `an invisible image that calls ${host.host}`, range: valueRangeOf(src, 0, src.value.length) });
    }
  }
  const rel = attributeOf(element, "rel")?.value.toLowerCase().split(/\s+/) ?? [];
  const href = attributeOf(element, "href");
  if (element.name === "link" && href && rel.some((value) => RESOURCE_HINTS.has(value))) {
    for (const host of hostsIn(href.value)) pushMarkup(state, { kind: "resource-hint", vendor: host.vendor, label: `a ${rel.find((value) => RESOURCE_HINTS.has(value))} hint to ${host.host}`, range: valueRangeOf(href, 0, href.value.length) });
  }
}

function collectAttribute(state: ScanState, attribute: HtmlAttribute): void {
  if (attribute.name !== "style") collectAttributeUrls(state, attribute);
  if (attribute.script) state.handlers.push({ name: attribute.name, range: attribute.range });
  else if (isEventHandlerName(attribute.name) && attribute.value) scanTokens(state, attribute.value, (attribute.valueRange ?? attribute.range)[0]);
  if (attribute.name === "style" && attribute.value.includes("url(")) collectCss(state, `a{${attribute.value}}`, (attribute.valueRange ?? attribute.range)[0] - 2);
  collectTrackingAttribute(state, attribute.name, attribute.value, attribute.range);
}

/** `data-fbq-*`, `data-gtm-*`, `data-track-*` and `ping`, in markup or JSX. */
export function collectTrackingAttribute(state: ScanState, name: string, value: string, range: [number, number]): void {
  if (name === "ping") pushMarkup(state, { kind: "ping", vendor: null, label: `ping="${value}" (the browser reports the click to that address)`, range });
  const owned = ATTRIBUTE_PREFIXES.find(({ prefix }) => isOwnedBy(name, prefix));
  if (owned) pushMarkup(state, { kind: "data-attribute", vendor: owned.vendor, label: `the ${name} attribute`, range });
}

/** `url()` beacons in CSS, parsed with postcss: `background: url(https://www.facebook.com/tr?…)`. */
export function collectCss(state: ScanState, css: string, offset: number): void {
  let root: postcss.Root;
  try {
    root = postcss.parse(css);
  } catch {
    // CSS that postcss cannot read (SCSS, template syntax left in it): read each url( … ) as written.
    for (let at = css.indexOf("url("); at >= 0; at = css.indexOf("url(", at + 4)) {
      const end = css.indexOf(")", at);
      collectCssUrls(state, css.slice(at, end < 0 ? css.length : end), offset + at);
      if (end < 0) break;
    }
    return;
  }
  root.walkDecls((decl) => {
    if (!decl.value.includes("url(") || decl.source?.start?.offset === undefined) return;
    const start = decl.source.start.offset;
    collectCssUrls(state, css.slice(start, (decl.source.end?.offset ?? start) + 1), offset + start);
  });
}

/** Tracker addresses in one piece of CSS: a known endpoint is the vendor's finding, any other tracker host a CSS beacon. */
function collectCssUrls(state: ScanState, text: string, start: number): void {
  const endpoints = urlsIn(text);
  for (const hit of endpoints) state.findings.push(findingOfUrl(hit, [start + hit.start, start + hit.end], " in CSS"));
  for (const host of hostsIn(text)) {
    if (endpoints.some((hit) => hit.start === host.start)) continue;
    pushMarkup(state, { kind: "css-beacon", vendor: host.vendor, label: `a CSS url() that calls ${host.host}`, range: [start + host.start, start + host.end] });
  }
}

/** What one markup node adds to the scan: the html language's elements, attributes and template tags. */
export function collectMarkup(state: ScanState, node: Node): void {
  const type = node.type as string;
  if (type === "Element") collectElement(state, node as unknown as HtmlElement);
  else if (type === "Attribute") collectAttribute(state, node as unknown as HtmlAttribute);
  else if (type === "Document") {
    for (const tag of (node as unknown as { templateTags: Array<{ value: string; range: [number, number] }> }).templateTags) {
      scanTokens(state, tag.value, tag.range[0]);
      for (const [name, vendor] of TEMPLATE_VENDORS) {
        if (tag.value.includes(name)) state.findings.push({ vendor, kind: "loader", label: `the built-in template ${name}`, range: tag.range });
      }
    }
  }
}

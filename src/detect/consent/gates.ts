/**
 * Which trackers of a file a consent manager holds back, and by what: elements its markers hold
 * (a Cookiebot `text/plain` script, a OneTrust iframe, a consentmanager `cmplazyload`), a
 * tarteaucitron service, a vendor's own consent call (Google Consent Mode, `fbq('consent',
 * 'revoke')`), and the `<noscript>` tags none of them can hold. Neutral: rules say what it means.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { scriptKindOf } from "../../language/scripts.js";
import type { Node } from "../estree.js";
import { memberPathOf, stringValueOf, unwrap } from "../estree.js";
import { CONSENT_MANAGERS, TARTEAUCITRON, UNNAMED_MANAGER, type ConsentManager, type ConsentMarker } from "./managers.js";

/** What holds a tracker until consent, or (`held: false`) why nothing can. */
export interface Gate {
  manager: ConsentManager;
  /** The category, purpose or service it waits for: "marketing", "targeting", "facebookpixel". */
  category: string | null;
  /** False for a tag in `<noscript>`: it loads with JavaScript off, where no consent manager runs. */
  held: boolean;
  /** How a message names it: "Cookiebot (marketing)". */
  label: string;
}

/** What the scan of one file learns about consent as it walks. */
export interface ConsentScan {
  /** Elements and tarteaucitron services held until consent, in file offsets. */
  regions: Array<{ range: [number, number]; gate: Gate }>;
  /** tarteaucitron jobs pushed (`tarteaucitron.job.push('gtag')`), in file offsets. */
  jobs: Array<{ job: string; range: [number, number] }>;
  /** `<noscript>` elements, in file offsets. */
  noscripts: Array<[number, number]>;
  /** The file's text, to tell which manager a shared marker belongs to. */
  text: string;
}

export function gateOf(manager: ConsentManager, category: string | null, held = true): Gate {
  return { manager, category, held, label: category ? `${manager.name} (${category})` : manager.name };
}

interface NamedValue {
  name: string;
  value: string;
}

/** A marker whose value says the manager runs the element without asking (`data-cookieconsent="ignore"`). */
const RUNS = Symbol("runs without consent");

/** The category a marker's value names, RUNS, or undefined when the marker is not on the element. */
function categoryOf(marker: ConsentMarker, attributes: readonly NamedValue[]): string | null | typeof RUNS | undefined {
  let value: string | undefined;
  if (marker.attribute) value = attributes.find((attribute) => attribute.name === marker.attribute)?.value;
  else if (marker.class) {
    const classes = (attributes.find((attribute) => attribute.name === "class" || attribute.name === "classname")?.value ?? "").split(/\s+/);
    const prefix = marker.class.endsWith("-");
    const token = classes.find((name) => (prefix ? name.startsWith(marker.class as string) : name === marker.class || name.startsWith(`${marker.class}-`)));
    value = token === undefined ? undefined : prefix ? token.slice(marker.class.length) : "";
  }
  if (value === undefined) return undefined;
  if (marker.runs?.includes(value.trim().toLowerCase())) return RUNS;
  const raw = marker.strip && value.startsWith(marker.strip) ? value.slice(marker.strip.length) : value.trim();
  if (marker.category) return marker.category;
  if (!raw) return null;
  const names = marker.names;
  return names ? raw.split(/[\s,-]+/).filter(Boolean).map((code) => names[code] ?? code).join(", ") : raw;
}

/**
 * The gate an element's attributes put on what it loads, or null. A marker two managers share goes
 * to the one whose script the file loads; a held script with no marker known is still held.
 */
export function gateOfElement(attributes: readonly NamedValue[], isScript: boolean, text: string): Gate | null {
  const held = isScript && scriptKindOf(attributes) === "held";
  const found: Gate[] = [];
  for (const manager of CONSENT_MANAGERS) {
    for (const marker of manager.markers) {
      if (marker.heldTypeOnly && !held) continue;
      const category = categoryOf(marker, attributes);
      if (category === RUNS) return null;
      if (category !== undefined) {
        found.push(gateOf(manager, category));
        break;
      }
    }
  }
  const loaded = found.find((gate) => gate.manager.hosts?.some((host) => text.includes(host)));
  return loaded ?? found[0] ?? (held ? gateOf(UNNAMED_MANAGER, null) : null);
}

/** A JSX element's attributes whose values are static text (`className` read as `class`). */
function jsxAttributesOf(node: TSESTree.JSXOpeningElement): NamedValue[] {
  const attributes: NamedValue[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== "JSXAttribute" || attribute.name.type !== "JSXIdentifier") continue;
    const name = attribute.name.name === "className" ? "class" : attribute.name.name.toLowerCase();
    const value = attribute.value === null ? "" : attribute.value.type === "JSXExpressionContainer" ? (attribute.value.expression.type === "JSXEmptyExpression" ? null : stringValueOf(attribute.value.expression as Node)) : stringValueOf(attribute.value as Node);
    attributes.push({ name, value: value ?? "" });
  }
  return attributes;
}

/** `React.createElement("script", { className: "optanon-category-C0004", … })` or `jsx("script", {…})` as a bundler leaves it: the tag and its static props. */
function createdElementOf(node: TSESTree.CallExpression): { name: string; attributes: NamedValue[] } | null {
  const callee = unwrap(node.callee as Node);
  const fn = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : "";
  if (fn !== "createElement" && !/^_?jsxs?$/.test(fn)) return null;
  const [tag, props] = node.arguments as Node[];
  const name = tag ? stringValueOf(tag) : null;
  if (name === null || props?.type !== "ObjectExpression") return null;
  const attributes: NamedValue[] = [];
  for (const property of props.properties) {
    if (property.type !== "Property") continue;
    const key = property.key.type === "Identifier" ? property.key.name : stringValueOf(property.key as Node);
    const value = stringValueOf(property.value as Node);
    if (key !== null && value !== null) attributes.push({ name: key === "className" ? "class" : key.toLowerCase(), value });
  }
  return { name, attributes };
}

/** `tarteaucitron.job`, or `(tarteaucitron.job = tarteaucitron.job || [])`. */
function isTarteaucitronJobs(node: Node): boolean {
  const target = unwrap(node);
  const path = memberPathOf(target.type === "AssignmentExpression" ? (target.left as Node) : target);
  return path !== null && path.slice(-2).join(".") === "tarteaucitron.job";
}

/** A tarteaucitron job pushed (`tarteaucitron.job.push('facebookpixel')`): the job, or null. */
function tarteaucitronJobOf(node: TSESTree.CallExpression): string | null {
  const callee = unwrap(node.callee);
  if (callee.type !== "MemberExpression" || callee.property.type !== "Identifier" || callee.property.name !== "push") return null;
  if (!isTarteaucitronJobs(callee.object as Node) || !node.arguments[0]) return null;
  return stringValueOf(node.arguments[0] as Node);
}

/** What one node adds to the file's consent scan: held elements, noscripts, tarteaucitron services. */
export function collectConsent(consent: ConsentScan, node: Node, fileRange: (range: readonly [number, number]) => [number, number]): void {
  const type = node.type as string;
  if (type === "Element") {
    const element = node as unknown as { name: string; attributes: NamedValue[]; range: [number, number] };
    if (element.name === "noscript") consent.noscripts.push(element.range);
    else if (element.attributes.length > 0) {
      const gate = gateOfElement(element.attributes, element.name === "script", consent.text);
      if (gate) consent.regions.push({ range: element.range, gate });
    }
  } else if (node.type === "JSXElement") {
    const name = node.openingElement.name.type === "JSXIdentifier" ? node.openingElement.name.name : "";
    if (name === "noscript") consent.noscripts.push(fileRange(node.range));
    else if (node.openingElement.attributes.length > 0) {
      const gate = gateOfElement(jsxAttributesOf(node.openingElement), name === "script" || name === "Script", consent.text);
      if (gate) consent.regions.push({ range: fileRange(node.range), gate });
    }
  } else if (node.type === "CallExpression") {
    const job = tarteaucitronJobOf(node);
    if (job) consent.jobs.push({ job, range: fileRange(node.range) });
    const created = job ? null : createdElementOf(node);
    if (created?.name === "noscript") consent.noscripts.push(fileRange(node.range));
    else if (created && created.attributes.length > 0) {
      const gate = gateOfElement(created.attributes, created.name === "script", consent.text);
      if (gate) consent.regions.push({ range: fileRange(node.range), gate });
    }
  } else if (node.type === "AssignmentExpression" && node.right.type === "ObjectExpression") {
    // tarteaucitron.services.facebookpixel = { js: function () { …the vendor's snippet… } }
    const path = memberPathOf(node.left as Node);
    const at = path?.lastIndexOf("services") ?? -1;
    if (path && at > 0 && path[at - 1] === "tarteaucitron" && path[at + 1]) {
      consent.regions.push({ range: fileRange(node.right.range), gate: gateOf(TARTEAUCITRON, path[at + 1] as string) });
    }
  }
}

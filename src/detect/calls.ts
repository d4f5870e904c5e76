import type { TSESTree } from "@typescript-eslint/utils";
import { VENDORS, type Vendor } from "./catalogue/index.js";
import { globalNameOf, memberPathOf, stringValueOf, unwrap, type Node } from "./estree.js";
import type { WrapperBinding } from "./wrappers.js";

/** A call into a tracker's API, normalised to the shape of `fbq(method, …)`. */
export interface TrackerCall {
  vendor: Vendor;
  node: TSESTree.CallExpression;
  /** How the call reaches the vendor: `fbq`, `window.fbq`, `ReactPixel.track`, `_fbq.push`. */
  callee: string;
  /** `init`, `track`, `trackCustom`, `set`, `consent`, `event`, `load`… */
  method: string;
  /** The event name when it is static (`Lead`), else null. */
  event: string | null;
  /** The pixel id of `init` / `trackSingle`. */
  id: Node | null;
  /** The advanced-matching (personal data) object of `init` / `identify`. */
  matching: Node | null;
  /** The options object of a wrapper's `init` (`{ autoConfig: false }`). */
  options: Node | null;
  /** Every argument that carries event data. */
  data: Node[];
  /** Whether the call's arguments are the fbq-style (`method` first) or wrapper-style list. */
  style: "function" | "method";
}

/** What a name means to the scan: a vendor function, or an alias of one (`const t = window.fbq`). */
export interface CallContext {
  aliases: Map<string, Vendor>;
  shadowed: Set<string>;
  wrappers: Map<string, WrapperBinding>;
}

const functionVendors = new Map<string, Vendor>();
const objectVendors = new Map<string, Vendor>();
for (const vendor of VENDORS) {
  for (const name of vendor.functions) functionVendors.set(name, vendor);
  for (const name of vendor.objects) objectVendors.set(name, vendor);
}

/** The vendor function a reference names: `fbq`, `window.fbq`, `this.$fbq`, `nuxtApp.$fbq`. */
export function vendorFunctionOf(node: Node, aliases?: Map<string, Vendor>): { vendor: Vendor; name: string } | null {
  const target = unwrap(node);
  if (target.type === "Identifier" && aliases?.has(target.name)) return { vendor: aliases.get(target.name) as Vendor, name: target.name };
  const name = globalNameOf(target);
  if (name !== null && functionVendors.has(name)) return { vendor: functionVendors.get(name) as Vendor, name };
  const path = memberPathOf(target);
  const last = path?.[path.length - 1];
  // Injected helpers such as Nuxt's `$fbq` are distinctive wherever they hang.
  if (last?.startsWith("$") && functionVendors.has(last)) return { vendor: functionVendors.get(last) as Vendor, name: last };
  return null;
}

/** Methods that set a tracker up with an id (Pinterest's init is `pintrk('load', id, …)`). */
export const INIT_METHODS = new Set(["init", "load"]);
const FBQ_TRACK = new Set(["track", "trackCustom"]);
const FBQ_SINGLE = new Set(["trackSingle", "trackSingleCustom"]);

/** Reads `fbq(method, …)`-style arguments. */
function functionStyle(vendor: Vendor, node: TSESTree.CallExpression, callee: string, args: Node[]): TrackerCall {
  const method = (args[0] && stringValueOf(args[0])) ?? "";
  const call: TrackerCall = { vendor, node, callee, method, event: null, id: null, matching: null, options: null, data: args.slice(1), style: "function" };
  if (INIT_METHODS.has(method)) {
    call.id = args[1] ?? null;
    call.matching = args[2] ?? null;
    call.data = [];
  } else if (FBQ_TRACK.has(method) || method === "event") {
    call.event = (args[1] && stringValueOf(args[1])) ?? null;
  } else if (FBQ_SINGLE.has(method)) {
    call.id = args[1] ?? null;
    call.event = (args[2] && stringValueOf(args[2])) ?? null;
    call.data = args.slice(2);
  } else if (method === "addPixelId") {
    call.id = args[1] ?? null;
  }
  return call;
}

/** Reads `Wrapper.method(…)` / `ttq.track(event, …)`-style arguments. */
function methodStyle(vendor: Vendor, node: TSESTree.CallExpression, callee: string, method: string, args: Node[]): TrackerCall {
  const call: TrackerCall = { vendor, node, callee, method, event: null, id: null, matching: null, options: null, data: args, style: "method" };
  if (INIT_METHODS.has(method) || method === "initialize") {
    call.id = args[0] ?? null;
    call.matching = args[1] ?? null;
    call.options = args[2] ?? null;
    call.data = [];
  } else if (method === "identify") {
    call.matching = args[0] ?? null;
    call.data = [];
  } else if (method === "pageView" || method === "page") {
    call.event = null;
  } else if (FBQ_SINGLE.has(method)) {
    call.id = args[0] ?? null;
    call.event = (args[1] && stringValueOf(args[1])) ?? null;
    call.data = args.slice(1);
  } else {
    call.event = (args[0] && stringValueOf(args[0])) ?? null;
  }
  return call;
}

/** The tracker call a CallExpression makes, or null. `text` slices the callee out of the source. */
export function trackerCallOf(node: TSESTree.CallExpression, context: CallContext, text: (node: Node) => string): TrackerCall | null {
  const args = node.arguments as Node[];
  const callee = unwrap(node.callee);
  const head = memberPathOf(callee)?.[0];
  if (head !== undefined && context.shadowed.has(head)) return null;
  const fn = vendorFunctionOf(callee, context.aliases);
  if (fn) return functionStyle(fn.vendor, node, text(callee), args);

  const path = memberPathOf(callee);
  if (!path || head === undefined) return null;
  const binding = context.wrappers.get(head);
  if (binding) {
    // `import { track } from "meta-pixel"; track(…)` or `ReactPixel.track(…)`.
    const method = path.length === 1 ? binding.imported : path.slice(1).join(".");
    if (!method) return null;
    if (method === "fbq") return functionStyle(binding.vendor, node, text(callee), args);
    return methodStyle(binding.vendor, node, text(callee), method, args);
  }
  // Strip `window.` / `this.` / an app instance before an injected `$name`.
  let start = 0;
  while (start < path.length - 1 && !objectVendors.has(path[start] as string)) start++;
  const objectName = path[start] as string;
  const vendor = objectVendors.get(objectName);
  if (!vendor || start === path.length - 1) return null;
  if (start > 0 && !objectName.startsWith("$") && globalNameOf(callee) === null && !isGlobalPrefix(path.slice(0, start))) return null;
  const method = path.slice(start + 1).join(".");
  if (method === "push" && objectName === "_fbq") {
    // The legacy queue: `_fbq.push(["addPixelId", id])`, `window._fbq.push(["track", "Lead"])`.
    const first = args[0] ? unwrap(args[0]) : null;
    if (first?.type !== "ArrayExpression") return null;
    const elements = first.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== "SpreadElement");
    return functionStyle(vendor, node, text(callee), elements);
  }
  return methodStyle(vendor, node, text(callee), method, args);
}

function isGlobalPrefix(prefix: string[]): boolean {
  return prefix.every((name) => name === "window" || name === "globalThis" || name === "self");
}

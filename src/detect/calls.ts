import type { TSESTree } from "@typescript-eslint/utils";
import { UNLISTED_FUNCTION_METHOD, UNLISTED_OBJECT_METHOD, VENDORS, type CallShape, type MethodShapes, type Vendor } from "./catalogue/index.js";
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
  /** The call sets the tracker up with its id (`fbq('init', id)`, `pintrk('load', id)`): its shape says so. */
  setup: boolean;
}

/** A vendor function a name stands for: the vendor, and the function's name in its catalogue entry. */
export interface VendorFunction {
  vendor: Vendor;
  name: string;
}

/** What a name means to the scan: a vendor function, or an alias of one (`const t = window.fbq`). */
export interface CallContext {
  aliases: Map<string, VendorFunction>;
  shadowed: Set<string>;
  wrappers: Map<string, WrapperBinding>;
}

/** The shape of one method of an API: the one listed, else the default of its kind of API. */
function shapeOf(shapes: MethodShapes | undefined, method: string, style: TrackerCall["style"]): CallShape {
  if (shapes && Object.hasOwn(shapes, method)) return shapes[method] as CallShape;
  return style === "function" ? UNLISTED_FUNCTION_METHOD : UNLISTED_OBJECT_METHOD;
}

/** Where a call goes before its arguments are read: the vendor, the API's shapes, how the method is named. */
interface CallTarget {
  vendor: Vendor;
  callee: string;
  shapes: MethodShapes | undefined;
  /** `function`: the method is argument 0; `method`: it is `method` (`track` of `ttq.track`). */
  style: TrackerCall["style"];
  method: string;
}

/**
 * Reads a call's arguments by the shape its API gives the method; null when they are not a call
 * (`_fbq.push(x)`). An object's or wrapper's method can hand its arguments on to a function API
 * (`ReactPixel.fbq('track', …)`, `_fbq.push(['track', …])`): they are then read as that call.
 */
function callOf(target: CallTarget, node: TSESTree.CallExpression, args: Node[]): TrackerCall | null {
  let { shapes, style, method } = target;
  const handOn = style === "method" ? shapeOf(shapes, method, style) : null;
  if (handOn?.queue) {
    const first = args[0] ? unwrap(args[0]) : null;
    if (first?.type !== "ArrayExpression") return null;
    args = first.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== "SpreadElement");
  }
  if (handOn?.calls || handOn?.queue) {
    shapes = handOn.calls ?? handOn.queue;
    style = "function";
  }
  if (style === "function") method = (args[0] && stringValueOf(args[0])) ?? "";
  const shape = shapeOf(shapes, method, style);
  const at = (index: number | undefined): Node | null => (index === undefined ? null : (args[index] ?? null));
  const event = at(shape.event);
  return {
    vendor: target.vendor,
    node,
    callee: target.callee,
    method,
    event: (event && stringValueOf(event)) ?? null,
    id: at(shape.id),
    matching: at(shape.matching),
    options: at(shape.options),
    data: shape.data === undefined ? [] : args.slice(shape.data),
    style,
    setup: shape.setup === true,
  };
}

/** Call detection over one list of vendors. */
export interface CallReader {
  vendorFunctionOf(node: Node, aliases?: Map<string, VendorFunction>): VendorFunction | null;
  trackerCallOf(node: TSESTree.CallExpression, context: CallContext, text: (node: Node) => string): TrackerCall | null;
}

/** Finds the calls into a list of vendors' APIs: the catalogue's, or a list of a test's own. */
export function callReaderOf(vendors: readonly Vendor[]): CallReader {
  const functionVendors = new Map<string, Vendor>();
  const objectVendors = new Map<string, Vendor>();
  for (const vendor of vendors) {
    for (const name of vendor.functions) functionVendors.set(name, vendor);
    for (const name of vendor.objects) objectVendors.set(name, vendor);
  }
  const functionNamed = (name: string): VendorFunction => ({ vendor: functionVendors.get(name) as Vendor, name });

  /** The vendor function a reference names: `fbq`, `window.fbq`, `this.$fbq`, `nuxtApp.$fbq`. */
  function vendorFunctionOf(node: Node, aliases?: Map<string, VendorFunction>): VendorFunction | null {
    const target = unwrap(node);
    if (target.type === "Identifier" && aliases?.has(target.name)) return aliases.get(target.name) as VendorFunction;
    const name = globalNameOf(target);
    if (name !== null && functionVendors.has(name)) return functionNamed(name);
    const path = memberPathOf(target);
    const last = path?.[path.length - 1];
    // Injected helpers such as Nuxt's `$fbq` are distinctive wherever they hang.
    if (last?.startsWith("$") && functionVendors.has(last)) return functionNamed(last);
    return null;
  }

  /** The tracker call a CallExpression makes, or null. `text` slices the callee out of the source. */
  function trackerCallOf(node: TSESTree.CallExpression, context: CallContext, text: (node: Node) => string): TrackerCall | null {
    const args = node.arguments as Node[];
    const callee = unwrap(node.callee);
    const head = memberPathOf(callee)?.[0];
    if (head !== undefined && context.shadowed.has(head)) return null;
    const fn = vendorFunctionOf(callee, context.aliases);
    if (fn) return callOf({ vendor: fn.vendor, callee: text(callee), shapes: fn.vendor.api.functions[fn.name], style: "function", method: fn.name }, node, args);

    const path = memberPathOf(callee);
    if (!path || head === undefined) return null;
    const binding = context.wrappers.get(head);
    if (binding) {
      // `import { track } from "meta-pixel"; track(…)` or `ReactPixel.track(…)`.
      const method = path.length === 1 ? binding.imported : path.slice(1).join(".");
      if (!method) return null;
      return callOf({ vendor: binding.vendor, callee: text(callee), shapes: binding.pkg.api, style: "method", method }, node, args);
    }
    // Strip `window.` / `this.` / an app instance before an injected `$name`.
    let start = 0;
    while (start < path.length - 1 && !objectVendors.has(path[start] as string)) start++;
    const objectName = path[start] as string;
    const vendor = objectVendors.get(objectName);
    if (!vendor || start === path.length - 1) return null;
    if (start > 0 && !objectName.startsWith("$") && globalNameOf(callee) === null && !isGlobalPrefix(path.slice(0, start))) return null;
    const method = path.slice(start + 1).join(".");
    return callOf({ vendor, callee: text(callee), shapes: vendor.api.objects[objectName], style: "method", method }, node, args);
  }

  return { vendorFunctionOf, trackerCallOf };
}

function isGlobalPrefix(prefix: string[]): boolean {
  return prefix.every((name) => name === "window" || name === "globalThis" || name === "self");
}

const catalogueCalls = callReaderOf(VENDORS);
/** The catalogue's vendor function a reference names (see `callReaderOf`). */
export const vendorFunctionOf = catalogueCalls.vendorFunctionOf;
/** The catalogue's tracker call a CallExpression makes, or null (see `callReaderOf`). */
export const trackerCallOf = catalogueCalls.trackerCallOf;

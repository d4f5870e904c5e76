import type { TSESTree } from "@typescript-eslint/utils";
import { UNLISTED_FUNCTION_METHOD, UNLISTED_OBJECT_METHOD, VENDORS, type ApiForm, type CallShape, type MethodShapes, type Vendor } from "./catalogue/index.js";
import { globalNameOf, memberPathOf, propertyNameOf, stringValueOf, unwrap, type Node } from "./estree.js";
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
  /** How the API's calls are told apart from a site's own (`hj`: only its listed methods). */
  form?: ApiForm | undefined;
}

/** The listed method a call names: itself, or for a function the part after a tracker name (`ga('t2.send')`). */
function listedMethodOf(shapes: MethodShapes | undefined, method: string, style: TrackerCall["style"]): string | null {
  if (shapes && Object.hasOwn(shapes, method)) return method;
  const last = method.slice(method.lastIndexOf(".") + 1);
  return style === "function" && shapes && Object.hasOwn(shapes, last) ? last : null;
}

/** The value of a static key of an object expression: `event` of `{ event: 'sign_up' }`. */
function propertyOf(node: Node | undefined, key: string): Node | null {
  const target = node ? unwrap(node) : null;
  if (target?.type !== "ObjectExpression") return null;
  for (const property of target.properties) {
    if (property.type !== "Property" || property.computed) continue;
    const name = property.key.type === "Identifier" ? property.key.name : stringValueOf(property.key);
    if (name === key) return property.value as Node;
  }
  return null;
}

/**
 * `a.b.c` as ["a", "b", "c"]; a method called on the way is marked `b()`: `amplitude.getInstance().logEvent`
 * is ["amplitude", "getInstance()", "logEvent"]. Null when a step is not static.
 */
function calleePathOf(node: Node): string[] | null {
  const path: string[] = [];
  let current = unwrap(node);
  let called = false;
  for (;;) {
    if (current.type === "MemberExpression") {
      const name = propertyNameOf(current);
      if (name === null) return null;
      path.unshift(called ? `${name}()` : name);
      called = false;
      current = unwrap(current.object);
    } else if (current.type === "CallExpression" && path.length > 0 && !called) {
      called = true;
      current = unwrap(current.callee);
    } else break;
  }
  if (called) return null;
  if (current.type === "Identifier") path.unshift(current.name);
  else if (current.type === "ThisExpression") path.unshift("this");
  else return null;
  return path;
}

/** The method a path's parts name, through the API's `chain` methods (`getInstance().logEvent` is `logEvent`); null through any other call. */
function methodOfParts(parts: string[], shapes: MethodShapes | undefined): string | null {
  const kept: string[] = [];
  for (const part of parts) {
    if (!part.endsWith("()")) kept.push(part);
    else if (!shapes?.[part.slice(0, -2)]?.chain) return null;
  }
  return kept.length > 0 ? kept.join(".") : null;
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
  const form = handOn?.calls || handOn?.queue ? undefined : target.form;
  if (style === "function") {
    const named = args[form?.methodAt ?? 0];
    method = (named && stringValueOf(named)) ?? "";
  }
  const listed = listedMethodOf(shapes, method, style);
  if (form?.listedOnly && listed === null) return null;
  const shape = shapeOf(shapes, listed ?? method, style);
  if (shape.chain) return null;
  const at = (index: number | undefined): Node | null => (index === undefined ? null : (args[index] ?? null));
  let event = at(shape.event);
  if (shape.eventKey) {
    event = propertyOf(args[shape.data ?? 0], shape.eventKey);
    if (!event) return null;
  }
  const matching = at(shape.matching);
  return {
    vendor: target.vendor,
    node,
    callee: target.callee,
    method,
    event: (event && stringValueOf(event)) ?? null,
    id: at(shape.id),
    matching: shape.matchingKey ? propertyOf(matching ?? undefined, shape.matchingKey) : matching,
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
    const path = calleePathOf(callee);
    const head = path?.[0];
    if (head !== undefined && context.shadowed.has(head)) return null;
    // an imported name is the package's, even when a vendor's global has the same name (`import ym from …`)
    const fn = head !== undefined && context.wrappers.has(head) ? null : vendorFunctionOf(callee, context.aliases);
    if (fn) return callOf({ vendor: fn.vendor, callee: text(callee), shapes: fn.vendor.api.functions[fn.name], style: "function", method: fn.name, form: fn.vendor.forms[fn.name] }, node, args);

    if (!path || head === undefined) return null;
    const binding = context.wrappers.get(head);
    if (binding) {
      // `import { track } from "meta-pixel"; track(…)`, `ReactPixel.track(…)`, or a default export called itself.
      // a loader (`usePostHog()`) is the package's finding, not a call
      if (path.length === 1 && binding.imported !== null && binding.pkg.loaders?.includes(binding.imported)) return null;
      const method = path.length === 1 ? (binding.imported ?? (binding.pkg.api?.default ? "default" : null)) : methodOfParts(path.slice(1), binding.pkg.api);
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
    const shapes = vendor.api.objects[objectName];
    const method = methodOfParts(path.slice(start + 1), shapes);
    if (method === null) return null;
    return callOf({ vendor, callee: text(callee), shapes, style: "method", method, form: vendor.forms[objectName] }, node, args);
  }

  return { vendorFunctionOf, trackerCallOf };
}

function isGlobalPrefix(prefix: string[]): boolean {
  return prefix.every((name) => name === "window" || name === "globalThis" || name === "self");
}

const hostedBy = new Map<string, Vendor>();
for (const vendor of VENDORS) if (vendor.hosts) hostedBy.set(vendor.hosts, vendor);

/**
 * The vendor a call goes to in a file: a self-hosted API's call (`_paq.push`) in a file that loads
 * its hosted counterpart (a `cdn.matomo.cloud` loader) goes to that counterpart.
 */
export function hostedVendorOf(vendor: Vendor, loaded: ReadonlyArray<{ vendor: Vendor }>): Vendor {
  const host = hostedBy.get(vendor.id);
  return host && loaded.some((finding) => finding.vendor === host) ? host : vendor;
}

const catalogueCalls = callReaderOf(VENDORS);
/** The catalogue's vendor function a reference names (see `callReaderOf`). */
export const vendorFunctionOf = catalogueCalls.vendorFunctionOf;
/** The catalogue's tracker call a CallExpression makes, or null (see `callReaderOf`). */
export const trackerCallOf = catalogueCalls.trackerCallOf;

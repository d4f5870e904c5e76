import type { TSESTree } from "@typescript-eslint/utils";
import { META_ID, VENDORS, vendorById, type Vendor, type WrapperPackage } from "./catalogue/index.js";
import { isPixelGuard, isPixelStub, snippetOf } from "./base-code.js";
import { vendorFunctionOf } from "./calls.js";
import { embeddedCodeOf } from "./embedded.js";
import { concatenationOf, globalNameOf, memberPathOf, stringValueOf, unwrap, type Node } from "./estree.js";
import { addFinding, type ScanState } from "./scan-state.js";
import { rangeOf } from "./source.js";
import { findingOfUrl, urlsIn } from "./urls.js";
import { collectTrackingAttribute } from "./markup.js";
import { isModuleReference, isShadowing } from "./references.js";
import { collectCodeInString } from "./string-code.js";
import { bindingsOfImport, LOADERS, requiredWrapperOf, wrapperPackageOf } from "./wrappers.js";

const globalVendors = new Map<string, Vendor>();
const markerVendors = new Map<string, Vendor>();
for (const vendor of VENDORS) {
  for (const name of vendor.globals) globalVendors.set(name, vendor);
  for (const marker of vendor.markers) markerVendors.set(marker, vendor);
}
const META = vendorById(META_ID) as Vendor;

/** Tracker URLs in a string expression: literal, template or constant concatenation. */
function collectString(state: ScanState, node: Node, parent: Node | undefined): void {
  if (parent?.type === "BinaryExpression" && parent.operator === "+") return; // its chain's root reads it
  if (state.parsedStrings.has(node) || collectCodeInString(state, node)) return;
  const text = concatenationOf(node);
  if (text === null) return;
  const value = stringValueOf(node);
  if (value !== null) {
    const wrapper = wrapperPackageOf(value);
    if (wrapper && isModuleReference(node, (child) => state.parents.get(child))) addFinding(state, { vendor: wrapper.vendor, kind: "package", label: `the ${wrapper.pkg.name} package` }, node);
    const marker = markerVendors.get(value);
    if (marker) addFinding(state, { vendor: marker, kind: "marker", label: `${marker.name} snippet ('${value}')` }, node);
  }
  for (const hit of urlsIn(text)) state.findings.push(findingOfUrl(hit, rangeOf(state.source, node.range)));
}

/** Local names bound to a tracker: aliases of its function and wrapper packages. */
function collectBinding(state: ScanState, id: Node, init: Node): void {
  const fn = vendorFunctionOf(init, state.aliases);
  if (fn && id.type === "Identifier") state.aliases.set(id.name, fn);
  if (id.type === "ObjectPattern" && globalNameOf(init) !== null && unwrap(init).type === "Identifier") {
    // `const { fbq: send } = window`
    for (const property of id.properties) {
      if (property.type !== "Property" || property.value.type !== "Identifier") continue;
      const named = vendorFunctionOf({ ...property.value, name: property.key.type === "Identifier" ? property.key.name : "" } as Node);
      if (named) state.aliases.set(property.value.name, named);
    }
  }
  const wrapper = requiredWrapperOf(unwrap(init)) ?? instanceOfWrapper(state, init);
  if (!wrapper) return;
  if (id.type === "Identifier") state.wrappers.set(id.name, { ...wrapper, imported: null });
  if (id.type === "ObjectPattern") {
    for (const property of id.properties) {
      if (property.type !== "Property" || property.value.type !== "Identifier") continue;
      const key = property.key.type === "Identifier" ? property.key.name : stringValueOf(property.key);
      state.wrappers.set(property.value.name, { ...wrapper, imported: key === "default" ? null : key });
    }
  }
}

/**
 * A wrapper's instance: `const analytics = AnalyticsBrowser.load({ writeKey })`, `const posthog =
 * usePostHog()`. Its methods are the package's calls too.
 */
function instanceOfWrapper(state: ScanState, init: Node): { vendor: Vendor; pkg: WrapperPackage } | null {
  const call = unwrap(init);
  if (call.type !== "CallExpression") return null;
  const head = memberPathOf(call.callee)?.[0];
  const binding = head === undefined ? undefined : state.wrappers.get(head);
  return binding ? { vendor: binding.vendor, pkg: binding.pkg } : null;
}

/** A vendor's install globals: `_linkedin_partner_id = "1"`, `w.TiktokAnalyticsObject = t`. */
function collectGlobal(state: ScanState, target: Node, node: Node): void {
  const path = memberPathOf(target);
  const name = path?.[path.length - 1];
  const vendor = name === undefined ? undefined : globalVendors.get(name);
  if (vendor && name) addFinding(state, { vendor, kind: "global", label: `${vendor.name} (${name})` }, node);
}

/** The JavaScript inside a JSX `<Script>` / `<script>`: children or `dangerouslySetInnerHTML.__html`. */
function collectJsxScript(state: ScanState, node: TSESTree.JSXElement): void {
  const name = node.openingElement.name;
  if (name.type !== "JSXIdentifier" || (name.name !== "Script" && name.name !== "script")) return;
  const bodies: Node[] = [];
  for (const child of node.children) if (child.type === "JSXExpressionContainer" && child.expression.type !== "JSXEmptyExpression") bodies.push(child.expression);
  for (const attribute of node.openingElement.attributes) {
    if (attribute.type !== "JSXAttribute" || attribute.name.name !== "dangerouslySetInnerHTML") continue;
    const value = attribute.value?.type === "JSXExpressionContainer" ? attribute.value.expression : null;
    if (value?.type !== "ObjectExpression") continue;
    for (const property of value.properties) {
      if (property.type === "Property" && property.key.type === "Identifier" && property.key.name === "__html") bodies.push(property.value as Node);
    }
  }
  for (const body of bodies) {
    const code = embeddedCodeOf(unwrap(body), state.source.text, state.source);
    if (!code) continue;
    state.embedded.push(code);
    state.parsedStrings.add(unwrap(body));
  }
}

/** What one node of JavaScript (or TypeScript, or JSX) adds to the scan. */
export function collectCode(state: ScanState, node: Node, parent: Node | undefined): void {
  switch (node.type) {
    case "Literal":
    case "TemplateLiteral":
      collectString(state, node, parent);
      return;
    case "BinaryExpression":
      if (node.operator === "+") collectString(state, node, parent);
      return;
    case "CallExpression": {
      state.calls.push({ node, source: state.source });
      const callee = unwrap(node.callee);
      const loader = callee.type === "Identifier" ? LOADERS.get(callee.name) : undefined;
      if (loader && callee.type === "Identifier") addFinding(state, { vendor: loader.vendor, kind: "package", label: `${callee.name}() from ${loader.pkg.name}` }, node);
      return;
    }
    case "JSXOpeningElement": {
      const loader = node.name.type === "JSXIdentifier" ? LOADERS.get(node.name.name) : undefined;
      if (loader && node.name.type === "JSXIdentifier") addFinding(state, { vendor: loader.vendor, kind: "package", label: `<${node.name.name}> from ${loader.pkg.name}` }, node);
      return;
    }
    case "FunctionDeclaration":
      if (node.id && isShadowing(node.id.name, node, state.source)) state.shadowed.add(node.id.name);
      return;
    case "ImportDeclaration":
      for (const [local, binding] of bindingsOfImport(node)) state.wrappers.set(local, binding);
      return;
    case "VariableDeclarator":
      if (node.init) collectBinding(state, node.id, node.init);
      if (node.id.type === "Identifier" && node.init && !state.wrappers.has(node.id.name) && isShadowing(node.id.name, node.init, state.source)) state.shadowed.add(node.id.name);
      collectGlobal(state, node.id, node);
      return;
    case "AssignmentExpression":
      collectBinding(state, node.left, node.right);
      collectGlobal(state, node.left, node);
      return;
    case "ConditionalExpression":
    case "IfStatement":
      if (isPixelStub(node) || isPixelGuard(node)) {
        const snippet = snippetOf(node, (child) => state.parents.get(child));
        addFinding(state, { vendor: META, kind: "base-code", label: "the Meta Pixel base code" }, snippet);
      }
      return;
    case "JSXElement":
      collectJsxScript(state, node);
      return;
    case "JSXAttribute": {
      const name = node.name.type === "JSXIdentifier" ? node.name.name : `${node.name.namespace.name}:${node.name.name.name}`;
      if (/^on[A-Z]/.test(name) && node.value?.type === "JSXExpressionContainer") state.handlers.push({ name, range: node.range });
      const value = node.value ? (stringValueOf(node.value) ?? "") : "";
      collectTrackingAttribute(state, name.toLowerCase(), value, node.range);
      return;
    }
    default:
  }
}

import { VENDORS } from "./catalogue/index.js";
import { unwrap, type Node } from "./estree.js";
import { textOf, type Source } from "./source.js";

const CONFIG_KEYS = new Set(["modules", "buildModules", "plugins", "resolve"]);
const vendorFunctions = new Set(VENDORS.flatMap((vendor) => vendor.functions));
const vendorObjects = new Set(VENDORS.flatMap((vendor) => vendor.objects));

/**
 * Whether a string names a module: an import or require source, or an entry of a framework
 * config's `modules` / `buildModules` / `plugins` list or a `resolve:` (nuxt.config, gatsby-config).
 * `<Script id="meta-pixel">` or `className="meta-pixel"` is not a reference to the package.
 */
export function isModuleReference(node: Node, parentOf: (node: Node) => Node | undefined): boolean {
  let parent = parentOf(node);
  if (!parent) return false;
  switch (parent.type) {
    case "ImportDeclaration":
    case "ExportAllDeclaration":
    case "ExportNamedDeclaration":
    case "ImportExpression":
      return true;
    case "CallExpression": {
      const callee = unwrap(parent.callee);
      return parent.arguments[0] === node && ((callee.type === "Identifier" && callee.name === "require") || (callee.type === "MemberExpression" && callee.object.type === "Identifier" && callee.object.name === "require"));
    }
    default:
  }
  // Climb through `[name, options]` tuples and the list to the property that holds them.
  let current: Node = node;
  while (parent?.type === "ArrayExpression") {
    current = parent;
    parent = parentOf(parent);
  }
  if (parent?.type !== "Property" || parent.value !== current) return false;
  const key = parent.key.type === "Identifier" ? parent.key.name : parent.key.type === "Literal" ? String(parent.key.value) : "";
  return CONFIG_KEYS.has(key);
}

/**
 * Whether a declaration of a vendor's name makes it something else in this file:
 * `const fbq = () => {}`, `function gtag() { return 1 }`, `const FB = getFeedbackWidget()`.
 * The vendors' own stubs are not shadows: `function gtag(){dataLayer.push(arguments)}` and
 * `var ttq = w[t] = w[t] || []` install the real thing.
 */
export function isShadowing(name: string, value: Node, source: Source): boolean {
  const target = unwrap(value);
  if (vendorFunctions.has(name)) {
    const isFunction = target.type === "FunctionDeclaration" || target.type === "FunctionExpression" || target.type === "ArrowFunctionExpression";
    if (!isFunction) return false;
    const text = textOf(source, target.range);
    return !text.includes("arguments") && !text.includes("dataLayer");
  }
  if (vendorObjects.has(name)) {
    return target.type === "CallExpression" || target.type === "NewExpression" || target.type === "ObjectExpression" || target.type === "ArrowFunctionExpression" || target.type === "FunctionExpression";
  }
  return false;
}

import type { TSESTree } from "@typescript-eslint/utils";
import { VENDORS, type Vendor, type WrapperPackage } from "./catalogue/index.js";
import { stringValueOf, type Node } from "./estree.js";

/** A local name bound to a wrapper package: `import ReactPixel from "react-facebook-pixel"`. */
export interface WrapperBinding {
  vendor: Vendor;
  pkg: WrapperPackage;
  /** The imported name for `import { track } from …`; null for the default or namespace object. */
  imported: string | null;
}

const packages = new Map<string, { vendor: Vendor; pkg: WrapperPackage }>();
for (const vendor of VENDORS) for (const pkg of vendor.packages) if (!pkg.general) packages.set(pkg.name, { vendor, pkg });

/** The catalogue's wrapper package a module specifier names (`meta-pixel`, `meta-pixel/dist/x`). */
export function wrapperPackageOf(specifier: string): { vendor: Vendor; pkg: WrapperPackage } | null {
  const exact = packages.get(specifier);
  if (exact) return exact;
  const scoped = specifier.startsWith("@");
  const root = specifier.split("/").slice(0, scoped ? 2 : 1).join("/");
  return root !== specifier ? (packages.get(root) ?? null) : null;
}

/** `import X from "pkg"`, `import * as X`, `import { a as b }`: the local names it binds. */
export function bindingsOfImport(node: TSESTree.ImportDeclaration): Map<string, WrapperBinding> {
  const found = wrapperPackageOf(String(node.source.value));
  const bindings = new Map<string, WrapperBinding>();
  if (!found) return bindings;
  for (const specifier of node.specifiers) {
    const imported =
      specifier.type === "ImportSpecifier"
        ? specifier.imported.type === "Identifier"
          ? specifier.imported.name
          : String(specifier.imported.value)
        : null;
    bindings.set(specifier.local.name, { ...found, imported });
  }
  return bindings;
}

/** `require("pkg")` or `await import("pkg")`: the package, when it is a wrapper. */
export function requiredWrapperOf(node: Node): { vendor: Vendor; pkg: WrapperPackage } | null {
  let target = node;
  if (target.type === "AwaitExpression") target = target.argument;
  if (target.type === "MemberExpression" && !target.computed && target.property.type === "Identifier" && target.property.name === "default") target = target.object;
  if (target.type === "ImportExpression") {
    const name = stringValueOf(target.source);
    return name === null ? null : wrapperPackageOf(name);
  }
  if (target.type === "CallExpression" && target.callee.type === "Identifier" && target.callee.name === "require" && target.arguments[0]) {
    const name = stringValueOf(target.arguments[0]);
    return name === null ? null : wrapperPackageOf(name);
  }
  return null;
}

/** Functions and components that load a vendor wherever they are used, with their package. */
export const LOADERS = new Map<string, { vendor: Vendor; pkg: WrapperPackage }>();
for (const vendor of VENDORS) for (const pkg of vendor.packages) for (const name of pkg.loaders ?? []) LOADERS.set(name, { vendor, pkg });

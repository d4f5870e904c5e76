import type { TSESTree } from "@typescript-eslint/utils";

export type Node = TSESTree.Node;

/** What stands for a part of a string that is not known until run time. */
export const UNKNOWN = "\u0000";

/** A built string as a message shows it: each run of unknown parts as `…`. */
export function shownAsWritten(text: string): string {
  return text.replace(/\0+/g, "…");
}

/** The names that mean the global object in a browser. */
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self", "top", "parent", "frames"]);

/** `x?.y` and `(x as T)` wrap the node that matters; unwrap them. */
export function unwrap(node: Node): Node {
  let current = node;
  for (;;) {
    if (current.type === "ChainExpression") current = current.expression;
    else if (current.type === "TSAsExpression" || current.type === "TSNonNullExpression" || current.type === "TSSatisfiesExpression") current = current.expression;
    else if (current.type === "TSTypeAssertion") current = current.expression;
    else return current;
  }
}

/** The name of a member's property when it is static: `a.b`, `a["b"]`, `` a[`b`] ``. */
export function propertyNameOf(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.property.type === "PrivateIdentifier") return null;
  return stringValueOf(node.property);
}

/** The static text of a string literal or of a template literal without expressions. */
export function stringValueOf(node: Node): string | null {
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/**
 * The text a string expression builds, with every part not known until run time as UNKNOWN:
 * `"https://connect." + "facebook.net/x.js"`, `` `…tr?id=${id}` ``. Null when nothing is a string.
 * Iterative over `+` chains, so a long concatenation cannot overflow the stack.
 */
export function concatenationOf(node: Node): string | null {
  const parts: string[] = [];
  let sawString = false;
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = unwrap(stack.pop() as Node);
    if (current.type === "BinaryExpression" && current.operator === "+") {
      stack.push(current.right, current.left as Node);
    } else if (current.type === "Literal" && typeof current.value === "string") {
      parts.push(current.value);
      sawString = true;
    } else if (current.type === "TemplateLiteral") {
      current.quasis.forEach((quasi, index) => {
        parts.push(quasi.value.cooked ?? quasi.value.raw);
        if (index < current.expressions.length) parts.push(UNKNOWN);
      });
      sawString = true;
    } else {
      parts.push(UNKNOWN);
    }
  }
  return sawString ? parts.join("") : null;
}

/**
 * A reference to a global name: `fbq`, `window.fbq`, `window["fbq"]`, `globalThis.fbq`,
 * `window.top.fbq`. Returns the name, or null for anything else.
 */
export function globalNameOf(node: Node): string | null {
  const target = unwrap(node);
  if (target.type === "Identifier") return target.name;
  if (target.type !== "MemberExpression") return null;
  const name = propertyNameOf(target);
  if (name === null) return null;
  const object = unwrap(target.object);
  if (object.type === "Identifier" && GLOBAL_OBJECTS.has(object.name)) return name;
  if (object.type === "MemberExpression" && globalNameOf(object) !== null && GLOBAL_OBJECTS.has(globalNameOf(object) ?? "")) return name;
  return null;
}

/** `a.b.c` as ["a", "b", "c"] when every step is static; `this` is "this". */
export function memberPathOf(node: Node): string[] | null {
  const path: string[] = [];
  let current = unwrap(node);
  while (current.type === "MemberExpression") {
    const name = propertyNameOf(current);
    if (name === null) return null;
    path.unshift(name);
    current = unwrap(current.object);
  }
  if (current.type === "Identifier") path.unshift(current.name);
  else if (current.type === "ThisExpression") path.unshift("this");
  else return null;
  return path;
}

/**
 * A JSON file as a tree with file offsets: the container reader needs where each tag's `"type"`
 * and `html` value are written, which `JSON.parse` does not say. JSON is a JavaScript expression,
 * so espree (acorn) reads it with ranges, the way jsonc-eslint-parser does; the text has passed
 * `JSON.parse` first, so the tree is JSON's. espree reads a 3 MB export about four times faster
 * than the `yaml` package's JSON-as-YAML reading did.
 */
import * as espree from "espree";
import type * as ESTree from "estree";

export type JsonNode = ESTree.Node;
type Range = [number, number];

/** The text is read as `(` + text + `\n)`: every range is one character on. */
const OPENING = 1;

/** The root value's node, or null when espree cannot read the text (a duplicate `__proto__` key). */
export function rangedRootOf(text: string): JsonNode | null {
  try {
    const program = espree.parse(`(${text}\n)`, { ecmaVersion: "latest", range: true, loc: false }) as unknown as ESTree.Program;
    const [statement] = program.body;
    return statement?.type === "ExpressionStatement" ? statement.expression : null;
  } catch {
    return null;
  }
}

/** The `key: value` property of an object (the last one, as `JSON.parse` keeps), or null. */
export function pairOf(node: JsonNode | null | undefined, key: string): ESTree.Property | null {
  if (node?.type !== "ObjectExpression") return null;
  let found: ESTree.Property | null = null;
  for (const property of node.properties) if (property.type === "Property" && property.key.type === "Literal" && property.key.value === key) found = property;
  return found;
}

/** The value of an object's key, or null. */
export function memberOf(node: JsonNode | null | undefined, key: string): JsonNode | null {
  return pairOf(node, key)?.value ?? null;
}

/** The items of an array (none when the node is not one). */
export function itemsOf(node: JsonNode | null | undefined): JsonNode[] {
  return node?.type === "ArrayExpression" ? node.elements.filter((element): element is ESTree.Expression => element !== null && element.type !== "SpreadElement") : [];
}

/** The string value of a node, or null. */
export function stringValueOf(node: JsonNode | null | undefined): string | null {
  return node?.type === "Literal" && typeof node.value === "string" ? node.value : null;
}

/** Where a node (or a property, key to value) is written in the file. */
export function rangeOfNode(node: JsonNode): Range {
  const [start, end] = (node as { range?: Range }).range ?? [OPENING, OPENING];
  return [start - OPENING, end - OPENING];
}

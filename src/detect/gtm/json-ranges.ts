/**
 * A JSON file as a tree with file offsets, read by the `yaml` package (JSON is YAML 1.2): the
 * container reader needs where each tag's `"type"` and `html` value are written, which
 * `JSON.parse` does not say. Only what the reader asks of the tree is here.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";

export type JsonNode = Node;

/** The document's root node, or null when the text is not one value `yaml` can read. */
export function rangedRootOf(text: string): JsonNode | null {
  const document = parseDocument(text, { uniqueKeys: false, schema: "json", prettyErrors: false, strict: false });
  if (document.errors.length > 0) return null;
  return (document.contents as JsonNode | null) ?? null;
}

/** The `key: value` pair of an object, or null. */
export function pairOf(node: JsonNode | null | undefined, key: string): Pair<JsonNode, JsonNode> | null {
  if (!node || !isMap(node)) return null;
  for (const item of node.items) if (isPair(item) && isScalar(item.key) && item.key.value === key) return item as Pair<JsonNode, JsonNode>;
  return null;
}

/** The value of an object's key, or null. */
export function memberOf(node: JsonNode | null | undefined, key: string): JsonNode | null {
  return pairOf(node, key)?.value ?? null;
}

/** The items of an array (none when the node is not one). */
export function itemsOf(node: JsonNode | null | undefined): JsonNode[] {
  return node && isSeq(node) ? (node.items as JsonNode[]) : [];
}

/** Where a node is written: from its first character to the end of its value. */
export function rangeOfNode(node: JsonNode): [number, number] {
  const range = node.range ?? [0, 0, 0];
  return [range[0], range[1]];
}

/** Where a pair is written, from its key to the end of its value. */
export function rangeOfPair(pair: Pair<JsonNode, JsonNode>): [number, number] {
  const start = pair.key ? rangeOfNode(pair.key)[0] : 0;
  const end = pair.value ? rangeOfNode(pair.value)[1] : start;
  return [start, end];
}

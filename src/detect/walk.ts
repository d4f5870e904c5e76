import type { Node } from "./estree.js";

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Keys that point back up the tree or at data, never at children. */
const SKIPPED_KEYS = new Set(["parent", "loc", "range", "tokens", "comments", "leadingComments", "trailingComments"]);

function childKeysOf(node: Record<string, unknown>, keys: VisitorKeys): readonly string[] {
  return keys[node.type as string] ?? Object.keys(node).filter((key) => !SKIPPED_KEYS.has(key));
}

/**
 * Visits every node below `root` in source order, iteratively (a page of 20,000 nested elements
 * must not overflow the stack), giving each node with its parent.
 */
export function walk(root: Node, keys: VisitorKeys, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: Array<[Node, Node | undefined]> = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [Node, Node | undefined];
    visit(node, parent);
    const record = node as unknown as Record<string, unknown>;
    const childKeys = childKeysOf(record, keys);
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const value = record[childKeys[k] as string];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push([value[i] as Node, node]);
      } else if (isNode(value)) {
        stack.push([value as Node, node]);
      }
    }
  }
}

function isNode(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

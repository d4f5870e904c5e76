import type * as ESTree from "estree";

/** An ESTree node or comment as the tests read it. */
export type Located = { type: string; range: [number, number]; loc: ESTree.SourceLocation; start: number; end: number };

/** Every node below `roots` (objects with a string `type`, under any key but loc/range/parent), iteratively. */
export function nodesBelow(...roots: unknown[]): Located[] {
  const found: Located[] = [];
  const stack: unknown[] = [...roots];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node !== "object" || node === null) continue;
    const record = node as Record<string, unknown>;
    if (typeof record.type === "string") found.push(node as Located);
    for (const [key, value] of Object.entries(record)) {
      if (key === "loc" || key === "range" || key === "parent") continue;
      if (Array.isArray(value)) stack.push(...value.filter((item) => item !== null));
      else if (typeof value === "object" && value !== null) stack.push(value);
    }
  }
  return found;
}

/**
 * The TypeScript parser, when the project has one. pixel-guard does not bring its own copy
 * (`@typescript-eslint/parser` and `typescript` are optional peers): a second typescript-eslint in
 * a project costs a lint seconds and hundreds of megabytes, and a JavaScript-only site needs none.
 * It is looked up lazily, from the project first (ESLint's cwd), then from wherever the plugin is.
 */
import { createRequire } from "node:module";
import path from "node:path";

/** The part of `@typescript-eslint/parser` pixel-guard uses. */
export interface TypeScriptParser {
  parse(code: string, options: Record<string, unknown>): unknown;
  parseForESLint(code: string, options: Record<string, unknown>): unknown;
}

let loaded: TypeScriptParser | null | undefined;

/** Resolves a package from the project (cwd), then from the plugin (unless `projectOnly`); null when neither has it. */
export function resolveFromProject(name: string, cwd = process.cwd(), { projectOnly = false } = {}): string | null {
  const bases = projectOnly ? [path.join(cwd, "package.json")] : [path.join(cwd, "package.json"), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve(name);
    } catch {
      // not installed there: try the next place
    }
  }
  return null;
}

/** `@typescript-eslint/parser`, loaded on first use; null when it is not installed. */
export function typescriptParserOf(): TypeScriptParser | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const resolved = resolveFromProject("@typescript-eslint/parser");
  if (resolved) {
    try {
      loaded = createRequire(import.meta.url)(resolved) as TypeScriptParser;
    } catch {
      loaded = null; // installed without its `typescript` peer: read TypeScript as text
    }
  }
  return loaded;
}

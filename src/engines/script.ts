import { CODE_COMMENTS } from "./shared-syntax.js";
import { linksMatching, type Engine, type Link, type LinkSyntax } from "./types.js";

/** `import X from "./y"`, `export … from "@/y"`, `import("./y")`, `require("y")`. */
const IMPORT = /\b(?:from|import|require)\s*(?:\(\s*)?["']([^"'\n]+)["']/g;
/** Specifiers that are never a project file: Node built-ins, URLs, virtual modules. */
const NOT_A_FILE = /^(?:[a-z][\w+.-]*:|\0)/i;
const RELATIVE = /^\.{1,2}\//;

/** Imports as written: relative ones from the file's folder, others as aliases (tsconfig/jsconfig `paths`). */
function importLinksOf(text: string): Link[] {
  return linksMatching(text, IMPORT, (match, range) => {
    const specifier = match[1] as string;
    const relative = RELATIVE.test(specifier);
    if (!relative && NOT_A_FILE.test(specifier)) return null;
    return { target: specifier, candidates: [specifier], range, kind: "import", relative, ...(relative ? {} : { alias: true }) };
  });
}

/** The imports of a module, or of a component's `<script>` (or Astro fence). */
export const IMPORTS: LinkSyntax = { engine: "script", writes: ['import … from "./x"', 'import("./x")', 'require("./x")'], read: importLinksOf };

/** JavaScript and TypeScript modules (linted by JavaScript's parsers; the template graph reads their imports). */
export const script: Engine = {
  id: "script",
  name: "JavaScript, TypeScript",
  extensions: [".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"],
  linted: "script",
  comments: CODE_COMMENTS,
  mask: {},
  fence: "yaml",
  links: [IMPORTS],
};

import type { TSESTree } from "@typescript-eslint/utils";
import * as espree from "espree";
import type { Node } from "./estree.js";
import type { Source } from "./source.js";
import type { VisitorKeys } from "./walk.js";

export interface EmbeddedCode {
  ast: Node;
  source: Source;
  /** Markup held in a string (`el.innerHTML = '<script>…'`): the html language's Document, scanned as a page of its own. */
  page?: { keys: VisitorKeys };
}

/** Parses JavaScript held in a string; null when it is not code (prose, markup, JSON). */
export function parseScript(code: string): Node | null {
  for (const sourceType of ["script", "module"] as const) {
    try {
      return espree.parse(code, { ecmaVersion: "latest", sourceType, range: true, loc: false }) as unknown as Node;
    } catch {
      // try the next source type; neither parsing means the string is not JavaScript
    }
  }
  return null;
}

/** Blanks a span to spaces, keeping line breaks so that offsets stay exact. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}

/**
 * The text a string node holds, with a Source that maps its offsets into the file. Template
 * literals keep their exact offsets (each `${…}` is blanked to `0` and spaces), and a string
 * literal too, when they have no escapes; else every finding in them maps to the literal.
 */
export function stringTextOf(node: Node, fileText: string, base: Source): Source | null {
  const [start, end] = node.range;
  if (node.type === "TemplateLiteral" && node.quasis.some((quasi) => quasi.value.cooked !== quasi.value.raw)) {
    // escapes (`\n` in a bundle's template): read the cooked text, every finding on the literal
    const code = node.quasis.map((quasi) => quasi.value.cooked ?? "").join("0");
    return { text: code, base: base.base + start + 1, collapsedTo: base.collapsedTo ?? [base.base + start, base.base + end], fileText: base.fileText };
  }
  if (node.type === "TemplateLiteral") {
    let code = "";
    let cursor = start + 1;
    for (const expression of node.expressions as TSESTree.Expression[]) {
      const open = fileText.lastIndexOf("${", expression.range[0]);
      const close = fileText.indexOf("}", expression.range[1]);
      if (open < cursor || close < 0) return null;
      code += fileText.slice(cursor, open) + "0" + blank(fileText.slice(open + 1, close + 1));
      cursor = close + 1;
    }
    code += fileText.slice(cursor, end - 1);
    return { text: code, base: base.base + start + 1, collapsedTo: base.collapsedTo, fileText: base.fileText };
  }
  if (node.type === "Literal" && typeof node.value === "string") {
    const exact = fileText.slice(start + 1, end - 1) === node.value;
    const collapsedTo: [number, number] = [base.base + start, base.base + end];
    return { text: node.value, base: base.base + start + 1, collapsedTo: exact ? base.collapsedTo : (base.collapsedTo ?? collapsedTo), fileText: base.fileText };
  }
  return null;
}

/** The JavaScript a string node holds, parsed, with a Source that maps its ranges into the file (see `stringTextOf`). */
export function embeddedCodeOf(node: Node, fileText: string, base: Source): EmbeddedCode | null {
  const source = stringTextOf(node, fileText, base);
  const ast = source ? parseScript(source.text) : null;
  return source && ast ? { ast, source } : null;
}

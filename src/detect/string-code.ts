/**
 * Code held in strings, wherever it is: an exported snippet builder (`export const PIXEL =
 * \`!function(f,b,e,v…\``), `el.innerHTML = '<script>fbq(…)</script>'`, an `__html` built away
 * from its `<script>`. Only a string that holds a catalogue needle and a call or a tag is tried,
 * so the strings of a file cost one needle test each; one that reads as JavaScript is scanned as
 * code, one that reads as markup as a page, with exact locations where the string has no escapes.
 */
import { parseSource } from "../language/index.js";
import { parseScript, stringTextOf, type EmbeddedCode } from "./embedded.js";
import type { Node } from "./estree.js";
import type { FileScan } from "./findings.js";
import { mayHoldTracker } from "./needles.js";
import type { ScanState } from "./scan-state.js";
import type { Source } from "./source.js";

/** Shorter strings hold no snippet worth parsing (`fbq('init')` is 11). */
const MIN_LENGTH = 10;
/** A tag opening: `<script`, `<img`, `<iframe`, `<noscript`. */
const MARKUP = /<[a-z]/i;

/** The code a string holds, parsed as JavaScript or as a page; null when it reads as neither, or holds no tracker. */
export function codeInStringOf(node: Node, state: ScanState): EmbeddedCode | null {
  if (node.type !== "TemplateLiteral" && !(node.type === "Literal" && typeof node.value === "string")) return null;
  if (node.range[1] - node.range[0] < MIN_LENGTH) return null;
  const source = stringTextOf(node, state.source.text, state.source);
  if (!source) return null;
  const { text } = source;
  const markup = MARKUP.test(text);
  if ((!markup && !text.includes("(")) || !mayHoldTracker(text)) return null;
  if (!text.trimStart().startsWith("<")) {
    const ast = parseScript(text);
    if (ast) return { ast, source };
  }
  if (!markup) return null;
  const parsed = parseSource(text, "string.html");
  return parsed.kind === "page" ? { ast: parsed.ast as unknown as Node, source, page: { keys: parsed.visitorKeys } } : null;
}

/**
 * Queues the code a string holds to be scanned after the code around it, and marks the string as
 * read: its URLs are found in that code. True when the string was taken as code.
 */
export function collectCodeInString(state: ScanState, node: Node): boolean {
  const code = codeInStringOf(node, state);
  if (!code) return false;
  state.embedded.push(code);
  state.parsedStrings.add(node);
  return true;
}

/** The scan of markup held in a string, moved into the file: shifted by where the string starts, or (escaped) onto the string. */
export function embeddedScanOf(scan: FileScan, source: Source): FileScan {
  const move = (range: readonly [number, number]): [number, number] => source.collapsedTo ?? [range[0] + source.base, range[1] + source.base];
  const moveSource = (inner: Source): Source => (source.collapsedTo ? { ...inner, collapsedTo: source.collapsedTo } : { ...inner, base: inner.base + source.base, fileText: source.fileText });
  return {
    findings: scan.findings.map((finding) => ({ ...finding, range: move(finding.range) })),
    markup: scan.markup.map((markup) => ({ ...markup, range: move(markup.range) })),
    calls: scan.calls.map((call) => ({ ...call, range: move(call.range), source: moveSource(call.source) })),
    error: scan.error,
  };
}

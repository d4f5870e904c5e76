import { alternationOf } from "../literals.js";
import { META_ID, VENDORS, vendorById } from "./catalogue/index.js";
import { parseScript } from "./embedded.js";
import type { Finding } from "./findings.js";
import type { ScanState } from "./scan-state.js";
import { findingOfUrl, urlsIn } from "./urls.js";

const functions = alternationOf(VENDORS.flatMap((vendor) => vendor.functions));
const objects = alternationOf(VENDORS.flatMap((vendor) => vendor.objects));
/** Where a vendor call may start: `fbq(`, `gtag (`, `ttq.track(`, `_fbq.push(`, TypeScript's `fbq!(`. Disjoint pieces: linear. */
const callStart = new RegExp(`(?<![\\w$])(?:(?:${functions})!?\\s*\\(|(?:${objects})\\.[\\w.]+!?\\s*\\()`, "g");

/** TypeScript's non-null `x!` before `(`, `.`, `,`, `)`, `]` or `;`. */
const NON_NULL = /(?<=[\w$)\]])!(?=[\s(.,)\];])/g;
/** TypeScript's `as T` / `satisfies T` (a dotted name, type arguments without nesting, array brackets). */
const TYPE_ASSERTION = /\b(?:as|satisfies)\s+[\w$.]+(?:<[\w$.,\s]*>)?(?:\[\])*/g;

/**
 * A TypeScript call read as JavaScript: non-null assertions and `as` casts blanked to spaces (same
 * length, so every offset stays), for files read as text when no TypeScript parser is installed.
 */
function typeScriptBlanked(code: string): string {
  return code.replace(NON_NULL, " ").replace(TYPE_ASSERTION, (cast) => " ".repeat(cast.length));
}

const MAX_CALL_LENGTH = 4000;

/** The end of the balanced argument list that opens at `open`, skipping strings; -1 when it has none. */
function closingParenOf(text: string, open: number): number {
  let depth = 0;
  let quote = "";
  const limit = Math.min(text.length, open + MAX_CALL_LENGTH);
  for (let i = open; i < limit; i++) {
    const char = text.charAt(i);
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * Code that did not parse as a whole (a script with template expressions left in it, a PHP `echo`
 * of a snippet) is still searched: tracker URLs, the Pixel stub, and each vendor call cut out on its
 * own and parsed, so it is found with exact locations. Never a silent pass.
 */
export function scanTokens(state: ScanState, text: string, offset: number): void {
  for (const hit of urlsIn(text)) state.findings.push(findingOfUrl(hit, [offset + hit.start, offset + hit.end]));
  const stub = text.indexOf("callMethod");
  if (stub >= 0 && text.includes("queue.push", stub)) {
    const start = offset + (text.length - text.trimStart().length);
    state.findings.push({ vendor: vendorById(META_ID) as Finding["vendor"], kind: "base-code", label: "the Meta Pixel base code", range: [start, offset + text.trimEnd().length] });
  }
  callStart.lastIndex = 0;
  for (let match = callStart.exec(text); match; match = callStart.exec(text)) {
    const open = match.index + match[0].length - 1;
    const close = closingParenOf(text, open);
    if (close < 0) continue;
    const code = text.slice(match.index, close + 1);
    const ast = parseScript(code) ?? parseScript(typeScriptBlanked(code));
    if (ast) state.embedded.push({ ast, source: { text: code, base: offset + match.index, collapsedTo: null, fileText: state.fileText } });
    callStart.lastIndex = close + 1;
  }
}

import type { TSESTree } from "@typescript-eslint/utils";
import * as espree from "espree";
import { hostedVendorOf, trackerCallOf } from "./calls.js";
import { collectCode } from "./code.js";
import { collectConsent, type ConsentScan } from "./consent/gates.js";
import { applyGates, jobFindingsOf, mayHoldConsentJob } from "./consent/holds.js";
import { collectMarkup } from "./markup.js";
import type { EmbeddedCode } from "./embedded.js";
import type { Node } from "./estree.js";
import { dedupe, EMPTY_SCAN, holdsTracker, type FileScan, type LocatedCall } from "./findings.js";
import { embeddedScanOf } from "./string-code.js";
import { callLabelOf } from "./labels.js";
import { collectLongTail } from "./long-tail/loads.js";
import { mayHoldTracker } from "./needles.js";
import type { ScanState } from "./scan-state.js";
import { fileSource, rangeOf, textOf } from "./source.js";
import { scanTokens } from "./token-scan.js";
import { findingOfUrl, urlsIn } from "./urls.js";
import { walk, type VisitorKeys } from "./walk.js";

/** What the scan reads: a file's text and tree (a FileView); a null tree is read by the token scan. */
export interface ScannableSource {
  text: string;
  ast: unknown;
  visitorKeys?: VisitorKeys;
  /** Set when the file could not be parsed at all: the scan says the file went unchecked. */
  error?: string | null;
}

/**
 * Everything tracking-related in a file, found in one walk. Files holding none of the catalogue's
 * strings are not walked at all. Never throws: a failed scan says so in `error`.
 */
export function scanFile(sourceCode: ScannableSource): FileScan {
  let scan = EMPTY_SCAN;
  try {
    if (mayHoldTracker(sourceCode.text) || mayHoldConsentJob(sourceCode.text)) scan = sourceCode.error ? { ...EMPTY_SCAN, error: sourceCode.error } : scanCode(sourceCode);
  } catch (error) {
    // A rule must never throw (it would end every other file's lint too); say the file went unchecked.
    scan = { findings: [], calls: [], markup: [], error: error instanceof Error ? error.message : String(error) };
  }
  return scan;
}

function scanCode(sourceCode: ScannableSource): FileScan {
  const state: ScanState = {
    fileText: sourceCode.text,
    source: fileSource(sourceCode.text),
    parents: new Map(),
    findings: [],
    markup: [],
    handlers: [],
    calls: [],
    aliases: new Map(),
    shadowed: new Set(),
    wrappers: new Map(),
    embedded: [],
    parsedStrings: new Set(),
  };
  const consent: ConsentScan = { regions: [], jobs: [], noscripts: [], text: sourceCode.text };
  const extraCalls: LocatedCall[] = [];
  // A file read as text only (TypeScript without a TypeScript parser) is read call by call.
  if (sourceCode.ast === null) scanTokens(state, sourceCode.text, 0);
  const pending: EmbeddedCode[] = sourceCode.ast === null ? state.embedded.splice(0) : [{ ast: sourceCode.ast as Node, source: state.source }];
  let keys: VisitorKeys = sourceCode.visitorKeys ?? (espree.VisitorKeys as VisitorKeys);
  while (pending.length > 0) {
    const { ast, source, page } = pending.shift() as EmbeddedCode;
    if (page) {
      // Markup held in a string: scanned as a page of its own, its findings moved into the file.
      const inner = embeddedScanOf(scanCode({ text: source.text, ast, visitorKeys: page.keys }), source);
      state.findings.push(...inner.findings);
      state.markup.push(...inner.markup);
      extraCalls.push(...inner.calls);
      // nothing the page loads: the addresses its text names still count, as they did for the string
      if (!holdsTracker(inner)) for (const hit of urlsIn(source.text)) state.findings.push(findingOfUrl(hit, rangeOf(source, [hit.start, hit.end])));
      continue;
    }
    state.source = source;
    walk(ast, keys, (node, parent) => {
      if (parent) state.parents.set(node, parent);
      collectCode(state, node, parent);
      collectMarkup(state, node);
      collectConsent(consent, node, (range) => rangeOf(state.source, range));
      collectLongTail(state, node);
    });
    pending.push(...state.embedded.splice(0));
    keys = espree.VisitorKeys as VisitorKeys;
  }
  const calls: LocatedCall[] = [...extraCalls];
  for (const { node, source } of state.calls) {
    const call = trackerCallOf(node as TSESTree.CallExpression, state, (part) => textOf(source, part.range));
    const standalone = state.parents.get(node)?.type === "ExpressionStatement" && source.collapsedTo === null;
    if (call) calls.push({ ...call, source, range: rangeOf(source, node.range), standalone });
  }
  for (const call of calls) {
    const handler = state.handlers.find((h) => h.range[0] <= call.range[0] && call.range[1] <= h.range[1]);
    if (handler) state.markup.push({ kind: "handler", vendor: call.vendor, label: `the ${handler.name} handler calling ${callLabelOf(call)}`, range: call.range });
  }
  for (const call of calls) call.vendor = hostedVendorOf(call.vendor, state.findings);
  calls.sort((a, b) => a.range[0] - b.range[0]);
  const findings = dedupe([...state.findings, ...jobFindingsOf(consent)]);
  applyGates(consent, [...findings, ...calls, ...state.markup], calls);
  return { findings, calls, markup: state.markup, error: null };
}

import type { TSESTree } from "@typescript-eslint/utils";
import * as espree from "espree";
import { trackerCallOf } from "./calls.js";
import { collectCode } from "./code.js";
import { collectMarkup } from "./markup.js";
import type { EmbeddedCode } from "./embedded.js";
import type { Node } from "./estree.js";
import { dedupe, EMPTY_SCAN, type FileScan, type LocatedCall } from "./findings.js";
import { callLabelOf } from "./labels.js";
import { mayHoldTracker } from "./needles.js";
import type { ScanState } from "./scan-state.js";
import { fileSource, rangeOf, textOf } from "./source.js";
import { perFile } from "../per-file.js";
import { walk, type VisitorKeys } from "./walk.js";

/** The part of a SourceCode the scan reads: ESLint's JS SourceCode and the html SourceCode both fit. */
export interface ScannableSource {
  text: string;
  ast: unknown;
  visitorKeys?: VisitorKeys;
}

/**
 * Everything tracking-related in a file, found in one walk. Files holding none of the catalogue's
 * strings are not walked at all. Never throws: a failed scan says so in `error`.
 */
export function scanFile(sourceCode: ScannableSource): FileScan {
  let scan = EMPTY_SCAN;
  try {
    if (mayHoldTracker(sourceCode.text)) scan = scanCode(sourceCode);
  } catch (error) {
    // A rule must never throw (it would end every other file's lint too); say the file went unchecked.
    scan = { findings: [], calls: [], markup: [], error: error instanceof Error ? error.message : String(error) };
  }
  return scan;
}

/** The scan of the file being linted, computed once and shared by every rule: none walks the tree again. */
export const scanOf: (sourceCode: ScannableSource) => FileScan = perFile(scanFile, (sourceCode) => sourceCode);

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
  const pending: EmbeddedCode[] = [{ ast: sourceCode.ast as Node, source: state.source }];
  let keys: VisitorKeys = sourceCode.visitorKeys ?? (espree.VisitorKeys as VisitorKeys);
  while (pending.length > 0) {
    const { ast, source } = pending.shift() as EmbeddedCode;
    state.source = source;
    walk(ast, keys, (node, parent) => {
      if (parent) state.parents.set(node, parent);
      collectCode(state, node, parent);
      collectMarkup(state, node);
    });
    pending.push(...state.embedded.splice(0));
    keys = espree.VisitorKeys as VisitorKeys;
  }
  const calls: LocatedCall[] = [];
  for (const { node, source } of state.calls) {
    const call = trackerCallOf(node as TSESTree.CallExpression, state, (part) => textOf(source, part.range));
    const standalone = state.parents.get(node)?.type === "ExpressionStatement" && source.collapsedTo === null;
    if (call) calls.push({ ...call, source, range: rangeOf(source, node.range), standalone });
  }
  for (const call of calls) {
    const handler = state.handlers.find((h) => h.range[0] <= call.range[0] && call.range[1] <= h.range[1]);
    if (handler) state.markup.push({ kind: "handler", vendor: call.vendor, label: `the ${handler.name} handler calling ${callLabelOf(call)}`, range: call.range });
  }
  return { findings: dedupe(state.findings), calls, markup: state.markup, error: null };
}

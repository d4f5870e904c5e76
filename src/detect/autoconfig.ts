import type { TSESTree } from "@typescript-eslint/utils";
import { META_ID } from "./catalogue/index.js";
import { stringValueOf, unwrap, type Node } from "./estree.js";
import type { LocatedCall } from "./findings.js";
import { textOf } from "./source.js";

/** How an id is compared: its static value, else its source text. */
function idKeyOf(call: LocatedCall, id: Node | null | undefined): string | null {
  if (!id) return null;
  const target = unwrap(id);
  if (target.type === "Literal" && (typeof target.value === "string" || typeof target.value === "number")) return `=${String(target.value)}`;
  const text = stringValueOf(target);
  if (text !== null) return `=${text}`;
  return `~${textOf(call.source, target.range).replace(/\s+/g, "")}`;
}

/** `fbq('set', 'autoConfig', false, id)`: the id it turns automatic events off for. */
function autoConfigOffId(call: LocatedCall): string | null {
  if (call.method !== "set" || call.style !== "function") return null;
  const [setting, value, id] = call.data.map((node) => unwrap(node));
  if (!setting || stringValueOf(setting) !== "autoConfig") return null;
  if (value?.type !== "Literal" || value.value !== false) return null;
  return idKeyOf(call, id);
}

/** `ReactPixel.init(id, am, { autoConfig: false })`. */
function hasAutoConfigOption(call: LocatedCall): boolean {
  const options = call.options ? unwrap(call.options) : null;
  if (options?.type !== "ObjectExpression") return false;
  return options.properties.some((property) => {
    if (property.type !== "Property") return false;
    const key = property.key.type === "Identifier" ? property.key.name : stringValueOf(property.key as Node);
    return key === "autoConfig" && property.value.type === "Literal" && property.value.value === false;
  });
}

/** The id text of an init call, for messages and the suggestion. */
export function initIdTextOf(call: LocatedCall): string {
  return call.id ? textOf(call.source, call.id.range) : "PIXEL_ID";
}

/**
 * Meta `init` calls (the calls its shapes mark `setup`) that leave automatic events on: no
 * `fbq('set', 'autoConfig', false, id)` for the same id before them in the file, and no
 * `{ autoConfig: false }` option (the shape's `options` argument) on a wrapper's init.
 */
export function initsWithAutoConfigOf(calls: readonly LocatedCall[]): LocatedCall[] {
  const offBefore: Array<{ id: string; at: number }> = [];
  for (const call of calls) {
    const id = call.vendor.id === META_ID ? autoConfigOffId(call) : null;
    if (id !== null) offBefore.push({ id, at: call.range[0] });
  }
  return calls.filter((call) => {
    if (call.vendor.id !== META_ID || !call.setup) return false;
    if (call.style === "method" && hasAutoConfigOption(call)) return false;
    const id = idKeyOf(call, call.id);
    return !offBefore.some((off) => off.at < call.range[0] && off.id === id);
  });
}

/** Where and what to insert so the init call turns automatic events off; null when it cannot. */
export function autoConfigFixOf(call: LocatedCall, fileText: string): { at: number; text: string } | null {
  if (call.source.collapsedTo) return null;
  const idText = initIdTextOf(call);
  if (call.style === "function") {
    if (!call.standalone) return null;
    const lineStart = fileText.lastIndexOf("\n", call.range[0] - 1) + 1;
    const before = fileText.slice(lineStart, call.range[0]);
    // indentation is copied to the new line: spaces and tabs only (not a BOM the line starts with)
    const separator = /^[\t ]*$/.test(before) ? `\n${before}` : " ";
    return { at: call.range[0], text: `${call.callee}('set', 'autoConfig', false, ${idText});${separator}` };
  }
  const args = call.node.arguments as TSESTree.Node[];
  const last = args[args.length - 1];
  if (!last || args.length > 2) return null;
  const end = call.source.base + last.range[1];
  return { at: end, text: args.length === 1 ? ", undefined, { autoConfig: false }" : ", { autoConfig: false }" };
}


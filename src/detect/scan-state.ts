import type { TSESTree } from "@typescript-eslint/utils";
import type { EmbeddedCode } from "./embedded.js";
import type { Node } from "./estree.js";
import type { Finding, MarkupFinding } from "./findings.js";
import { rangeOf, type Source } from "./source.js";
import type { VendorFunction } from "./calls.js";
import type { WrapperBinding } from "./wrappers.js";

/** What one scan of a file gathers as it walks; collectors add to it. */
export interface ScanState {
  /** The full text of the file. */
  fileText: string;
  source: Source;
  parents: Map<Node, Node>;
  findings: Finding[];
  markup: MarkupFinding[];
  /** `on*` attributes parsed as code: a call inside one is a tracking handler. */
  handlers: Array<{ name: string; range: [number, number] }>;
  calls: Array<{ node: TSESTree.CallExpression; source: Source }>;
  /** Local names of a vendor function: `const t = window.fbq`. */
  aliases: Map<string, VendorFunction>;
  /** Vendor names the file declares as something else (`const fbq = () => {}`): calls to them are not the vendor's. */
  shadowed: Set<string>;
  wrappers: Map<string, WrapperBinding>;
  /** Code found inside strings of this code, to scan after it. */
  embedded: EmbeddedCode[];
  /** Strings that were parsed as code: their findings come from that code, not from the string. */
  parsedStrings: Set<Node>;
}

export function addFinding(state: ScanState, finding: Omit<Finding, "range">, node: Node | readonly [number, number]): void {
  const range = "type" in node ? node.range : node;
  state.findings.push({ ...finding, range: rangeOf(state.source, range) });
}

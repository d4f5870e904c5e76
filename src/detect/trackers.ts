import type { Vendor } from "./catalogue/index.js";
import type { Gate } from "./consent/gates.js";
import type { FileScan, FindingKind, MarkupFinding } from "./findings.js";
import { callLabelOf } from "./labels.js";

/**
 * A tracker found in a file, in neutral terms: which vendor, what kind of thing, where, and how a
 * message names it. Which rule reports which tracker is decided in rules/, never here.
 */
export interface Tracker {
  /** null for tracking markup no vendor owns (`data-track-*`). */
  vendor: Vendor | null;
  /** `code`: base code, loaders, beacons, packages; `call`: an API call; `markup`: tracking markup. */
  group: "code" | "call" | "markup";
  kind: FindingKind | "call" | MarkupFinding["kind"];
  /** "the Meta Pixel base code", "fbq('track', 'Lead')", "the data-fbq-event attribute". */
  label: string;
  /** File offsets. */
  range: [number, number];
  /** The consent manager that holds it back until the visitor agrees; `held: false` when none can (`<noscript>`). */
  gate?: Gate;
  /** A call made by an event handler (`onclick="fbq(…)"`, `@click`, `onClick={() => …}`): the scan lists the handler as markup too. */
  inHandler?: true;
}

/** Every tracker of a scan, in file order. */
export function trackersOf(scan: FileScan): Tracker[] {
  const trackers: Tracker[] = [];
  const gated = (gate: Gate | undefined): { gate?: Gate } => (gate ? { gate } : {});
  for (const finding of scan.findings) trackers.push({ vendor: finding.vendor, group: "code", kind: finding.kind, label: finding.label, range: finding.range, ...gated(finding.gate) });
  const handlers = new Set(scan.markup.filter((markup) => markup.kind === "handler").map((markup) => markup.range.join(":")));
  for (const call of scan.calls) {
    const inHandler = handlers.has(call.range.join(":")) ? { inHandler: true as const } : {};
    trackers.push({ vendor: call.vendor, group: "call", kind: "call", label: callLabelOf(call), range: call.range, ...gated(call.gate), ...inHandler });
  }
  for (const markup of scan.markup) trackers.push({ vendor: markup.vendor, group: "markup", kind: markup.kind, label: markup.label, range: markup.range, ...gated(markup.gate) });
  return trackers.sort((a, b) => a.range[0] - b.range[0]);
}

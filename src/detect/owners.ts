import { META_ID, type Vendor } from "./catalogue/index.js";
import { callLabelOf } from "./labels.js";
import type { FileScan } from "./findings.js";

/** The rules that report trackers found in a file, each for its own kind of finding. */
export type TrackerRule = "no-meta-pixel" | "no-fbq-events" | "no-third-party-trackers" | "no-tracking-attributes";

/** A tracker found in a file, with the rule that reports it and how a message names it. */
export interface Tracked {
  rule: TrackerRule;
  vendor: Vendor | null;
  label: string;
  range: [number, number];
}

/**
 * Every tracker of a scan, each owned by one rule: Meta code by no-meta-pixel, Meta calls by
 * no-fbq-events, other vendors by no-third-party-trackers, tracking markup by no-tracking-attributes.
 * The one place that says which rule owns what, for findings reached through templates.
 */
export function trackedOf(scan: FileScan): Tracked[] {
  const tracked: Tracked[] = [];
  for (const finding of scan.findings) tracked.push({ rule: finding.vendor.id === META_ID ? "no-meta-pixel" : "no-third-party-trackers", vendor: finding.vendor, label: finding.label, range: finding.range });
  for (const call of scan.calls) tracked.push({ rule: call.vendor.id === META_ID ? "no-fbq-events" : "no-third-party-trackers", vendor: call.vendor, label: callLabelOf(call), range: call.range });
  for (const markup of scan.markup) tracked.push({ rule: "no-tracking-attributes", vendor: markup.vendor, label: markup.label, range: markup.range });
  return tracked.sort((a, b) => a.range[0] - b.range[0]);
}

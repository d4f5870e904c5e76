import type { Vendor } from "./catalogue/index.js";
import type { TrackerCall } from "./calls.js";
import type { Gate } from "./consent/gates.js";
import type { Source } from "./source.js";

/** What kind of tracking a finding is. */
export type FindingKind = "base-code" | "loader" | "beacon" | "frame" | "sdk" | "package" | "global" | "marker" | "markup";

/** Tracking code found in a file: where, which vendor, and what it is in plain words. */
export interface Finding {
  vendor: Vendor;
  kind: FindingKind;
  /** "the Meta Pixel base code", "the fbevents.js loader (connect.facebook.net/en_US/fbevents.js)". */
  label: string;
  /** File offsets. */
  range: [number, number];
  /** The URL, for loaders and beacons. */
  url?: string;
  /** The consent manager that holds it until the visitor agrees (or, `held: false`, why none can). */
  gate?: Gate;
}

/** Markup that tracks by itself: data attributes, `ping`, invisible images, CSS beacons, hints. */
export interface MarkupFinding {
  kind: "data-attribute" | "ping" | "hidden-image" | "css-beacon" | "resource-hint" | "handler";
  /** The vendor the markup belongs to, when one does (`data-track-*` belongs to none). */
  vendor: Vendor | null;
  label: string;
  range: [number, number];
  gate?: Gate;
}

/** A tracker call together with the code it was found in. */
export interface LocatedCall extends TrackerCall {
  source: Source;
  range: [number, number];
  /** The call is a statement of its own (`fbq('init', id);`), so code can be put before it. */
  standalone: boolean;
  gate?: Gate;
}

/** Everything tracking-related in one file; computed once and shared by every rule. */
export interface FileScan {
  findings: Finding[];
  calls: LocatedCall[];
  markup: MarkupFinding[];
  /** Set when the scan itself failed: the file was not checked, and a rule says so. */
  error: string | null;
}

/** Whether a scan found any tracker at all (code, call or markup). */
export function holdsTracker(scan: FileScan): boolean {
  return scan.findings.length > 0 || scan.calls.length > 0 || scan.markup.length > 0;
}

export const EMPTY_SCAN: FileScan = Object.freeze({ findings: [], calls: [], markup: [], error: null }) as FileScan;

/**
 * Keeps one finding per piece of code: a loader inside a base code snippet is part of it, and a
 * vendor's snippet markers only count when nothing else of that vendor was found.
 */
export function dedupe(findings: Finding[]): Finding[] {
  const snippets = findings.filter((finding) => finding.kind === "base-code");
  const strong = new Set(findings.filter((finding) => finding.kind !== "marker" && finding.kind !== "global").map((finding) => finding.vendor.id));
  const seen = new Set<string>();
  return findings
    .filter((finding) => {
      if (finding.kind !== "base-code" && snippets.some((s) => s.vendor === finding.vendor && s.range[0] <= finding.range[0] && finding.range[1] <= s.range[1])) return false;
      if ((finding.kind === "marker" || finding.kind === "global") && strong.has(finding.vendor.id)) return false;
      const key = `${finding.vendor.id}:${finding.kind}:${finding.range[0]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * What the plugin knows of one linted file, rebuilt in the command's process for the report: why
 * it is sensitive (sensitivity/), the trackers in it (detect/), the trackers its links pull in and
 * through which chain (templates/), and for a tag-manager container which tag and trigger reach a
 * sensitive page. A finding is matched to these by its position. Nothing here may throw: a file
 * the plugin cannot read again is shown with what ESLint said, without vendors.
 */
import { analysisOf, type AnalysisContext } from "../../detect/analysis.js";
import type { Vendor } from "../../detect/catalogue/index.js";
import { trackersOf, type Tracker } from "../../detect/trackers.js";
import { sensitivityOf, type Evidence, type Page } from "../../sensitivity/index.js";
import type { Settings } from "../../sensitivity/settings.js";
import type { ChainHit } from "../../templates/graph.js";
import { chainHitsFor } from "../../templates/page-chains.js";

export interface VendorFacts {
  id: string;
  name: string;
  company: string;
  leaks: string;
}

export interface FindingFacts {
  vendors: VendorFacts[];
  /** The chain after the file itself, or the container tag and trigger; null when the finding is in the file. */
  chain: string | null;
}

export interface FileFacts {
  sensitive: boolean;
  source: Evidence["source"] | null;
  why: string;
  categories: string[];
  /** What is known at a 1-based line and column. */
  at(line: number, column: number): FindingFacts;
}

/** Tracking markup no vendor owns (`data-track-*`, `ping=`). */
export const UNOWNED_MARKUP = "unowned-markup";
const NO_VENDOR: VendorFacts = { id: UNOWNED_MARKUP, name: "tracking markup", company: "whoever the markup reports to", leaks: "the click or view it records, to the address it names" };

const factsOfVendor = (vendor: Vendor | null): VendorFacts => (vendor ? { id: vendor.id, name: vendor.name, company: vendor.company, leaks: vendor.leaks } : NO_VENDOR);

/** Offsets of the starts of lines, for line and column to offset. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The innermost range holding the offset. */
function innermost<T>(items: readonly T[], rangeOf: (item: T) => readonly [number, number], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    const [start, end] = rangeOf(item);
    if (start <= offset && offset < Math.max(end, start + 1)) {
      if (!best || end - start < rangeOf(best)[1] - rangeOf(best)[0]) best = item;
    }
  }
  return best;
}

function uniqueVendors(trackers: readonly Tracker[]): VendorFacts[] {
  const byId = new Map<string, VendorFacts>();
  for (const tracker of trackers) {
    const facts = factsOfVendor(tracker.vendor);
    byId.set(facts.id, facts);
  }
  return [...byId.values()];
}

/** The chains down one link, each file path once with the lines of its trackers: "a.njk -> b.njk (lines 3, 11)". */
function chainsOf(hits: readonly ChainHit[]): string {
  const lines = new Map<string, string[]>();
  for (const { chain } of hits) {
    const colon = chain.lastIndexOf(":");
    const isLine = colon > 0 && /^\d+$/.test(chain.slice(colon + 1));
    const files = isLine ? chain.slice(0, colon) : chain;
    const known = lines.get(files) ?? [];
    if (isLine && !known.includes(chain.slice(colon + 1))) known.push(chain.slice(colon + 1));
    lines.set(files, known);
  }
  return [...lines].map(([files, at]) => (at.length === 0 ? files : `${files} (${at.length === 1 ? "line" : "lines"} ${at.join(", ")})`)).join("; ");
}

function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}

export function fileFactsOf(filename: string, text: string, root: string, settings: Settings): FileFacts {
  const context: AnalysisContext & { cwd: string; settings: Record<string, unknown> } = { sourceCode: { text, ast: null }, filename, cwd: root, settings: { "pixel-guard": settings } };
  const page: Page | null = safely(() => sensitivityOf(context), null);
  const trackers = safely(() => trackersOf(analysisOf(context).scan), [] as Tracker[]);
  const hits: ChainHit[] = page?.sensitive && page.evidence?.source !== "reach" ? safely(() => chainHitsFor(context, settings.templateRoots), []) : [];
  const starts = lineStartsOf(text);
  return {
    sensitive: page?.sensitive ?? false,
    source: page?.evidence?.source ?? null,
    why: page?.why ?? "",
    categories: page?.categories ?? [],
    at(line, column) {
      const offset = (starts[line - 1] ?? 0) + Math.max(0, column - 1);
      const tracker = innermost(trackers, (each) => each.range, offset);
      const hit = tracker ? undefined : innermost(hits, (each) => each.link.range, offset);
      if (hit) {
        const down = hits.filter((each) => each.link === hit.link);
        return { vendors: uniqueVendors(down.map((each) => each.tracker)), chain: chainsOf(down) };
      }
      const tag = tracker && page?.at ? safely(() => page.at?.(tracker.range) ?? null, null) : null;
      return { vendors: tracker ? uniqueVendors([tracker]) : [], chain: tag ? tag.why : null };
    },
  };
}

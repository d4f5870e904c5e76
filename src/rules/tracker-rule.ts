import { analysisOf } from "../detect/analysis.js";
import type { FileScan } from "../detect/findings.js";
import { trackersOf, type Tracker } from "../detect/trackers.js";
import { locOf } from "../locations.js";
import { perFile } from "../per-file.js";
import { sensitivityOf, type Page } from "../sensitivity/index.js";
import { chainReportsOf, VIA_CHAIN_MESSAGE } from "./chain-report.js";
import { ALL_LANGUAGES, createRule, isExtractedBlock, onFile } from "./create-rule.js";

/** A tracker rule as data: what it reports, and how it says so. */
export interface TrackerRuleSpec<MessageId extends string> {
  name: string;
  description: string;
  recommended: "error" | "warn";
  /** Which trackers of a file (and of the files it pulls in) this rule reports. */
  owns: (tracker: Tracker) => boolean;
  messages: Record<MessageId, string>;
  /** The message for one tracker of the file. */
  describe: (tracker: Tracker, page: Page) => { messageId: MessageId; data: Record<string, string> };
}

/** Which trackers each tracker rule reports, by rule id (read by the graph tests to group chain hits as the rules do). */
export const trackerOwners = new Map<string, (tracker: Tracker) => boolean>();

/** The file's trackers, listed once per file for every tracker rule. */
const trackersOfScan = perFile((scan: FileScan) => trackersOf(scan), (scan) => scan);

/**
 * Builds a rule that reports, on a sensitive page, the trackers it owns: those in the file, at
 * their own place, and those the page pulls in through layouts and includes, at the link. A file
 * with nothing for the rule gets no listener at all (the cheapest visitor is none).
 */
export function createTrackerRule<MessageId extends string>(spec: TrackerRuleSpec<MessageId>) {
  trackerOwners.set(spec.name, spec.owns);
  return createRule<[], MessageId | "trackerViaChain">({
    name: spec.name,
    meta: {
      type: "problem",
      docs: { description: spec.description, recommended: spec.recommended },
      messages: { ...spec.messages, trackerViaChain: VIA_CHAIN_MESSAGE },
      schema: [],
      defaultOptions: [],
      languages: ALL_LANGUAGES,
    } as never,
    defaultOptions: [],
    create(context) {
      if (isExtractedBlock(context)) return {};
      const page = sensitivityOf(context);
      if (!page.sensitive) return {};
      // first-party, cookieless analytics are reported only when the settings ask for them
      const reports = (tracker: Tracker): boolean =>
        spec.owns(tracker) && !(tracker.vendor && page.allows(tracker.vendor.id)) && !(tracker.vendor?.firstParty && page.settings.reportFirstPartyAnalytics !== true);
      const own = trackersOfScan(analysisOf(context).scan).filter(reports);
      const chains = chainReportsOf(context, page, reports);
      if (own.length === 0 && chains.length === 0) return {};
      return onFile(context, () => {
        for (const tracker of own) context.report({ loc: locOf(context.sourceCode, tracker.range), ...spec.describe(tracker, page) });
        for (const chain of chains) context.report({ loc: locOf(context.sourceCode, chain.range), messageId: "trackerViaChain", data: chain.data });
      });
    },
  });
}

import { analysisOf } from "../detect/analysis.js";
import type { FileScan } from "../detect/findings.js";
import { trackersOf, type Tracker } from "../detect/trackers.js";
import { locOf } from "../locations.js";
import { perFile } from "../per-file.js";
import { sensitivityOf, type Page } from "../sensitivity/index.js";
import { chainReportsOf, pluginReportsOf, VIA_CHAIN_MESSAGE, VIA_PLUGIN_MESSAGE } from "./chain-report.js";
import { ALL_LANGUAGES, countsAsTracker, createRule, isExtractedBlock, onFile } from "./create-rule.js";

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

/**
 * Who reports what, where two rules could: a call an event handler makes is one finding, the
 * handler's (no-tracking-attributes: "the onclick handler calling fbq('track', 'Lead')"), so the
 * call rules (no-fbq-events, no-third-party-trackers) leave it, in the file and down its chains.
 */
export const isReportedOnce = (tracker: Tracker): boolean => tracker.inHandler !== true;

/** The file's trackers, listed once per file for every tracker rule. */
const trackersOfScan = perFile((scan: FileScan) => trackersOf(scan), (scan) => scan);

/**
 * Builds a rule that reports, on a sensitive page, the trackers it owns: those in the file, at
 * their own place, and those the page pulls in through layouts and includes, at the link. A file
 * with nothing for the rule gets no listener at all (the cheapest visitor is none).
 */
export function createTrackerRule<MessageId extends string>(spec: TrackerRuleSpec<MessageId>) {
  trackerOwners.set(spec.name, spec.owns);
  return createRule<[], MessageId | "trackerViaChain" | "trackerViaPlugin">({
    name: spec.name,
    meta: {
      type: "problem",
      docs: { description: spec.description, recommended: spec.recommended },
      messages: { ...spec.messages, trackerViaChain: VIA_CHAIN_MESSAGE, trackerViaPlugin: VIA_PLUGIN_MESSAGE },
      schema: [],
      defaultOptions: [],
      languages: ALL_LANGUAGES,
    } as never,
    defaultOptions: [],
    create(context) {
      if (isExtractedBlock(context)) return {};
      const page = sensitivityOf(context);
      if (!page.sensitive) return {};
      const reports = (tracker: Tracker): boolean => isReportedOnce(tracker) && spec.owns(tracker) && !(tracker.vendor && page.allows(tracker.vendor.id)) && countsAsTracker(tracker.vendor, page.settings);
      // In a tag-manager container each tag reaches its own pages: a tracker is reported with its tag's reason, or not at all.
      const own = trackersOfScan(analysisOf(context).scan).flatMap((tracker) => {
        const seenFrom = page.at ? page.at(tracker.range) : page;
        return seenFrom && reports(tracker) ? [{ tracker, page: seenFrom }] : [];
      });
      const chains = chainReportsOf(context, page, reports);
      const plugins = pluginReportsOf(context, page, reports);
      if (own.length === 0 && chains.length === 0 && plugins.length === 0) return {};
      return onFile(context, () => {
        for (const { tracker, page: seenFrom } of own) context.report({ loc: locOf(context.sourceCode, tracker.range), ...spec.describe(tracker, seenFrom) });
        for (const chain of chains) context.report({ loc: locOf(context.sourceCode, chain.range), messageId: "trackerViaChain", data: chain.data });
        for (const plugin of plugins) context.report({ loc: locOf(context.sourceCode, plugin.range), messageId: "trackerViaPlugin", data: plugin.data });
      });
    },
  });
}

// When any other vendor's tracker (code or call) is on a sensitive page, say who receives what (and, when a consent manager holds it, by what).
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import type { Tracker } from "../detect/trackers.js";
import type { Page } from "../sensitivity/index.js";
import { createTrackerRule } from "./tracker-rule.js";
import { messages } from "./messages/no-third-party-trackers.js";

type MessageId = "trackerOnSensitivePage" | "trackerCallOnSensitivePage" | "trackerHeldOnSensitivePage" | "trackerCallHeldOnSensitivePage" | "trackerInNoscriptOnSensitivePage";

function describe(tracker: Tracker, page: Page): { messageId: MessageId; data: Record<string, string> } {
  const { name: vendor, company, leaks } = tracker.vendor ?? { name: "", company: "", leaks: "" };
  const gate = tracker.gate;
  const held = gate?.held ? { gate: gate.label, caveat: gate.manager.caveat ?? "" } : null;
  if (tracker.group === "call") {
    const data = { call: tracker.label, vendor, company, why: page.why };
    return held ? { messageId: "trackerCallHeldOnSensitivePage", data: { ...data, ...held } } : { messageId: "trackerCallOnSensitivePage", data };
  }
  const data = { what: sentenceStartOf(tracker.label), vendor, leaks, company, why: page.why };
  if (gate && !gate.held) return { messageId: "trackerInNoscriptOnSensitivePage", data: { ...data, manager: gate.manager.name } };
  return held ? { messageId: "trackerHeldOnSensitivePage", data: { ...data, ...held } } : { messageId: "trackerOnSensitivePage", data };
}

export default createTrackerRule({
  name: "no-third-party-trackers",
  description: "Disallow other ad, analytics and session-recording trackers (Google, TikTok, LinkedIn, Segment, Criteo, Hotjar and every vendor in docs/vendors.md) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor !== null && tracker.vendor.id !== META_ID && tracker.group !== "markup",
  messages,
  describe,
});

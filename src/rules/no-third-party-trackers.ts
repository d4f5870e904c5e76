// When any other vendor's tracker (code or call) is on a sensitive page, say who receives what.
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import { createTrackerRule } from "./tracker-rule.js";

export default createTrackerRule({
  name: "no-third-party-trackers",
  description: "Disallow other ad, analytics and session-recording trackers (Google, TikTok, LinkedIn, Segment, Criteo, Hotjar and every vendor in docs/vendors.md) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor !== null && tracker.vendor.id !== META_ID && tracker.group !== "markup",
  messages: {
    trackerOnSensitivePage: "{{what}} puts {{vendor}} on a sensitive page ({{why}}): it sends {{company}} {{leaks}}.",
    trackerCallOnSensitivePage: "{{call}} sends this visit to {{company}} ({{vendor}}), on a sensitive page ({{why}}).",
  },
  describe: (tracker, page): { messageId: "trackerOnSensitivePage" | "trackerCallOnSensitivePage"; data: Record<string, string> } => {
    const { name: vendor, company, leaks } = tracker.vendor ?? { name: "", company: "", leaks: "" };
    if (tracker.group === "call") return { messageId: "trackerCallOnSensitivePage", data: { call: tracker.label, vendor, company, why: page.why } };
    return { messageId: "trackerOnSensitivePage", data: { what: sentenceStartOf(tracker.label), vendor, leaks, company, why: page.why } };
  },
});

// When markup tracks by itself (handlers, data attributes, ping, invisible beacons, CSS url(), hints) on a sensitive page, say for whom.
import { sentenceStartOf } from "../detect/labels.js";
import { companyOf } from "./chain-report.js";
import { createTrackerRule } from "./tracker-rule.js";
import { messages } from "./messages/no-tracking-attributes.js";

export default createTrackerRule({
  name: "no-tracking-attributes",
  description: "Disallow markup that tracks (tracker handlers, data-fb/gtm/track attributes, ping, invisible beacon images, CSS url() beacons, resource hints to trackers) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.group === "markup",
  messages,
  describe: (tracker, page) => {
    const vendor = tracker.vendor ? `, for ${tracker.vendor.name}` : "";
    const data = { what: sentenceStartOf(tracker.label), company: companyOf(tracker), vendor, why: page.why };
    if (tracker.gate?.held === false) return { messageId: "trackingMarkupInNoscript", data: { ...data, manager: tracker.gate.manager.name } };
    if (tracker.gate) return { messageId: "trackingMarkupHeld", data: { ...data, gate: tracker.gate.label } };
    return { messageId: "trackingMarkup", data };
  },
});

// When markup tracks by itself (handlers, data attributes, ping, invisible beacons, CSS url(), hints) on a sensitive page, say for whom.
import { sentenceStartOf } from "../detect/labels.js";
import { createTrackerRule } from "./tracker-rule.js";

export default createTrackerRule({
  name: "no-tracking-attributes",
  description: "Disallow markup that tracks (tracker handlers, data-fb/gtm/track attributes, ping, invisible beacon images, CSS url() beacons, resource hints to trackers) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.group === "markup",
  messages: {
    trackingMarkup: "{{what}} tracks visitors{{vendor}} on a sensitive page ({{why}}).",
  },
  describe: (tracker, page) => {
    const vendor = tracker.vendor ? ` for ${tracker.vendor.company} (${tracker.vendor.name})` : "";
    return { messageId: "trackingMarkup", data: { what: sentenceStartOf(tracker.label), vendor, why: page.why } };
  },
});

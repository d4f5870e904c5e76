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
    trackingMarkupHeld: "{{what}} tracks visitors{{vendor}} on a sensitive page ({{why}}), held back until consent by {{gate}}. A site-wide consent is not explicit consent for this page's topic.",
    trackingMarkupInNoscript: "{{what}} in <noscript> tracks visitors{{vendor}} on a sensitive page ({{why}}) with no consent asked: {{manager}} cannot hold back what loads when JavaScript is off.",
  },
  describe: (tracker, page) => {
    const vendor = tracker.vendor ? ` for ${tracker.vendor.company} (${tracker.vendor.name})` : "";
    const data = { what: sentenceStartOf(tracker.label), vendor, why: page.why };
    if (tracker.gate?.held === false) return { messageId: "trackingMarkupInNoscript", data: { ...data, manager: tracker.gate.manager.name } };
    if (tracker.gate) return { messageId: "trackingMarkupHeld", data: { ...data, gate: tracker.gate.label } };
    return { messageId: "trackingMarkup", data };
  },
});

// When a Meta Pixel call (fbq, _fbq, a wrapper package's) runs on a sensitive page, say it sends the visit to Meta.
import { META_ID } from "../detect/catalogue/index.js";
import { createTrackerRule } from "./tracker-rule.js";

export default createTrackerRule({
  name: "no-fbq-events",
  description: "Disallow Meta Pixel calls (fbq, _fbq, wrapper packages) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === META_ID && tracker.group === "call",
  messages: {
    fbqOnSensitivePage: "{{call}} sends this visit to Meta with the visitor's Facebook identity, on a sensitive page ({{why}}).",
  },
  describe: (tracker, page) => ({ messageId: "fbqOnSensitivePage", data: { call: tracker.label, why: page.why } }),
});

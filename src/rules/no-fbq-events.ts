// When a Meta Pixel call (fbq, _fbq, a wrapper package's) runs on a sensitive page, say it sends the visit to Meta.
import { META_ID } from "../detect/catalogue/index.js";
import { createTrackerRule } from "./tracker-rule.js";
import { messages } from "./messages/no-fbq-events.js";

export default createTrackerRule({
  name: "no-fbq-events",
  description: "Disallow Meta Pixel calls (fbq, _fbq, wrapper packages) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === META_ID && tracker.group === "call",
  messages,
  describe: (tracker, page) => {
    const data = { call: tracker.label, why: page.why };
    if (tracker.gate?.held) return { messageId: "fbqHeldOnSensitivePage", data: { ...data, gate: tracker.gate.label, caveat: tracker.gate.manager.caveat ?? "" } };
    return { messageId: "fbqOnSensitivePage", data };
  },
});

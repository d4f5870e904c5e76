// When the Meta Pixel's code (base code, loaders, beacons, wrapper packages) is on a sensitive page, say what it sends Meta.
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import { createTrackerRule } from "./tracker-rule.js";
import { messages } from "./messages/no-meta-pixel.js";

export default createTrackerRule({
  name: "no-meta-pixel",
  description: "Disallow the Meta Pixel (base code, loaders, beacons, wrapper packages) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === META_ID && tracker.group === "code",
  messages,
  describe: (tracker, page) => {
    const data = { what: sentenceStartOf(tracker.label), leaks: tracker.vendor?.leaks ?? "", why: page.why };
    const gate = tracker.gate;
    if (gate?.held === false) return { messageId: "pixelInNoscriptOnSensitivePage", data: { ...data, manager: gate.manager.name } };
    if (gate) return { messageId: "pixelHeldOnSensitivePage", data: { ...data, gate: gate.label, caveat: gate.manager.caveat ?? "" } };
    return { messageId: "pixelOnSensitivePage", data };
  },
});

// When the Meta Pixel's code (base code, loaders, beacons, wrapper packages) is on a sensitive page, say what it sends Meta.
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import { createTrackerRule } from "./tracker-rule.js";

export default createTrackerRule({
  name: "no-meta-pixel",
  description: "Disallow the Meta Pixel (base code, loaders, beacons, wrapper packages) on sensitive pages",
  recommended: "error",
  owns: (tracker) => tracker.vendor?.id === META_ID && tracker.group === "code",
  messages: {
    pixelOnSensitivePage:
      "{{what}} puts the Meta Pixel on a sensitive page ({{why}}): it sends Meta {{leaks}}. Remove it here, or load it only on pages that are not sensitive.",
    pixelHeldOnSensitivePage:
      "{{what}} puts the Meta Pixel on a sensitive page ({{why}}), held back until consent by {{gate}}. A site-wide consent is not explicit consent to tell Meta about this page: once given, it sends Meta {{leaks}}.{{caveat}} Remove it here, or load it only on pages that are not sensitive.",
    pixelInNoscriptOnSensitivePage:
      "{{what}} in <noscript> puts the Meta Pixel on a sensitive page ({{why}}) with no consent asked: it loads when JavaScript is off, where {{manager}} cannot hold it back. It sends Meta {{leaks}}. Remove it here.",
  },
  describe: (tracker, page) => {
    const data = { what: sentenceStartOf(tracker.label), leaks: tracker.vendor?.leaks ?? "", why: page.why };
    const gate = tracker.gate;
    if (gate?.held === false) return { messageId: "pixelInNoscriptOnSensitivePage", data: { ...data, manager: gate.manager.name } };
    if (gate) return { messageId: "pixelHeldOnSensitivePage", data: { ...data, gate: gate.label, caveat: gate.manager.caveat ?? "" } };
    return { messageId: "pixelOnSensitivePage", data };
  },
});

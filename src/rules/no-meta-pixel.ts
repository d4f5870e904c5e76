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
  },
  describe: (tracker, page) => ({ messageId: "pixelOnSensitivePage", data: { what: sentenceStartOf(tracker.label), leaks: tracker.vendor?.leaks ?? "", why: page.why } }),
});

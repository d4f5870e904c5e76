import { notExplicitConsent, REMOVE_OR_MOVE, SENSITIVE } from "./phrases.js";

/** no-meta-pixel: the Meta Pixel's code (base code, loaders, beacons, wrapper packages) on a sensitive page. */
export const messages = {
  pixelOnSensitivePage: `The Meta Pixel sends Meta what visitors read and click on this sensitive page. Found: {{what}}. ${SENSITIVE} Meta receives {{leaks}}. ${REMOVE_OR_MOVE}`,
  pixelHeldOnSensitivePage: `The Meta Pixel sends Meta what visitors read and click on this sensitive page once they consent. Found: {{what}}. ${SENSITIVE} ${notExplicitConsent("Meta")} Once given, Meta receives {{leaks}}.{{caveat}} ${REMOVE_OR_MOVE}`,
  pixelInNoscriptOnSensitivePage: `The Meta Pixel sends Meta this visit to a sensitive page without asking for consent. Found: {{what}} in <noscript>. ${SENSITIVE} It loads when JavaScript is off, where {{manager}} cannot hold it back; Meta receives {{leaks}}. Remove it from this page.`,
};

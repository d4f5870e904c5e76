import { SENSITIVE } from "./phrases.js";

const REMOVE_MARKUP = "Remove the attribute or element from this page, or keep it to pages that are not sensitive.";

/** no-tracking-attributes: markup that tracks by itself (handlers, data attributes, ping, beacons, CSS url(), hints). */
export const messages = {
  trackingMarkup: `This markup tells {{company}} what visitors do on this sensitive page. Found: {{what}}{{vendor}}. ${SENSITIVE} ${REMOVE_MARKUP}`,
  trackingMarkupHeld: `This markup tells {{company}} what visitors do on this sensitive page once they consent. Found: {{what}}{{vendor}}. ${SENSITIVE} {{gate}} holds it until the visitor consents, but a site-wide consent is not explicit consent for this page's topic. ${REMOVE_MARKUP}`,
  trackingMarkupInNoscript: `This markup tells {{company}} about this visit to a sensitive page without consent. Found: {{what}} in <noscript>{{vendor}}. ${SENSITIVE} {{manager}} cannot hold back what loads when JavaScript is off. ${REMOVE_MARKUP}`,
};

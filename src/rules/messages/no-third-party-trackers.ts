import { notExplicitConsent, REMOVE_CALL, REMOVE_OR_MOVE, SENSITIVE } from "./phrases.js";

/** no-third-party-trackers: any other vendor's code or call on a sensitive page. */
export const messages = {
  trackerOnSensitivePage: `This sensitive page sends {{company}} what visitors do here. Found: {{what}}, from {{vendor}}. ${SENSITIVE} {{company}} receives {{leaks}}. ${REMOVE_OR_MOVE}`,
  trackerCallOnSensitivePage: `This call tells {{company}} about the visit to this sensitive page. Found: {{call}}, a call to {{vendor}}. ${SENSITIVE} ${REMOVE_CALL}`,
  trackerHeldOnSensitivePage: `This sensitive page sends {{company}} what visitors do here once they consent. Found: {{what}}, from {{vendor}}. ${SENSITIVE} ${notExplicitConsent("{{company}}")} Once given, {{company}} receives {{leaks}}.{{caveat}} ${REMOVE_OR_MOVE}`,
  trackerCallHeldOnSensitivePage: `This call tells {{company}} about the visit to this sensitive page once the visitor consents. Found: {{call}}, a call to {{vendor}}. ${SENSITIVE} ${notExplicitConsent("{{company}}")}{{caveat}} ${REMOVE_CALL}`,
  trackerInNoscriptOnSensitivePage: `This sensitive page sends {{company}} the visit without asking for consent. Found: {{what}} in <noscript>, from {{vendor}}. ${SENSITIVE} It loads when JavaScript is off, where {{manager}} cannot hold it back; {{company}} receives {{leaks}}. Remove it from this page.`,
};

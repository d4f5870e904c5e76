import { notExplicitConsent, REMOVE_CALL, SENSITIVE } from "./phrases.js";

/** no-fbq-events: a Meta Pixel call (fbq, _fbq, a wrapper package's) on a sensitive page. */
export const messages = {
  fbqOnSensitivePage: `This call tells Meta about the visit to this sensitive page, with the visitor's Facebook identity. Found: {{call}}. ${SENSITIVE} ${REMOVE_CALL}`,
  fbqHeldOnSensitivePage: `This call tells Meta about the visit to this sensitive page once the visitor consents. Found: {{call}}. ${SENSITIVE} ${notExplicitConsent("Meta")}{{caveat}} ${REMOVE_CALL}`,
};

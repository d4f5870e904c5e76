import noFbqEvents from "./no-fbq-events.js";
import noMetaPixel from "./no-meta-pixel.js";
import noSensitiveEventData from "./no-sensitive-event-data.js";
import noThirdPartyTrackers from "./no-third-party-trackers.js";
import noTrackingAttributes from "./no-tracking-attributes.js";
import noUntaggedSensitivePage from "./no-untagged-sensitive-page.js";
import requireAutoconfigOff from "./require-autoconfig-off.js";

/** Every rule of the plugin, by id: the one list the configs, the docs and the CLI are built from. */
export const rules = {
  "no-meta-pixel": noMetaPixel,
  "no-fbq-events": noFbqEvents,
  "no-third-party-trackers": noThirdPartyTrackers,
  "no-tracking-attributes": noTrackingAttributes,
  "no-untagged-sensitive-page": noUntaggedSensitivePage,
  "no-sensitive-event-data": noSensitiveEventData,
  "require-autoconfig-off": requireAutoconfigOff,
};

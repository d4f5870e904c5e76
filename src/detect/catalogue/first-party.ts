import type { FirstParty } from "./types.js";

/**
 * Why the cookieless analytics below are not reported by default: they set no cookie and keep no
 * identifier across sites or days, so the vendor learns that a page was read, not who read it.
 * A site that wants them reported too sets `reportFirstPartyAnalytics: true`.
 */
export const COOKIELESS: FirstParty = { why: "cookieless: it counts page views without a cookie or a profile that follows the visitor across sites" };

/** Matomo or Piwik served from the site's own origin: the data stays with the site. */
export const SELF_HOSTED: FirstParty = { why: "self-hosted on the site's own origin: the visit data stays with the site" };

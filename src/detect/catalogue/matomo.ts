import type { MethodShapes } from "./types.js";
import { SELF_HOSTED } from "./first-party.js";
import { vendor } from "./vendor.js";

/** `_paq.push(['trackPageView'])`, `_paq.push(['setUserId', id])`, `_paq.push(['trackEvent', category, action, name])`. */
const PAQ: MethodShapes = {
  setSiteId: { id: 1, setup: true },
  trackPageView: { data: 1 },
  trackEvent: { event: 1, data: 1 },
  trackGoal: { event: 1, data: 1 },
  setUserId: { data: 1 },
  setCustomDimension: { data: 1 },
  setCustomVariable: { data: 1 },
  trackSiteSearch: { data: 1 },
};

/** Matomo (formerly Piwik) on the site's own server: `_paq` calls without a matomo.cloud address. */
export default vendor({
  id: "matomo",
  name: "Matomo (self-hosted)",
  company: "the site's own Matomo server",
  leaks: "the page address and events",
  docs: "https://developer.matomo.org/guides/tracking-javascript-guide",
  firstParty: SELF_HOSTED,
  objects: { _paq: { push: { queue: PAQ } }, Matomo: { getTracker: { data: 0 }, getAsyncTracker: { data: 0 } }, Piwik: { getTracker: { data: 0 } } },
  forms: { _paq: { listedOnly: true }, Matomo: { listedOnly: true, needles: ["Matomo.get"] }, Piwik: { listedOnly: true, needles: ["Piwik.get"] } },
  globals: ["_mtm"],
  packages: [
    { name: "@datapunt/matomo-tracker-react" },
    { name: "@jonkoops/matomo-tracker-react" },
    { name: "vue-matomo" },
    { name: "ngx-matomo-client" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptMatomoAnalytics"] },
  ],
});

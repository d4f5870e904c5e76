import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** Fathom Analytics: `<script src="https://cdn.usefathom.com/script.js" data-site="…">`, `fathom.trackEvent(name)`. */
export default vendor({
  id: "fathom",
  name: "Fathom Analytics",
  company: "Fathom",
  leaks: "the page address and referrer, counted without a cookie",
  docs: "https://usefathom.com/legal/compliance",
  firstParty: COOKIELESS,
  endpoints: [{ host: "cdn.usefathom.com", path: /^\/script\.js/, kind: "loader", label: "the Fathom script" }],
  objects: { fathom: { trackEvent: { event: 0, data: 1 }, trackGoal: { event: 0, data: 1 }, trackPageview: { data: 0 } } },
  forms: { fathom: { listedOnly: true, needles: ["fathom.track"] } },
  packages: [
    { name: "fathom-client", methods: { load: { id: 0, options: 1, setup: true }, trackEvent: { event: 0, data: 1 }, trackPageview: { data: 0 } } },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptFathomAnalytics"] },
  ],
});

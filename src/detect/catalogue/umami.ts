import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** Umami (Umami Cloud, or self-hosted): `<script defer src="https://cloud.umami.is/script.js" data-website-id="…">`. */
export default vendor({
  id: "umami",
  name: "Umami",
  company: "Umami",
  leaks: "the page address and referrer, counted without a cookie",
  docs: "https://umami.is/docs/tracker-functions",
  firstParty: COOKIELESS,
  endpoints: [
    { host: "cloud.umami.is", path: /^\/script\.js/, kind: "loader", label: "the Umami script" },
    { host: "analytics.umami.is", path: /^\/script\.js/, kind: "loader", label: "the Umami script" },
    { host: "api-gateway.umami.dev", path: /^\/api\/send/, kind: "beacon", label: "the Umami send API" },
  ],
  objects: { umami: { track: { event: 0, data: 1 }, identify: { data: 0 } } },
  // "umami" is a word (and a taste): the prefilter looks for the calls
  forms: { umami: { listedOnly: true, needles: ["umami.track", "umami.identify"] } },
  packages: [{ name: "@nuxt/scripts", general: true, loaders: ["useScriptUmamiAnalytics"] }],
});

import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** Plausible Analytics: `<script defer data-domain="…" src="https://plausible.io/js/script.js">`, `plausible('Signup', { props })`. */
export default vendor({
  id: "plausible",
  name: "Plausible Analytics",
  company: "Plausible",
  leaks: "the page address and referrer, counted without a cookie",
  docs: "https://plausible.io/data-policy",
  firstParty: COOKIELESS,
  endpoints: [
    { host: "plausible.io", path: /^\/js\//, kind: "loader", label: "the Plausible script" },
    { host: "plausible.io", path: /^\/api\/event/, kind: "beacon", label: "the Plausible events API" },
  ],
  functions: { plausible: { pageview: { data: 1 } } },
  // "plausible" is a word: the prefilter looks for the call
  forms: { plausible: { needles: ["plausible("] } },
  packages: [
    { name: "plausible-tracker", methods: { default: { options: 0 } } },
    { name: "next-plausible", loaders: ["PlausibleProvider"] },
    { name: "@nuxtjs/plausible" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptPlausibleAnalytics"] },
  ],
});

import { vendor } from "./vendor.js";

/** Google Tag Manager: a container that can load any other tag. */
export default vendor({
  id: "gtm",
  name: "Google Tag Manager",
  company: "Google",
  leaks: "the page address, and whatever tags the container loads (often Meta and Google Ads)",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtm\.js/, kind: "loader", label: "the gtm.js container loader" },
    { host: "googletagmanager.com", path: /^\/ns\.html/, kind: "frame", label: "the GTM noscript frame" },
  ],
  markers: ["gtm.start"],
  packages: [
    // `TagManager.initialize({ gtmId })`, `TagManager.dataLayer({ dataLayer: { … } })`
    { name: "react-gtm-module", methods: { initialize: { id: 0, matching: 1, options: 2 }, dataLayer: { event: 0, data: 0 } } },
    { name: "@gtm-support/vue-gtm" },
    { name: "gatsby-plugin-google-tagmanager" },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleTagManager", "sendGTMEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleTagManager"] },
  ],
  attributes: ["data-gtm"],
});

import { vendor } from "./vendor.js";

/** Google tag (gtag.js) and Google Analytics. */
export default vendor({
  id: "google-tag",
  name: "the Google tag (gtag.js / Google Analytics)",
  company: "Google",
  leaks: "the page address and title, with a persistent Google client id",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtag\/js/, kind: "loader", label: "the gtag.js loader" },
    { host: "google-analytics.com", path: /^\/(?:analytics|ga|urchin)\.js/, kind: "loader", label: "the Google Analytics loader" },
    { host: "google-analytics.com", path: /^\/(?:g\/|j\/|r\/)?collect/, kind: "beacon", label: "the Google Analytics collect beacon" },
  ],
  // `gtag('config', id, params)` and `gtag('set', 'user_data', { … })` send every argument after the method
  functions: { gtag: { event: { event: 1, data: 1 } } },
  packages: [
    { name: "react-ga4", methods: { initialize: { id: 0, matching: 1, options: 2 }, send: { event: 0, data: 0 }, event: { event: 0, data: 0 }, gtag: { event: 0, data: 0 } } },
    { name: "vue-gtag" },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleAnalytics", "sendGAEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleAnalytics"] },
  ],
  attributes: ["data-ga-", "data-ga4"],
  // enhanced conversions' user data
  personalKeys: ["email", "phone_number", "sha256_phone_number"],
});

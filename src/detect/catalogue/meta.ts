import type { Vendor } from "./types.js";

/** The Meta (Facebook) Pixel: base code, fbevents.js, the `tr` image beacon and wrapper packages. */
export const meta: Vendor = {
  id: "meta",
  name: "the Meta Pixel",
  company: "Meta",
  leaks: "the page address and the text of the buttons clicked, with the visitor's Facebook identity",
  endpoints: [
    { host: "connect.facebook.net", path: /^\/(?:[a-z]{2,3}_[a-z]{2,3}|\0)\/fbevents(?:\.[\w-]+)?\.js/i, kind: "loader", label: "the fbevents.js loader" },
    { host: "connect.facebook.net", path: /^\/(?:[a-z]{2,3}_[a-z]{2,3}|\0)\/fbds\.js/i, kind: "loader", label: "the legacy fbds.js loader" },
    { host: "connect.facebook.net", path: /^\/signals\/(?:config|plugins)\//, kind: "loader", label: "the Meta Pixel signals loader" },
    { host: "facebook.com", path: /^\/tr\/?\?/, kind: "beacon", label: "the facebook.com/tr image beacon" },
  ],
  functions: ["fbq", "_fbq", "$fbq"],
  objects: ["_fbq", "$fb"],
  globals: ["_fbq"],
  markers: [],
  packages: [
    { name: "react-facebook-pixel", methods: ["init", "track", "trackCustom", "trackSingle", "trackSingleCustom", "pageView", "fbq", "grantConsent", "revokeConsent"] },
    { name: "react-meta-pixel", methods: ["init", "track", "trackCustom", "trackSingle", "trackSingleCustom", "pageView", "fbq", "grantConsent", "revokeConsent"] },
    { name: "meta-pixel", methods: ["init", "track", "trackCustom", "pageView", "fbq"] },
    { name: "react-use-facebook-pixel", methods: ["init", "track", "trackCustom", "pageView", "trackEvent"] },
    { name: "vue-facebook-pixel", methods: ["init", "track", "query", "event"] },
    { name: "ngx-pixel", methods: ["track", "trackCustom", "initialize"] },
    { name: "nuxt-meta-pixel" },
    { name: "nuxt-facebook-pixel-module" },
    { name: "gatsby-plugin-facebook-pixel" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptMetaPixel"] },
  ],
  attributes: ["data-fb", "data-fbq", "data-facebook-pixel"],
};

/** Meta's social plugins (JavaScript SDK, like buttons): not the Pixel, but they still call Meta. */
export const metaSocial: Vendor = {
  id: "meta-social",
  name: "the Facebook JavaScript SDK (a Meta social plugin)",
  company: "Meta",
  leaks: "the page address with the visitor's Facebook identity",
  endpoints: [
    { host: "connect.facebook.net", path: /^\/[a-z]{2,3}_[a-z]{2,3}\/(?:sdk|all)(?:\/[\w.]+)?\.js/i, kind: "sdk", label: "the Facebook SDK loader" },
  ],
  functions: [],
  objects: ["FB"],
  globals: ["fbAsyncInit"],
  markers: [],
  packages: [],
  attributes: [],
};

import type { Vendor } from "./types.js";

/** Google tag (gtag.js) and Google Analytics. */
export const googleTag: Vendor = {
  id: "google-tag",
  name: "the Google tag (gtag.js / Google Analytics)",
  company: "Google",
  leaks: "the page address and title, with a persistent Google client id",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtag\/js/, kind: "loader", label: "the gtag.js loader" },
    { host: "google-analytics.com", path: /^\/(?:analytics|ga|urchin)\.js/, kind: "loader", label: "the Google Analytics loader" },
    { host: "google-analytics.com", path: /^\/(?:g\/|j\/|r\/)?collect/, kind: "beacon", label: "the Google Analytics collect beacon" },
  ],
  functions: ["gtag"],
  objects: [],
  globals: [],
  markers: [],
  packages: [
    { name: "react-ga4", methods: ["initialize", "send", "event", "gtag"] },
    { name: "vue-gtag" },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleAnalytics", "sendGAEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleAnalytics"] },
  ],
  attributes: ["data-ga-", "data-ga4"],
};

/** Google Tag Manager: a container that can load any other tag. */
export const gtm: Vendor = {
  id: "gtm",
  name: "Google Tag Manager",
  company: "Google",
  leaks: "the page address, and whatever tags the container loads (often Meta and Google Ads)",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtm\.js/, kind: "loader", label: "the gtm.js container loader" },
    { host: "googletagmanager.com", path: /^\/ns\.html/, kind: "frame", label: "the GTM noscript frame" },
  ],
  functions: [],
  objects: [],
  globals: [],
  markers: ["gtm.start"],
  packages: [
    { name: "react-gtm-module", methods: ["initialize", "dataLayer"] },
    { name: "@gtm-support/vue-gtm" },
    { name: "gatsby-plugin-google-tagmanager" },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleTagManager", "sendGTMEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleTagManager"] },
  ],
  attributes: ["data-gtm"],
};

/** Google Ads conversion tracking. */
export const googleAds: Vendor = {
  id: "google-ads",
  name: "Google Ads conversion tracking",
  company: "Google",
  leaks: "the page address and conversions, tied to the visitor's Google ad profile",
  endpoints: [
    { host: "googleadservices.com", path: /^\/pagead\/conversion/, kind: "loader", label: "the Google Ads conversion script" },
    { host: "googleads.g.doubleclick.net", kind: "beacon", label: "the Google Ads beacon" },
  ],
  functions: [],
  objects: [],
  globals: ["google_conversion_id"],
  markers: [],
  packages: [],
  attributes: [],
};

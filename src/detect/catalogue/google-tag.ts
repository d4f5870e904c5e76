import type { CallShape, MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/**
 * Universal Analytics' `ga(command, …)`: `ga('create', 'UA-1-1', 'auto')`, `ga('send', 'pageview')`,
 * `ga('send', 'event', category, action, label)`, a named tracker's `ga('t2.send', …)`. Only these
 * commands are Google's: `ga` is a two-letter name that sites use for their own functions too.
 */
const GA: MethodShapes = {
  create: { id: 1, options: 2, setup: true },
  send: { event: 1, data: 2 },
  set: { data: 1 },
  require: { data: 1 },
  provide: { data: 1 },
  remove: {},
};

/** The legacy ga.js queue: `_gaq.push(['_setAccount', 'UA-1-1'], ['_trackPageview'])`. */
const GAQ: MethodShapes = {
  _setAccount: { id: 1, setup: true },
  _trackPageview: { data: 1 },
  _trackEvent: { event: 1, data: 1 },
  _setCustomVar: { data: 1 },
};

/** `gtag(method, …)`: `gtag('config', id, params)` and `gtag('set', 'user_data', { … })` send every argument after the method. */
const GTAG: MethodShapes = { event: { event: 1, data: 1 } };

const event: CallShape = { event: 0, data: 0 };
const initialize: CallShape = { id: 0, matching: 1, options: 2, setup: true };

/** Google tag (gtag.js), Google Analytics 4, and legacy Universal Analytics (analytics.js, ga.js, urchin.js). */
export default vendor({
  id: "google-tag",
  name: "the Google tag (gtag.js / Google Analytics)",
  company: "Google",
  leaks: "the page address and title, with a persistent Google client id",
  docs: "https://support.google.com/analytics/answer/11593727",
  endpoints: [
    { host: "googletagmanager.com", path: /^\/gtag\/js/, kind: "loader", label: "the gtag.js loader" },
    { host: "google-analytics.com", path: /^\/(?:analytics|ga|urchin)\.js/, kind: "loader", label: "the Google Analytics loader" },
    { host: "google-analytics.com", path: /^\/(?:g\/|j\/|r\/)?collect/, kind: "beacon", label: "the Google Analytics collect beacon" },
    { host: "google-analytics.com", path: /^\/__utm\.gif/, kind: "beacon", label: "the legacy Google Analytics __utm.gif beacon" },
    { host: "stats.g.doubleclick.net", path: /^\/dc\.js/, kind: "loader", label: "the Google Analytics dc.js loader" },
  ],
  functions: { gtag: GTAG, ga: GA, $gtag: GTAG },
  objects: {
    _gaq: { push: { queue: GAQ } },
    // vue-gtag's injected `this.$gtag.event(…)`, vue-analytics' `this.$ga.event(…)`
    $gtag: { event, pageview: { data: 0 }, screenview: { data: 0 }, config: { data: 0 }, set: { data: 0 } },
    $ga: { event, page: { data: 0 }, screenview: { data: 0 }, set: { data: 0 }, require: { data: 0 } },
  },
  forms: {
    ga: { listedOnly: true, needles: ["ga("] },
    _gaq: { listedOnly: true },
  },
  globals: ["GoogleAnalyticsObject", "_gaq"],
  // Hugo prints gtag.js (or analytics.js) with the site's googleAnalytics id from these built-ins
  templates: ["_internal/google_analytics.html", "_internal/google_analytics_async.html"],
  packages: [
    { name: "react-ga4", methods: { initialize, send: event, event, gtag: { calls: GTAG }, ga: { calls: GA }, set: { data: 0 } } },
    // Universal Analytics: `ReactGA.initialize('UA-1-1')`, `ReactGA.pageview(path)`, `ReactGA.event({ category, action })`
    { name: "react-ga", methods: { initialize, pageview: { data: 0 }, event: { data: 0 }, set: { data: 0 }, send: { data: 0 }, modalview: { data: 0 }, ga: { calls: GA } } },
    // `import { event } from 'vue-gtag'; event('login', { method })`; `app.use(VueGtag, { config: { id } })`
    { name: "vue-gtag", methods: { event, pageview: { data: 0 }, screenview: { data: 0 }, config: { data: 0 }, set: { data: 0 }, query: { calls: GTAG } } },
    { name: "vue-gtag-next", methods: { event, pageview: { data: 0 }, config: { data: 0 } } },
    { name: "vue-analytics" },
    // Nuxt modules, named in nuxt.config's `modules`; nuxt-gtag's composables load the tag wherever they run
    { name: "nuxt-gtag", loaders: ["useGtag", "useTrackEvent"] },
    { name: "@nuxtjs/google-gtag" },
    { name: "@nuxtjs/google-analytics" },
    // Gatsby plugins, named in gatsby-config's `plugins`
    { name: "gatsby-plugin-google-gtag" },
    { name: "gatsby-plugin-google-analytics" },
    // the `analytics` package's plugin: `Analytics({ plugins: [googleAnalytics({ measurementIds })] })`
    { name: "@analytics/google-analytics", methods: { default: { options: 0 } } },
    { name: "@next/third-parties/google", general: true, loaders: ["GoogleAnalytics", "sendGAEvent"] },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptGoogleAnalytics"] },
  ],
  attributes: ["data-ga-", "data-ga4"],
  // enhanced conversions' user data
  personalKeys: ["email", "phone_number", "sha256_phone_number", "sha256_email_address", "address"],
});

import type { CallShape, MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** `fbq(method, …)`: the method is argument 0. A method not listed (`set`, `consent`) sends the rest as data. */
const FBQ: MethodShapes = {
  init: { id: 1, matching: 2, setup: true },
  track: { event: 1, data: 1 },
  trackCustom: { event: 1, data: 1 },
  trackSingle: { id: 1, event: 2, data: 2 },
  trackSingleCustom: { id: 1, event: 2, data: 2 },
  addPixelId: { id: 1, data: 1 },
};

/** The wrapper packages' methods (`ReactPixel.init(id, matching, options)`); a method not listed reads `(event, data)`. */
const init: CallShape = { id: 0, matching: 1, options: 2, setup: true };
const track: CallShape = { event: 0, data: 0 };
const trackSingle: CallShape = { id: 0, event: 1, data: 1 };
const pageView: CallShape = { data: 0 };
const fbq: CallShape = { calls: FBQ };

/** The Meta (Facebook) Pixel: base code, fbevents.js, the `tr` image beacon and wrapper packages. */
export default vendor({
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
  functions: { fbq: FBQ, _fbq: FBQ, $fbq: FBQ },
  objects: {
    _fbq: { push: { queue: FBQ } },
    // Nuxt's injected `this.$fb` (nuxt-facebook-pixel-module)
    $fb: { init, track, query: track },
  },
  globals: ["_fbq"],
  packages: [
    { name: "react-facebook-pixel", methods: { init, track, trackCustom: track, trackSingle, trackSingleCustom: trackSingle, pageView, fbq, grantConsent: {}, revokeConsent: {} } },
    { name: "react-meta-pixel", methods: { init, track, trackCustom: track, trackSingle, trackSingleCustom: trackSingle, pageView, fbq, grantConsent: {}, revokeConsent: {} } },
    { name: "meta-pixel", methods: { init, track, trackCustom: track, pageView, fbq } },
    { name: "react-use-facebook-pixel", methods: { init, track, trackCustom: track, pageView, trackEvent: track } },
    { name: "vue-facebook-pixel", methods: { init, track, query: track, event: track } },
    { name: "ngx-pixel", methods: { track, trackCustom: track, initialize: { id: 0, matching: 1, options: 2 } } },
    { name: "nuxt-meta-pixel" },
    { name: "nuxt-facebook-pixel-module" },
    { name: "gatsby-plugin-facebook-pixel" },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptMetaPixel"] },
  ],
  attributes: ["data-fb", "data-fbq", "data-facebook-pixel"],
  // advanced matching: https://developers.facebook.com/docs/meta-pixel/advanced/advanced-matching
  personalKeys: ["em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id"],
});

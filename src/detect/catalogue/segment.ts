import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/**
 * analytics.js's calls: `analytics.load(writeKey)`, `analytics.page()`, `analytics.track(event,
 * properties)`, `analytics.identify(userId, { email })`. `analytics` is a common name, so only these
 * methods are Segment's (the snippet's own `analytics.factory(e)` and `analytics.push(t)` are not).
 */
const ANALYTICS: MethodShapes = {
  load: { id: 0, options: 1, setup: true },
  page: { data: 0 },
  track: { event: 0, data: 1 },
  identify: { id: 0, matching: 1 },
  group: { id: 0, data: 1 },
  alias: { id: 0 },
  trackLink: { event: 1, data: 2 },
  trackForm: { event: 1, data: 2 },
  screen: { data: 0 },
};

/** Segment (Twilio Segment): the analytics.js snippet and its npm packages. */
export default vendor({
  id: "segment",
  name: "Segment (analytics.js)",
  company: "Twilio Segment",
  leaks: "the page address, events and the visitor's traits, passed on to every destination the workspace sends to",
  docs: "https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/",
  endpoints: [
    { host: "cdn.segment.com", path: /^\/(?:analytics\.js|analytics-next|next-integrations)\//, kind: "loader", label: "the Segment analytics.js loader" },
    { host: "cdn.segment.io", path: /^\/analytics\.js\//, kind: "loader", label: "the Segment analytics.js loader" },
    { host: "api.segment.io", path: /^\/v1\//, kind: "beacon", label: "the Segment tracking API" },
  ],
  objects: { analytics: ANALYTICS },
  forms: { analytics: { listedOnly: true, needles: ["analytics.load", "analytics.page", "analytics.track", "analytics.identify"] } },
  packages: [
    // `import { AnalyticsBrowser } from '@segment/analytics-next'; const analytics = AnalyticsBrowser.load({ writeKey })`
    { name: "@segment/analytics-next", methods: ANALYTICS },
    { name: "@segment/analytics.js-core", methods: ANALYTICS },
    { name: "@segment/snippet" },
    { name: "@analytics/segment", methods: { default: { options: 0 } } },
    { name: "@nuxt/scripts", general: true, loaders: ["useScriptSegment"] },
  ],
  personalKeys: ["email", "phone", "name", "firstName", "lastName", "address", "birthday"],
});

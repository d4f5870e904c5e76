import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** Simple Analytics: `latest.js`, the `noscript.gif` image, and `sa_event('signup')`. */
export default vendor({
  id: "simple-analytics",
  name: "Simple Analytics",
  company: "Simple Analytics",
  leaks: "the page address and referrer, counted without a cookie",
  docs: "https://docs.simpleanalytics.com/what-we-collect",
  firstParty: COOKIELESS,
  endpoints: [
    { host: "scripts.simpleanalyticscdn.com", path: /^\/(?:latest|auto-events)/, kind: "loader", label: "the Simple Analytics script" },
    { host: "queue.simpleanalyticscdn.com", path: /^\/noscript\.gif/, kind: "beacon", label: "the Simple Analytics noscript image" },
  ],
  functions: { sa_event: {} },
  packages: [{ name: "@analytics/simple-analytics", methods: { default: { options: 0 } } }],
});

import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/**
 * Amplitude's calls: the Browser SDK's `amplitude.init(apiKey)`, `amplitude.track(event, props)`,
 * and the legacy `amplitude.getInstance().logEvent(event, props)` (read through `getInstance()`).
 */
const AMPLITUDE: MethodShapes = {
  getInstance: { chain: true },
  init: { id: 0, options: 2, setup: true },
  track: { event: 0, data: 1 },
  logEvent: { event: 0, data: 1 },
  identify: { matching: 0 },
  setUserId: { id: 0 },
  setUserProperties: { matching: 0 },
  setGroup: { data: 0 },
  add: {},
};

/** Amplitude. */
export default vendor({
  id: "amplitude",
  name: "Amplitude",
  company: "Amplitude",
  leaks: "the page address and events, tied to a persistent device id and any user id the site sets",
  docs: "https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2",
  endpoints: [
    { host: "cdn.amplitude.com", path: /^\/(?:libs|script)\//, kind: "loader", label: "the Amplitude loader" },
    { host: "api2.amplitude.com", kind: "beacon", label: "the Amplitude HTTP API" },
    { host: "api.eu.amplitude.com", kind: "beacon", label: "the Amplitude HTTP API (EU)" },
  ],
  objects: { amplitude: AMPLITUDE },
  // "amplitude" is a word and a common variable (`amplitude.toFixed(2)`): only its own calls count
  forms: { amplitude: { listedOnly: true, needles: ["amplitude."] } },
  packages: [
    { name: "@amplitude/analytics-browser", methods: AMPLITUDE },
    { name: "@amplitude/unified", methods: AMPLITUDE },
    { name: "amplitude-js", methods: AMPLITUDE },
    { name: "@analytics/amplitude", methods: { default: { options: 0 } } },
  ],
  personalKeys: ["email", "phone", "name"],
});

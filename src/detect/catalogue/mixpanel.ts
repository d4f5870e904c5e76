import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** `mixpanel.init(token, config)`, `mixpanel.track(event, props)`, `mixpanel.identify(id)`, `mixpanel.people.set({ $email })`. */
const MIXPANEL: MethodShapes = {
  init: { id: 0, options: 1, setup: true },
  track: { event: 0, data: 1 },
  identify: { id: 0 },
  register: { data: 0 },
  "people.set": { matching: 0 },
  "people.set_once": { matching: 0 },
  track_links: { event: 1, data: 2 },
};

/** Mixpanel. */
export default vendor({
  id: "mixpanel",
  name: "Mixpanel",
  company: "Mixpanel",
  leaks: "the page address and events, tied to a persistent visitor id and any profile the site sets",
  docs: "https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript",
  endpoints: [
    { host: "cdn.mxpnl.com", path: /^\/libs\//, kind: "loader", label: "the Mixpanel loader" },
    { host: "cdn4.mxpnl.com", path: /^\/libs\//, kind: "loader", label: "the Mixpanel loader" },
    { host: "api-js.mixpanel.com", kind: "beacon", label: "the Mixpanel tracking API" },
    { host: "api.mixpanel.com", path: /^\/(?:track|engage)/, kind: "beacon", label: "the Mixpanel tracking API" },
  ],
  objects: { mixpanel: MIXPANEL },
  packages: [
    { name: "mixpanel-browser", methods: MIXPANEL },
    { name: "react-mixpanel-browser" },
    { name: "@analytics/mixpanel", methods: { default: { options: 0 } } },
  ],
  personalKeys: ["$email", "$phone", "$name", "$first_name", "$last_name", "email"],
});

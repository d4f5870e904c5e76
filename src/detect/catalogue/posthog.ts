import type { MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** `posthog.init(key, { api_host })`, `posthog.capture(event, props)`, `posthog.identify(id, { email })`. */
const POSTHOG: MethodShapes = {
  init: { id: 0, options: 1, setup: true },
  capture: { event: 0, data: 1 },
  identify: { id: 0, matching: 1 },
  setPersonProperties: { matching: 0 },
  "people.set": { matching: 0 },
  register: { data: 0 },
  group: { id: 1, data: 2 },
  alias: { id: 0 },
};

/** PostHog Cloud (its US and EU hosts; a self-hosted PostHog on the site's own domain is not matched by host). */
export default vendor({
  id: "posthog",
  name: "PostHog Cloud",
  company: "PostHog",
  leaks: "the page address, clicks (autocapture) and, with session replay on, a recording of the visit",
  docs: "https://posthog.com/docs/libraries/js",
  endpoints: [
    { host: "i.posthog.com", kind: "beacon", label: "the PostHog Cloud ingestion host" },
    { host: "app.posthog.com", kind: "beacon", label: "the PostHog Cloud ingestion host" },
  ],
  objects: { posthog: POSTHOG },
  packages: [
    { name: "posthog-js", methods: POSTHOG, loaders: ["PostHogProvider", "usePostHog"] },
    { name: "@posthog/nuxt" },
    { name: "@posthog/next" },
  ],
  personalKeys: ["email", "name", "phone", "$email"],
});

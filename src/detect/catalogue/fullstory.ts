import type { CallShape, MethodShapes } from "./types.js";
import { vendor } from "./vendor.js";

/** The v2 API, method first: `FS('setIdentity', { uid, properties: { email } })`, `FS('trackEvent', { name, properties })`. */
const FS: MethodShapes = {
  setIdentity: { matching: 1, matchingKey: "properties" },
  setProperties: { data: 1 },
  trackEvent: { data: 1 },
  observe: {},
  shutdown: {},
  restart: {},
};

const identify: CallShape = { id: 0, matching: 1 };

/** FullStory: session replay (see hotjar.ts). */
export default vendor({
  id: "fullstory",
  name: "FullStory",
  company: "FullStory",
  leaks: "a recording of the visit (clicks, scrolling, the page's text, and what was typed unless masked) with the page address",
  docs: "https://developer.fullstory.com/browser/getting-started/",
  endpoints: [
    { host: "edge.fullstory.com", path: /^\/s\/fs\.js/, kind: "loader", label: "the FullStory recording script (fs.js)" },
    { host: "fullstory.com", path: /^\/s\/fs\.js/, kind: "loader", label: "the FullStory recording script (fs.js)" },
    { host: "rs.fullstory.com", kind: "beacon", label: "the FullStory recording endpoint" },
  ],
  functions: { FS },
  // the v1 API: `FS.identify(uid, { email })`, `FS.event(name, props)`, `FS.setUserVars({ email })`
  objects: { FS: { identify, event: { event: 0, data: 1 }, setUserVars: { matching: 0 }, log: {} } },
  forms: { FS: { listedOnly: true, needles: ["FS(", "FS."] } },
  globals: ["_fs_org", "_fs_script"],
  packages: [
    // `init({ orgId })`; `FullStory('setIdentity', { uid })` or, before v2, `FullStory.identify(uid, { email })`
    { name: "@fullstory/browser", methods: { init: { options: 0, setup: true }, FullStory: { calls: FS }, identify, event: { event: 0, data: 1 }, setUserVars: { matching: 0 } } },
    { name: "@fullstory/react-native" },
    { name: "@analytics/fullstory", methods: { default: { options: 0 } } },
  ],
  personalKeys: ["email", "displayName", "email_str", "displayName_str", "phone"],
});

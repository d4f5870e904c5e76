import { vendor } from "./vendor.js";

/** The Reddit Pixel. */
export default vendor({
  id: "reddit",
  name: "the Reddit Pixel",
  company: "Reddit",
  leaks: "the page address and events, matched to the visitor's Reddit account",
  endpoints: [
    { host: "redditstatic.com", path: /^\/ads\/pixel\.js/, kind: "loader", label: "the Reddit Pixel loader (pixel.js)" },
    { host: "alb.reddit.com", kind: "beacon", label: "the Reddit Pixel beacon" },
  ],
  // `rdt('init', id, { email, externalId })`, `rdt('track', 'PageVisit')`
  functions: { rdt: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 1 } } },
  personalKeys: ["email", "phoneNumber", "externalId"],
});

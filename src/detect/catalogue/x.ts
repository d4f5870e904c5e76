import { vendor } from "./vendor.js";

/** The X (Twitter) Pixel. */
export default vendor({
  id: "x",
  name: "the X (Twitter) Pixel",
  company: "X",
  leaks: "the page address and conversions, matched to the visitor's X account",
  endpoints: [
    { host: "static.ads-twitter.com", path: /^\/uwt\.js/, kind: "loader", label: "the X Pixel loader (uwt.js)" },
    { host: "analytics.twitter.com", kind: "beacon", label: "the X conversion beacon" },
  ],
  // `twq('config', id, { email_address })` sends every argument after the method; the older `twq('init', id)`
  functions: { twq: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 1 }, event: { event: 1, data: 1 } } },
  personalKeys: ["email_address", "phone_number"],
});

import { vendor } from "./vendor.js";

/** The Snap Pixel. */
export default vendor({
  id: "snap",
  name: "the Snap Pixel",
  company: "Snap",
  leaks: "the page address and events, matched to the visitor's Snapchat account",
  endpoints: [
    { host: "sc-static.net", path: /^\/scevent\.min\.js/, kind: "loader", label: "the Snap Pixel loader (scevent.min.js)" },
    { host: "tr.snapchat.com", kind: "beacon", label: "the Snap Pixel beacon" },
  ],
  // `snaptr('init', id, { user_email })`, `snaptr('track', 'PAGE_VIEW')`
  functions: { snaptr: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 1 } } },
  personalKeys: ["user_email", "user_phone_number", "user_hashed_email", "user_hashed_phone_number"],
});

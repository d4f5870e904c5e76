import { vendor } from "./vendor.js";

/** The Pinterest Tag. */
export default vendor({
  id: "pinterest",
  name: "the Pinterest Tag",
  company: "Pinterest",
  leaks: "the page address and events, matched to the visitor's Pinterest account",
  endpoints: [
    { host: "s.pinimg.com", path: /^\/ct\/core\.js/, kind: "loader", label: "the Pinterest Tag loader (core.js)" },
    { host: "ct.pinterest.com", kind: "beacon", label: "the Pinterest conversion beacon" },
  ],
  // `pintrk('load', id, { em })` sets the tag up; `pintrk('track', event, data)`
  functions: { pintrk: { load: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 1 } } },
  // enhanced match: the same short keys as Meta's advanced matching
  personalKeys: ["em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country", "external_id"],
});

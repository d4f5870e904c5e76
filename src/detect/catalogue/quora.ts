import { vendor } from "./vendor.js";

/** The Quora Pixel: `qp('init', id)`, `qp('track', 'ViewContent')`. */
export default vendor({
  id: "quora",
  name: "the Quora Pixel",
  company: "Quora",
  leaks: "the page address and events, matched to the visitor's Quora account",
  docs: "https://quoraadsupport.zendesk.com/hc/en-us/articles/115010466208",
  endpoints: [
    { host: "a.quora.com", path: /^\/qevents\.js/, kind: "loader", label: "the Quora Pixel loader" },
    { host: "q.quora.com", path: /^\/_\/ad\//, kind: "beacon", label: "the Quora Pixel beacon" },
  ],
  functions: { qp: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 2 } } },
  forms: { qp: { listedOnly: true, needles: ["qp("] } },
  personalKeys: ["email"],
});

import { vendor } from "./vendor.js";

/** The Nextdoor Pixel: `ndp('init', id, { user_email })`, `ndp('track', 'PAGE_VIEW')`. */
export default vendor({
  id: "nextdoor",
  name: "the Nextdoor Pixel",
  company: "Nextdoor",
  leaks: "the page address and events, matched to the visitor's Nextdoor account and neighbourhood",
  docs: "https://help.nextdoor.com/s/article/Nextdoor-Pixel",
  endpoints: [
    { host: "ads.nextdoor.com", path: /^\/public\/pixel\//, kind: "loader", label: "the Nextdoor Pixel loader (ndp.js)" },
    { host: "flask.nextdoor.com", path: /^\/pixel/, kind: "beacon", label: "the Nextdoor Pixel beacon" },
  ],
  functions: { ndp: { init: { id: 1, matching: 2, setup: true }, track: { event: 1, data: 2, matching: 3 } } },
  // "ndp" is in "endpoint": the prefilter looks for the call
  forms: { ndp: { listedOnly: true, needles: ["ndp("] } },
  personalKeys: ["email", "user_email", "phone_number", "first_name", "last_name", "external_id"],
});

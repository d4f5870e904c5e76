import { vendor } from "./vendor.js";

/** Google Ads conversion tracking. */
export default vendor({
  id: "google-ads",
  name: "Google Ads conversion tracking",
  company: "Google",
  leaks: "the page address and conversions, tied to the visitor's Google ad profile",
  endpoints: [
    { host: "googleadservices.com", path: /^\/pagead\/conversion/, kind: "loader", label: "the Google Ads conversion script" },
    { host: "googleads.g.doubleclick.net", kind: "beacon", label: "the Google Ads beacon" },
  ],
  globals: ["google_conversion_id"],
});

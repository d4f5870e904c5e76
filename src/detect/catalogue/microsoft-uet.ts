import { vendor } from "./vendor.js";

/** Microsoft Advertising's Universal Event Tracking (Bing Ads). */
export default vendor({
  id: "microsoft-uet",
  name: "Microsoft Advertising UET",
  company: "Microsoft",
  leaks: "the page address and conversions, matched to the visitor's Microsoft ad clicks",
  endpoints: [
    { host: "bat.bing.com", path: /^\/bat\.js/, kind: "loader", label: "the UET loader (bat.js)" },
    { host: "bat.bing.com", path: /^\/action\//, kind: "beacon", label: "the UET beacon" },
  ],
  // `uetq.push('event', action, params)`: every argument is data
  objects: { uetq: { push: { event: 0, data: 0 } } },
});

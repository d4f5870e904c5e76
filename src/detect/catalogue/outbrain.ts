import { vendor } from "./vendor.js";

/** The Outbrain Pixel: `obApi('track', 'PAGE_VIEW')`, installed with `OB_ADV_ID`. */
export default vendor({
  id: "outbrain",
  name: "the Outbrain Pixel",
  company: "Outbrain",
  leaks: "the page address and conversions, matched to the visitor's Outbrain profile",
  docs: "https://www.outbrain.com/help/advertisers/outbrain-pixel/",
  endpoints: [
    { host: "amplify.outbrain.com", path: /^\/cp\/obtp\.js/, kind: "loader", label: "the Outbrain Pixel loader (obtp.js)" },
    { host: "tr.outbrain.com", path: /^\/(?:unifiedPixel|pixel)/, kind: "beacon", label: "the Outbrain Pixel beacon" },
    { host: "widgets.outbrain.com", path: /^\/outbrain\.js/, kind: "loader", label: "the Outbrain widget loader" },
  ],
  functions: { obApi: { track: { event: 1, data: 2 } } },
  globals: ["OB_ADV_ID"],
});

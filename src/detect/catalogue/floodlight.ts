import { vendor } from "./vendor.js";

/**
 * Floodlight (Campaign Manager 360 and Display & Video 360): Google's advertiser tags, an iframe on
 * `fls.doubleclick.net` or an image on `ad.doubleclick.net`, or `gtag('event', 'conversion', {
 * send_to: 'DC-…' })` (read as the Google tag's call). Its own id: it is not Google Ads.
 */
export default vendor({
  id: "floodlight",
  name: "a Floodlight tag (Campaign Manager 360)",
  company: "Google",
  leaks: "the page address and conversions, tied to the visitor's DoubleClick ad cookie",
  docs: "https://support.google.com/campaignmanager/answer/2823222",
  endpoints: [
    { host: "fls.doubleclick.net", path: /^\/activityi?[;/?]/, kind: "frame", label: "the Floodlight activity tag" },
    { host: "ad.doubleclick.net", path: /^\/(?:ddm\/)?activity[;/?]/, kind: "beacon", label: "the Floodlight image tag" },
  ],
});

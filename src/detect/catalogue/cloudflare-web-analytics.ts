import { COOKIELESS } from "./first-party.js";
import { vendor } from "./vendor.js";

/** Cloudflare Web Analytics: `<script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon='{"token": "…"}'>`. */
export default vendor({
  id: "cloudflare-web-analytics",
  name: "Cloudflare Web Analytics",
  company: "Cloudflare",
  leaks: "the page address, referrer and load timings, counted without a cookie",
  docs: "https://developers.cloudflare.com/web-analytics/data-metrics/",
  firstParty: COOKIELESS,
  endpoints: [
    { host: "static.cloudflareinsights.com", path: /^\/beacon(?:\.min)?\.js/, kind: "loader", label: "the Cloudflare Web Analytics beacon script" },
    { host: "cloudflareinsights.com", path: /^\/cdn-cgi\/rum/, kind: "beacon", label: "the Cloudflare Web Analytics endpoint" },
  ],
  attributes: ["data-cf-beacon"],
});

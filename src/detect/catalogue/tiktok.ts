import { vendor } from "./vendor.js";

/** The TikTok Pixel. */
export default vendor({
  id: "tiktok",
  name: "the TikTok Pixel",
  company: "TikTok",
  leaks: "the page address and events, matched to the visitor's TikTok account",
  endpoints: [
    { host: "analytics.tiktok.com", path: /^\/i18n\/pixel\//, kind: "loader", label: "the TikTok Pixel loader" },
    { host: "analytics.tiktok.com", path: /^\/api\//, kind: "beacon", label: "the TikTok events endpoint" },
  ],
  // `ttq.load(id)`, `ttq.page()`, `ttq.track(event, data)`, `ttq.identify({ email, phone_number })`
  objects: { ttq: { load: { id: 0, matching: 1, options: 2, setup: true }, page: { data: 0 }, track: { event: 0, data: 0 }, identify: { matching: 0 } } },
  globals: ["TiktokAnalyticsObject"],
  packages: [{ name: "tiktok-pixel", methods: { init: { id: 0, matching: 1, options: 2, setup: true }, track: { event: 0, data: 0 }, pageView: { data: 0 } } }],
  personalKeys: ["email", "phone_number", "external_id", "sha256_email", "sha256_phone_number"],
});

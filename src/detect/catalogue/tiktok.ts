import type { Vendor } from "./types.js";

/** The TikTok Pixel. */
export const tiktok: Vendor = {
  id: "tiktok",
  name: "the TikTok Pixel",
  company: "TikTok",
  leaks: "the page address and events, matched to the visitor's TikTok account",
  endpoints: [
    { host: "analytics.tiktok.com", path: /^\/i18n\/pixel\//, kind: "loader", label: "the TikTok Pixel loader" },
    { host: "analytics.tiktok.com", path: /^\/api\//, kind: "beacon", label: "the TikTok events endpoint" },
  ],
  functions: [],
  objects: ["ttq"],
  globals: ["TiktokAnalyticsObject"],
  markers: [],
  packages: [{ name: "tiktok-pixel", methods: ["init", "track", "pageView"] }],
  attributes: [],
};

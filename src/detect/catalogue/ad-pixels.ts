import type { Vendor } from "./types.js";

/*
 * Social and search ad pixels other than Meta's, TikTok's and LinkedIn's: each loads from a host of
 * its own and exposes one global queue function. Every one of them sends the page address with an
 * id that the vendor matches to the visitor's account and ad clicks.
 */

/** The Pinterest Tag. */
export const pinterest: Vendor = {
  id: "pinterest",
  name: "the Pinterest Tag",
  company: "Pinterest",
  leaks: "the page address and events, matched to the visitor's Pinterest account",
  endpoints: [
    { host: "s.pinimg.com", path: /^\/ct\/core\.js/, kind: "loader", label: "the Pinterest Tag loader (core.js)" },
    { host: "ct.pinterest.com", kind: "beacon", label: "the Pinterest conversion beacon" },
  ],
  functions: ["pintrk"],
  objects: [],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};

/** The Snap Pixel. */
export const snap: Vendor = {
  id: "snap",
  name: "the Snap Pixel",
  company: "Snap",
  leaks: "the page address and events, matched to the visitor's Snapchat account",
  endpoints: [
    { host: "sc-static.net", path: /^\/scevent\.min\.js/, kind: "loader", label: "the Snap Pixel loader (scevent.min.js)" },
    { host: "tr.snapchat.com", kind: "beacon", label: "the Snap Pixel beacon" },
  ],
  functions: ["snaptr"],
  objects: [],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};

/** The X (Twitter) Pixel. */
export const xPixel: Vendor = {
  id: "x",
  name: "the X (Twitter) Pixel",
  company: "X",
  leaks: "the page address and conversions, matched to the visitor's X account",
  endpoints: [
    { host: "static.ads-twitter.com", path: /^\/uwt\.js/, kind: "loader", label: "the X Pixel loader (uwt.js)" },
    { host: "analytics.twitter.com", kind: "beacon", label: "the X conversion beacon" },
  ],
  functions: ["twq"],
  objects: [],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};

/** The Reddit Pixel. */
export const reddit: Vendor = {
  id: "reddit",
  name: "the Reddit Pixel",
  company: "Reddit",
  leaks: "the page address and events, matched to the visitor's Reddit account",
  endpoints: [
    { host: "redditstatic.com", path: /^\/ads\/pixel\.js/, kind: "loader", label: "the Reddit Pixel loader (pixel.js)" },
    { host: "alb.reddit.com", kind: "beacon", label: "the Reddit Pixel beacon" },
  ],
  functions: ["rdt"],
  objects: [],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};

/** Microsoft Advertising's Universal Event Tracking (Bing Ads). */
export const microsoftUet: Vendor = {
  id: "microsoft-uet",
  name: "Microsoft Advertising UET",
  company: "Microsoft",
  leaks: "the page address and conversions, matched to the visitor's Microsoft ad clicks",
  endpoints: [
    { host: "bat.bing.com", path: /^\/bat\.js/, kind: "loader", label: "the UET loader (bat.js)" },
    { host: "bat.bing.com", path: /^\/action\//, kind: "beacon", label: "the UET beacon" },
  ],
  functions: [],
  objects: ["uetq"],
  globals: [],
  markers: [],
  packages: [],
  attributes: [],
};

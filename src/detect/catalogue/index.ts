import clarity from "./clarity.js";
import googleAds from "./google-ads.js";
import googleTag from "./google-tag.js";
import gtm from "./gtm.js";
import hotjar from "./hotjar.js";
import linkedin from "./linkedin.js";
import metaSocial from "./meta-social.js";
import meta from "./meta.js";
import microsoftUet from "./microsoft-uet.js";
import pinterest from "./pinterest.js";
import reddit from "./reddit.js";
import snap from "./snap.js";
import { longTailVendorById } from "./long-tail.js";
import tiktok from "./tiktok.js";
import type { Vendor } from "./types.js";
import x from "./x.js";

export type { CallShape, Endpoint, EndpointKind, MethodShapes, Vendor, VendorRecord, WrapperPackage } from "./types.js";
export { UNLISTED_FUNCTION_METHOD, UNLISTED_OBJECT_METHOD } from "./types.js";
export { vendor } from "./vendor.js";
export { LONG_TAIL_PREFIX, longTail, longTailVendorById, NOT_TRACKING_DOMAINS, TRACKING_CATEGORIES, type LongTail, type LongTailDomain } from "./long-tail.js";

/** Every vendor pixel-guard knows, one data file each, in the order of docs/vendors.md. Code finds a vendor by its id (`vendorById(META_ID)`), never by its place here. */
export const VENDORS: readonly Vendor[] = [
  meta, metaSocial, googleTag, gtm, googleAds, tiktok, linkedin,
  pinterest, snap, x, reddit, microsoftUet, hotjar, clarity,
];

/** The vendor whose findings belong to the Meta rules; every other vendor is a third party. */
export const META_ID = meta.id;

/** A vendor by its id: a hand-written one, or one of the long tail (`third-party-web:chartbeat`, read from the data only for such an id). */
export function vendorById(id: string): Vendor | undefined {
  return VENDORS.find((vendor) => vendor.id === id) ?? longTailVendorById(id);
}

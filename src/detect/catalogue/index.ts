import { microsoftUet, pinterest, reddit, snap, xPixel } from "./ad-pixels.js";
import { googleAds, googleTag, gtm } from "./google.js";
import { linkedin } from "./linkedin.js";
import { meta, metaSocial } from "./meta.js";
import { clarity, hotjar } from "./session-replay.js";
import { tiktok } from "./tiktok.js";
import type { Vendor } from "./types.js";

export type { Endpoint, EndpointKind, Vendor, WrapperPackage } from "./types.js";

/** Every vendor pixel-guard knows. Code finds a vendor by its id (`vendorById(META_ID)`), never by its place here. */
export const VENDORS: readonly Vendor[] = [
  meta, metaSocial, googleTag, gtm, googleAds, tiktok, linkedin,
  pinterest, snap, xPixel, reddit, microsoftUet, hotjar, clarity,
];

/** The vendor whose findings belong to the Meta rules; every other vendor is a third party. */
export const META_ID = meta.id;

export function vendorById(id: string): Vendor | undefined {
  return VENDORS.find((vendor) => vendor.id === id);
}

import clarity from "./clarity.js";
import floodlight from "./floodlight.js";
import segment from "./segment.js";
import criteo from "./criteo.js";
import taboola from "./taboola.js";
import outbrain from "./outbrain.js";
import quora from "./quora.js";
import nextdoor from "./nextdoor.js";
import adroll from "./adroll.js";
import mixpanel from "./mixpanel.js";
import amplitude from "./amplitude.js";
import heap from "./heap.js";
import fullstory from "./fullstory.js";
import yandexMetrica from "./yandex-metrica.js";
import posthog from "./posthog.js";
import matomoCloud from "./matomo-cloud.js";
import matomo from "./matomo.js";
import plausible from "./plausible.js";
import fathom from "./fathom.js";
import goatcounter from "./goatcounter.js";
import umami from "./umami.js";
import simpleAnalytics from "./simple-analytics.js";
import cloudflareWebAnalytics from "./cloudflare-web-analytics.js";
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

export type { ApiForm, CallShape, FirstParty, Endpoint, EndpointKind, MethodShapes, Vendor, VendorRecord, WrapperPackage } from "./types.js";
export { UNLISTED_FUNCTION_METHOD, UNLISTED_OBJECT_METHOD } from "./types.js";
export { vendor } from "./vendor.js";
export { LONG_TAIL_PREFIX, longTail, longTailVendorById, NOT_TRACKING_DOMAINS, TRACKING_CATEGORIES, type LongTail, type LongTailDomain } from "./long-tail.js";

/** Every vendor pixel-guard knows, one data file each, in the order of docs/vendors.md. Code finds a vendor by its id (`vendorById(META_ID)`), never by its place here. */
export const VENDORS: readonly Vendor[] = [
  meta, metaSocial, googleTag, gtm, googleAds, tiktok, linkedin,
  pinterest, snap, x, reddit, microsoftUet, hotjar, clarity,
  floodlight, segment, criteo, taboola, outbrain, quora, nextdoor, adroll, mixpanel, amplitude, heap, fullstory, yandexMetrica, posthog, matomoCloud,
  // first-party, cookieless analytics: not reported unless `reportFirstPartyAnalytics`
  matomo, plausible, fathom, goatcounter, umami, simpleAnalytics, cloudflareWebAnalytics,
];

/** The vendor whose findings belong to the Meta rules; every other vendor is a third party. */
export const META_ID = meta.id;

/** A vendor by its id: a hand-written one, or one of the long tail (`third-party-web:chartbeat`, read from the data only for such an id). */
export function vendorById(id: string): Vendor | undefined {
  return VENDORS.find((vendor) => vendor.id === id) ?? longTailVendorById(id);
}

/**
 * The long tail: every tracking entity of the `third-party-web` package (MIT; the data behind
 * Lighthouse's third-party audits), read from the installed package at run time, never copied
 * here. Its updates reach users with the package: the dependency is a caret range, so
 * `npm update` (or a fresh install) brings each new release of the data. What is decided here is
 * which of its categories are trackers, which domains of those entities are not, and how a message
 * says what each kind of entity receives.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Vendor } from "./types.js";
import { vendor } from "./vendor.js";

/** Every long-tail vendor id starts with this: `third-party-web:chartbeat`. */
export const LONG_TAIL_PREFIX = "third-party-web:";

/**
 * The categories whose entities are trackers, with what such an entity receives. Their purpose is
 * to measure, profile or advertise to the visitor. Left out, and why:
 * - `customer-success` (Intercom, Zendesk, LiveChat): chat and support widgets a visitor uses on
 *   purpose, often the help a sensitive page offers; a service of the page, not a tracker of it.
 * - `video` (YouTube, Vimeo), `content` (publishers, image hosts, embeds), `cdn` (jsDelivr, unpkg,
 *   cdnjs, Google Fonts), `hosting` (Wix, Shopify, WordPress.com), `utility` (maps, captchas,
 *   payments, error monitoring), `consent-provider` (cookie banners): what the page is made of.
 * - `other`: no precise category or attribution in the data (shared origins such as AWS).
 */
export const TRACKING_CATEGORIES: Readonly<Record<string, string>> = {
  ad: "the page address and the visitor's ad identifiers (cookies, device ids), to target and measure ads",
  analytics: "the page address and what the visitor does on it, under an identifier that follows the visitor",
  "tag-manager": "the page address, and loads every tag its container holds",
  social: "the page address, matched to the visitor's account on that network",
  // HubSpot, Pardot, Drift, Albacross, Mailchimp: visitor identification and marketing profiles.
  marketing: "the page address, added to the visitor's marketing profile",
};

/**
 * Domains of a tracking entity that are not trackers (each with its subdomains), or trackers the
 * catalogue does not report by default. The data lists a company's whole web presence under one
 * entity; these are the parts that are CDNs, maps or sites, or cookieless analytics.
 */
export const NOT_TRACKING_DOMAINS: Readonly<Record<string, string>> = {
  "microsoft.com": "Microsoft's own site and downloads, listed under Bing Ads",
  "msecnd.net": "Azure's CDN, listed under Bing Ads",
  "s-msft.com": "Microsoft's site assets, listed under Bing Ads",
  "s-msn.com": "MSN's site assets, listed under Bing Ads",
  "llnwd.net": "Limelight's CDN, listed under Tealium",
  "limelight.com": "Limelight's CDN, listed under Tealium",
  "delvenetworks.com": "Limelight's video platform, listed under Tealium",
  "plausible.io": "cookieless analytics, not reported by default",
  "usefathom.com": "cookieless analytics, not reported by default",
  "withcabin.com": "cookieless analytics, not reported by default",
};

/** One entity as the package's `dist/entities-nostats.json` holds it. */
interface Entity {
  name: string;
  company?: string;
  category: string;
  domains: string[];
}

/** Where a host of the long tail leads: the entity, and whether its subdomains count (`*.quantserve.com`). */
export interface LongTailDomain {
  vendor: Vendor;
  subdomains: boolean;
}

export interface LongTail {
  /** The package's version, as installed. */
  version: string;
  /** Each domain of a tracking entity (`quantserve.com`, `adservice.google.com`). */
  domains: ReadonlyMap<string, LongTailDomain>;
  vendors: ReadonlyMap<string, Vendor>;
  /** What each vendor's entity is, for docs: its category in the data. */
  categories: ReadonlyMap<string, string>;
}

/** `Google/Doubleclick Ads` -> `google-doubleclick-ads`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/&amp;/g, "and")
    .replace(/[^a-z\d]+/g, "-")
    .replace(/^-|-$/g, "");
}

function isExcluded(domain: string): boolean {
  for (let at = 0; at >= 0; at = domain.indexOf(".", at) + 1 || -1) {
    if (Object.hasOwn(NOT_TRACKING_DOMAINS, domain.slice(at))) return true;
  }
  return false;
}

function longTailOf(entities: readonly Entity[], version: string): LongTail {
  const domains = new Map<string, LongTailDomain>();
  const vendors = new Map<string, Vendor>();
  const categories = new Map<string, string>();
  for (const entity of entities) {
    const leaks = Object.hasOwn(TRACKING_CATEGORIES, entity.category) ? TRACKING_CATEGORIES[entity.category] : undefined;
    if (!leaks) continue;
    let id = `${LONG_TAIL_PREFIX}${slugOf(entity.name)}`;
    for (let n = 2; vendors.has(id); n++) id = `${LONG_TAIL_PREFIX}${slugOf(entity.name)}-${n}`;
    const company = entity.company ?? entity.name;
    const record = vendor({ id, name: entity.name, company, leaks });
    let kept = 0;
    for (const written of entity.domains) {
      const subdomains = written.startsWith("*.");
      const domain = (subdomains ? written.slice(2) : written).toLowerCase();
      if (!domain.includes(".") || isExcluded(domain) || domains.has(domain)) continue;
      domains.set(domain, { vendor: record, subdomains });
      kept++;
    }
    if (kept === 0) continue;
    vendors.set(id, record);
    categories.set(id, entity.category);
  }
  return { version, domains, vendors, categories };
}

let loaded: LongTail | null = null;

/**
 * The long tail, read from the installed package on first use and kept for the process: a file
 * that loads nothing from it never reads the data. Without the package (a broken install) it is
 * empty rather than an error in every file.
 */
export function longTail(): LongTail {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  try {
    const manifest = JSON.parse(readFileSync(require.resolve("third-party-web/package.json"), "utf8")) as { version: string };
    const entities = JSON.parse(readFileSync(require.resolve("third-party-web/dist/entities-nostats.json"), "utf8")) as Entity[];
    loaded = longTailOf(entities, manifest.version);
  } catch {
    loaded = { version: "not installed", domains: new Map(), vendors: new Map(), categories: new Map() };
  }
  return loaded;
}

/** A long-tail vendor by its id (`third-party-web:chartbeat`); the data is read only for such an id. */
export function longTailVendorById(id: string): Vendor | undefined {
  return id.startsWith(LONG_TAIL_PREFIX) ? longTail().vendors.get(id) : undefined;
}

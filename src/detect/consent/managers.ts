/**
 * Consent managers as data: the markers by which each one holds a script, frame or image until the
 * visitor agrees, how the marker names the category it waits for, and the calls by which a
 * vendor's own API holds its tags. Gating changes a message, never the verdict: special-category
 * data needs explicit consent for that purpose, which a site-wide banner is not.
 */

/** One way a manager marks an element it holds: an attribute (its value the category), or a class. */
export interface ConsentMarker {
  /** An attribute whose presence holds the element; its value names the category. */
  attribute?: string;
  /** A class that holds the element; ending in `-`, a prefix whose rest names the category (`optanon-category-C0004`). */
  class?: string;
  /** A prefix the attribute's value carries before the category (`cookieyes-advertisement`). */
  strip?: string;
  /** Category codes as people know them (`C0004` -> "targeting", iubenda purpose `5` -> "marketing"). */
  names?: Readonly<Record<string, string>>;
  /** The category when the marker itself says it (`cmplz-stats` -> "statistics"). */
  category?: string;
  /** The marker is common elsewhere (`data-name`, `data-category`): it holds only a script of a held type. */
  heldTypeOnly?: boolean;
  /** Values (lower case) that mean the manager lets the element run without consent (`ignore`, `essential`). */
  runs?: readonly string[];
}

export interface ConsentManager {
  id: string;
  /** As a web editor knows it: "Cookiebot". */
  name: string;
  markers: readonly ConsentMarker[];
  /** Hosts of the manager's own script (not a tracker): when a page loads it, markers it shares with another manager are its. */
  hosts?: readonly string[];
  /** Said after the message when this manager's gate is not a full hold. */
  caveat?: string;
}

const ONETRUST_CATEGORIES = { C0001: "strictly necessary", C0002: "performance", C0003: "functional", C0004: "targeting", C0005: "social media" };
const IUBENDA_PURPOSES = { "1": "strictly necessary", "2": "basic interactions", "3": "experience", "4": "measurement", "5": "marketing" };

/** Managers whose markers are their own come first; a marker two managers share goes to the one whose script the page loads, else the first. */
export const CONSENT_MANAGERS: readonly ConsentManager[] = [
  // https://www.cookiebot.com/en/developer/ : type="text/plain" data-cookieconsent="marketing"; iframes data-cookieblock-src
  { id: "cookiebot", name: "Cookiebot", hosts: ["consent.cookiebot.com", "consent.cookiebot.eu"], markers: [{ attribute: "data-cookieconsent", runs: ["ignore", "necessary"] }, { attribute: "data-cookieblock-src" }] },
  // NHS.UK's own cookie consent reads the same attribute (assets.nhs.uk/scripts/cookie-consent.js)
  { id: "nhsuk-cookie-consent", name: "NHS.UK cookie consent", hosts: ["assets.nhs.uk"], markers: [{ attribute: "data-cookieconsent", runs: ["necessary"] }] },
  // OneTrust: class="optanon-category-C0004" (C0002-C0004 combined too)
  { id: "onetrust", name: "OneTrust", hosts: ["cdn.cookielaw.org", "optanon.blob.core.windows.net"], markers: [{ class: "optanon-category-", names: ONETRUST_CATEGORIES, runs: ["c0001"] }] },
  // iubenda: class="_iub_cs_activate" (or -inline), data-iub-purposes="5", data-suppressedsrc
  { id: "iubenda", name: "iubenda", hosts: ["cdn.iubenda.com", "cs.iubenda.com"], markers: [{ attribute: "data-iub-purposes", names: IUBENDA_PURPOSES, runs: ["1"] }, { class: "_iub_cs_activate" }, { attribute: "data-suppressedsrc" }] },
  // CookieYes: data-cookieyes="cookieyes-advertisement"
  { id: "cookieyes", name: "CookieYes", hosts: ["cdn-cookieyes.com"], markers: [{ attribute: "data-cookieyes", strip: "cookieyes-", runs: ["cookieyes-necessary"] }] },
  // Osano: data-osano="MARKETING" | "ANALYTICS"; ESSENTIAL runs
  { id: "osano", name: "Osano", hosts: ["cmp.osano.com"], markers: [{ attribute: "data-osano", runs: ["essential"] }] },
  // consentmanager.net: data-cmp-vendor="s26", class="cmplazyload", data-cmp-ab (data-cmp-src alone is also Adobe AEM's image attribute)
  { id: "consentmanager", name: "consentmanager", hosts: ["cdn.consentmanager.net", "delivery.consentmanager.net"], markers: [{ attribute: "data-cmp-vendor" }, { attribute: "data-cmp-purpose" }, { class: "cmplazyload" }, { attribute: "data-cmp-ab" }] },
  // Usercentrics: data-usercentrics="Facebook Pixel"
  { id: "usercentrics", name: "Usercentrics", hosts: ["app.usercentrics.eu", "web.cmp.usercentrics.eu"], markers: [{ attribute: "data-usercentrics" }] },
  // Complianz: class cmplz-script (marketing) / cmplz-stats; data-category + data-service on text/plain; cmplz-native runs
  {
    id: "complianz",
    name: "Complianz",
    markers: [{ class: "cmplz-script", category: "marketing" }, { class: "cmplz-stats", category: "statistics" }, { class: "cmplz-iframe" }, { attribute: "data-src-cmplz" }, { attribute: "data-service", heldTypeOnly: true }],
  },
  // Klaro: type="text/plain" data-type="application/javascript" data-name="facebook" (legacy type="opt-in")
  { id: "klaro", name: "Klaro", hosts: ["cdn.kiprotect.com"], markers: [{ attribute: "data-name", heldTypeOnly: true }] },
  // CookieConsent (orestbida) and others: type="text/plain" data-category="analytics"
  { id: "cookieconsent", name: "a consent manager", markers: [{ attribute: "data-category", heldTypeOnly: true, runs: ["necessary", "functional"] }] },
];

/** A script parked as text/plain with no marker pixel-guard knows: held by some consent manager. */
export const UNNAMED_MANAGER: ConsentManager = { id: "text-plain", name: "a consent manager (type=\"text/plain\")", markers: [] };

/** tarteaucitron: a job list names the services it runs after consent; each job names a vendor. */
export const TARTEAUCITRON: ConsentManager & { jobs: Readonly<Record<string, string>> } = {
  id: "tarteaucitron",
  name: "tarteaucitron",
  markers: [],
  // job (service key in tarteaucitron.services.js) -> catalogue vendor id
  jobs: {
    facebookpixel: "meta", facebook: "meta-social", facebooklikebox: "meta-social", facebookcomment: "meta-social",
    gtag: "google-tag", analytics: "google-tag", gajs: "google-tag", multiplegtag: "google-tag",
    googletagmanager: "gtm", googleads: "google-ads", adwordsconversion: "google-ads", adwordsremarketing: "google-ads",
    tiktok: "tiktok", linkedininsighttag: "linkedin", pinterestpixel: "pinterest", snapchat: "snap",
    twitteruwt: "x", bingads: "microsoft-uet", clarity: "clarity", hotjar: "hotjar",
  },
};

/** A vendor's own consent call that holds its tags: `gtag('consent', 'default', {...})`, `fbq('consent', 'revoke')`. */
export interface ConsentApi extends ConsentManager {
  /** The vendor whose function is called, and the vendors the call holds. */
  vendor: string;
  covers: readonly string[];
  /** The second argument that holds tags from the call on (`default`, `revoke`). */
  holds: string;
  /** A second argument that shows the hold was set elsewhere (a tag manager, a CMP): every tag of the file is held. */
  setElsewhere?: string;
  /** The hold needs this method after it (`fbq('consent', 'revoke')` before `fbq('init')`, as Meta documents). */
  before?: string;
  /** The hold needs a storage denied in the call's settings object (Consent Mode's `ad_storage: 'denied'`). */
  denies?: boolean;
}

export const CONSENT_APIS: readonly ConsentApi[] = [
  {
    id: "google-consent-mode", name: "Google Consent Mode", markers: [], vendor: "google-tag", covers: ["google-tag", "gtm", "google-ads"],
    holds: "default", setElsewhere: "update", denies: true,
    caveat: " In advanced mode Google tags still load and send cookieless pings before consent.",
  },
  { id: "meta-consent", name: "Meta's consent API (fbq('consent', 'revoke'))", markers: [], vendor: "meta", covers: ["meta"], holds: "revoke", before: "init" },
];

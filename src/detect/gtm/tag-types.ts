/**
 * Which vendor a Google Tag Manager tag or server-side client is, by its `type` (GTM's built-in
 * templates) or, for a community template (`cvt_…`), by the gallery repository or the name of
 * the template it was made from. Data only: a new template is a line here.
 */

/** A built-in tag or client type: its vendor's catalogue id and what GTM calls it ("Google Ads Remarketing"). */
export interface BuiltInType {
  vendor: string;
  label: string;
}

/** GTM's built-in tag types (web and server containers), as container exports write them. */
export const BUILT_IN_TAGS: Readonly<Record<string, BuiltInType>> = {
  googtag: { vendor: "google-tag", label: "Google" },
  gaawc: { vendor: "google-tag", label: "Google Analytics GA4 Configuration" },
  gaawe: { vendor: "google-tag", label: "Google Analytics GA4 Event" },
  ua: { vendor: "google-tag", label: "Universal Analytics" },
  awct: { vendor: "google-ads", label: "Google Ads Conversion Tracking" },
  sp: { vendor: "google-ads", label: "Google Ads Remarketing" },
  gclidw: { vendor: "google-ads", label: "Conversion Linker" },
  flc: { vendor: "google-ads", label: "Floodlight Counter" },
  fls: { vendor: "google-ads", label: "Floodlight Sales" },
  bzi: { vendor: "linkedin", label: "LinkedIn Insight" },
  hjtc: { vendor: "hotjar", label: "Hotjar Tracking Code" },
  baut: { vendor: "microsoft-uet", label: "Microsoft Advertising Universal Event Tracking" },
  // server-side containers: the tags that forward what the clients receive
  sgtmgaaw: { vendor: "google-tag", label: "server-side Google Analytics GA4" },
  sgtmadsct: { vendor: "google-ads", label: "server-side Google Ads Conversion Tracking" },
};

/** Server-side clients: they receive the browser's requests, with the page address, for the container's tags. */
export const BUILT_IN_CLIENTS: Readonly<Record<string, BuiltInType>> = {
  gaaw_client: { vendor: "google-tag", label: "server-side Google Analytics GA4" },
};

/** A community template, known by the gallery repository it came from or by its name. */
export interface CommunityTemplate {
  vendor: string;
  /** `owner/repository` of the Community Template Gallery entry (case-insensitive). */
  repository?: RegExp;
  /** The template's name, when it was imported as a file and has no gallery reference. */
  name?: RegExp;
}

export const COMMUNITY_TEMPLATES: readonly CommunityTemplate[] = [
  // facebookarchive/GoogleTagManager-WebTemplate-For-FacebookPixel (also under facebook/ and
  // facebookincubator/), the Conversions API server tags, stape-io/fb-tag
  { vendor: "meta", repository: /^(?:facebook\w*\/.*(?:pixel|conversions)|stape-io\/(?:fb|facebook)-)/i, name: /\b(?:facebook|meta) (?:pixel|conversions api)|\bfb pixel\b/i },
  { vendor: "linkedin", repository: /^linkedin\//i, name: /\blinkedin insight/i },
  { vendor: "hotjar", repository: /^hotjar\//i, name: /\bhotjar\b/i },
  { vendor: "tiktok", repository: /^tiktok\//i, name: /\btiktok pixel/i },
  { vendor: "pinterest", repository: /^pinterest\//i, name: /\bpinterest tag/i },
  { vendor: "snap", repository: /^snapchat\//i, name: /\bsnap pixel/i },
  { vendor: "reddit", repository: /^reddit\//i, name: /\breddit pixel/i },
  { vendor: "x", repository: /^twitter\//i, name: /\b(?:twitter|x) (?:base|event|website) (?:pixel|tag)/i },
  { vendor: "clarity", repository: /^microsoft\/clarity/i, name: /\bmicrosoft clarity/i },
];

/** The vendor of a community template, from its gallery repository (`owner/repository`) and name. */
export function communityVendorOf(repository: string, name: string): string | null {
  for (const template of COMMUNITY_TEMPLATES) {
    if (repository && template.repository?.test(repository)) return template.vendor;
  }
  for (const template of COMMUNITY_TEMPLATES) if (template.name?.test(name)) return template.vendor;
  return null;
}

/** What a tracker URL does when a page loads or requests it. */
export type EndpointKind = "loader" | "beacon" | "frame" | "sdk";

/** One URL shape of a vendor: a host (matched with its subdomains) and, optionally, a path shape. */
export interface Endpoint {
  /** Host name; `www.` and other subdomains match too. */
  host: string;
  /** Path (from the first `/`, query included) the URL must start with; any path when absent. */
  path?: RegExp;
  kind: EndpointKind;
  /** What the URL is, in plain words: "the fbevents.js loader". */
  label: string;
}

/**
 * Where one call's parts are among its arguments, each an index (from 0). In a function's API the
 * method name is argument 0 (`fbq('track', 'Lead', data)`: `{ event: 1, data: 1 }`); in an
 * object's or a wrapper's API the method is the property called (`ttq.track('Lead', data)`:
 * `{ event: 0, data: 0 }`). A part without an index is not in the call.
 */
export interface CallShape {
  /** The pixel or tag id. */
  id?: number;
  /** The event name, read when it is a static string. */
  event?: number;
  /** Where the event data starts: that argument and every one after it. No data when absent. */
  data?: number;
  /** The advanced-matching object: personal data the vendor matches to a profile. */
  matching?: number;
  /** An options object (`{ autoConfig: false }`). */
  options?: number;
  /** The call sets the tracker up with its id (`fbq('init', id)`, `pintrk('load', id)`): messages quote the id. */
  setup?: boolean;
  /** The arguments are a call of this function API, method first: `ReactPixel.fbq('track', 'Lead')`. */
  calls?: MethodShapes;
  /** The first argument is an array holding a call of this function API: the legacy `_fbq.push(['track', 'Lead'])`. */
  queue?: MethodShapes;
  /**
   * The event name is this key of the data object, and a call without it is not an event:
   * `dataLayer.push({ event: 'sign_up' })`, `criteo_q.push({ event: 'viewHome' })`.
   */
  eventKey?: string;
  /** The personal data is this key of the `matching` argument: `FS('setIdentity', { uid, properties: { email } })`. */
  matchingKey?: string;
  /** The method returns the API itself and sends nothing: `amplitude.getInstance().logEvent(…)` is a `logEvent` call. */
  chain?: boolean;
}

/**
 * How a function's or object's calls are told apart from a site's own code, when its name alone
 * does not: a two-letter name (`ga`, `hj`) is in many words and many files.
 */
export interface ApiForm {
  /** Only the methods listed are the vendor's calls (`hj('identify', …)`, not `hj(x)`); `ga('t2.send')` reads as `send`. */
  listedOnly?: boolean;
  /** Where a function's method name is, when not argument 0: `ym(counterId, 'reachGoal', …)` is 1. */
  methodAt?: number;
  /** What the prefilter looks for instead of the bare name: `hj(` (a file saying "hjelp" is not walked). */
  needles?: string[];
}

/** The first-party, cookieless analytics that pixel-guard does not report unless asked to. */
export interface FirstParty {
  /** Why it is not a third-party tracker: "cookieless; counts visits without a cross-site profile". */
  why: string;
}

/** An API's methods and the shape of each; a method not listed has the default shape of its kind of API. */
export type MethodShapes = Readonly<Record<string, CallShape>>;

/** A function's method not listed (`fbq('set', …)`): every argument after the method is data. */
export const UNLISTED_FUNCTION_METHOD: CallShape = { data: 1 };

/** An object's or wrapper's method not listed (`ttq.track('Lead', …)`): the event first, every argument data. */
export const UNLISTED_OBJECT_METHOD: CallShape = { event: 0, data: 0 };

/** A wrapper package: importing it (or naming it in a framework config) loads the vendor. */
export interface WrapperPackage {
  name: string;
  /** Methods of the default export (or `$fbq`-style injected objects) that are API calls. */
  methods?: string[];
  /**
   * The shape of each of those methods' calls (every method of the package is a call; these are the
   * known ones). `default` is the default export called itself: `googleAnalytics({ … })`.
   */
  api?: MethodShapes;
  /** A package of many vendors' scripts: importing it is not the vendor; only its `loaders` are. */
  general?: boolean;
  /** Functions or components that load the vendor wherever they are used (Nuxt and Next auto-import some). */
  loaders?: string[];
}

/** A tracker vendor, as `vendor()` builds it from a record. A vendor is one data file; rules never name vendors. */
export interface Vendor {
  /** Stable id used in settings (`allow[].vendors`) and messages: `meta`, `gtm`, `tiktok`. */
  id: string;
  /** Name as a web editor knows it: "the Meta Pixel". */
  name: string;
  /** Who receives the data: "Meta", "Google". */
  company: string;
  /** What it sends, in plain words. */
  leaks: string;
  endpoints: Endpoint[];
  /** Global functions that are the vendor's API: `fbq(...)`, `gtag(...)`, `lintrk(...)`. */
  functions: string[];
  /** Global objects whose methods are the vendor's API: `ttq.track(...)`, `FB.AppEvents...`. */
  objects: string[];
  /** The shapes of the calls of each function and object named above. */
  api: { functions: Readonly<Record<string, MethodShapes>>; objects: Readonly<Record<string, MethodShapes>> };
  /** Global variables whose assignment installs the vendor: `_linkedin_partner_id = ...`. */
  globals: string[];
  /** Property keys or strings that only the vendor's snippet uses: `'gtm.start'`. */
  markers: string[];
  /** Built-in templates of site generators that print the vendor's tag: Hugo's `_internal/google_analytics.html`. */
  templates: string[];
  packages: WrapperPackage[];
  /** Markup attribute prefixes the vendor's tags read or write: `data-fbq`, `data-gtm`. */
  attributes: string[];
  /** Keys of a matching object or event data that are personal data to this vendor: `em`, `user_email`. */
  personalKeys: string[];
  /** How some APIs' calls are told apart from a site's own code, by API name. */
  forms: Readonly<Record<string, ApiForm>>;
  /** Set for cookieless analytics that build no cross-site profile: not reported unless `reportFirstPartyAnalytics`. */
  firstParty: FirstParty | null;
  /** The vendor's own page on what its tag collects, when it has one. */
  docs: string | null;
  /** The id of a self-hosted vendor whose calls go to this one in a file that loads it: Matomo Cloud's `_paq` calls are `matomo`'s API. */
  hosts: string | null;
}

/** A wrapper package as a vendor's file states it: `methods` with the shape of each call. */
export interface WrapperPackageRecord extends Omit<WrapperPackage, "methods" | "api"> {
  methods?: MethodShapes;
}

/**
 * A vendor's data file: what it is, and only the lists it has (`vendor()` fills the rest).
 * `functions` and `objects` name each API with the shapes of its methods' calls.
 */
export interface VendorRecord {
  id: string;
  name: string;
  company: string;
  leaks: string;
  endpoints?: Endpoint[];
  functions?: Readonly<Record<string, MethodShapes>>;
  objects?: Readonly<Record<string, MethodShapes>>;
  globals?: string[];
  markers?: string[];
  templates?: string[];
  packages?: WrapperPackageRecord[];
  attributes?: string[];
  personalKeys?: string[];
  forms?: Readonly<Record<string, ApiForm>>;
  firstParty?: FirstParty;
  docs?: string;
  hosts?: string;
}

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

/** A wrapper package: importing it (or naming it in a framework config) loads the vendor. */
export interface WrapperPackage {
  name: string;
  /** Methods of the default export (or `$fbq`-style injected objects) that are API calls. */
  methods?: string[];
  /** A package of many vendors' scripts: importing it is not the vendor; only its `loaders` are. */
  general?: boolean;
  /** Functions or components that load the vendor wherever they are used (Nuxt and Next auto-import some). */
  loaders?: string[];
}

/** A tracker vendor. A vendor is one data file; rules never name vendors. */
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
  /** Global variables whose assignment installs the vendor: `_linkedin_partner_id = ...`. */
  globals: string[];
  /** Property keys or strings that only the vendor's snippet uses: `'gtm.start'`. */
  markers: string[];
  packages: WrapperPackage[];
  /** Markup attribute prefixes the vendor's tags read or write: `data-fbq`, `data-gtm`. */
  attributes: string[];
}

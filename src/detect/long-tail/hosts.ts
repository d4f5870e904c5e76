/**
 * Hosts of the long tail in a text, in one linear pass: one regex finds every URL-shaped host
 * (after `//`, after a quote, or at the start of a string value), and each is looked up, label by
 * label, in the domain map the catalogue builds once, on first use. No regex per domain.
 */
import { longTail, VENDORS, type Vendor } from "../catalogue/index.js";

/**
 * A host where a URL starts: after `//` (or JSON's `\/\/`), or after a `.` that starts a string
 * (`"https://secure" + ".quantserve.com/quant.js"`: after a quote, a template's `}`, or at the
 * start of a string's value). A bare host is not a URL (`src="cdn.x.com/a.js"` is a relative
 * path). Labels are separated by dots and cannot hold one, so the match is linear.
 */
const URL_HOST = /(?:^\.|\/\/|\\\/\\\/|["'`}]\.)((?:[a-z\d-]+\.)+[a-z][a-z\d-]*)/gi;
/** The rest of a URL after its host (port, path, query): stops at white space, quotes, brackets and markup. */
const URL_REST = /[^\s"'<>`()\\]*/y;
const URL_PREFIX_CHAR = /[\w.:/-]/;

/** The domain (last two labels) of a host: `px.ads.linkedin.com` -> `linkedin.com`. */
const domainOf = (host: string): string => host.slice(host.lastIndexOf(".", host.lastIndexOf(".") - 1) + 1);

/**
 * The domains of the hand-written catalogue's hosts (`pinimg.com` for `s.pinimg.com`): a company
 * domain a record names is that record's, whose hosts and paths say what tracks there; the long
 * tail never reports a host of it (`i.pinimg.com` is a Pinterest image, not the tag).
 */
const handWritten = new Set(VENDORS.flatMap((vendor) => vendor.endpoints.map((endpoint) => domainOf(endpoint.host))));

/** The last label of every long-tail domain (`com`, `net`, `io`): a host ending in another is not looked up. */
let topLabels: Set<string> | null = null;

function topLabelsOf(): Set<string> {
  topLabels ??= new Set([...longTail().domains.keys()].map((domain) => domain.slice(domain.lastIndexOf(".") + 1)));
  return topLabels;
}

/**
 * The long-tail vendor a host belongs to: none on a hand-written record's domain; else the host
 * itself, then each parent domain label by label (`sb.scorecardresearch.com`,
 * `scorecardresearch.com`), the first that the data names deciding.
 */
export function longTailVendorOfHost(host: string): Vendor | undefined {
  const name = host.toLowerCase();
  if (!topLabelsOf().has(name.slice(name.lastIndexOf(".") + 1)) || handWritten.has(domainOf(name))) return undefined;
  const { domains } = longTail();
  for (let at = 0; at >= 0; at = name.indexOf(".", at) + 1 || -1) {
    const domain = name.slice(at);
    const entry = domains.get(domain);
    if (entry && (entry.subdomains || at === 0)) return entry.vendor;
  }
  return undefined;
}

/** A long-tail host found in a text: where the host is, and the vendor. */
export interface LongTailHost {
  vendor: Vendor;
  host: string;
  /** Offsets of the host itself. */
  start: number;
  end: number;
}

/** Every URL-shaped host of the long tail in `text`, in order. Linear in the length of the text. */
export function longTailHostsIn(text: string): LongTailHost[] {
  const hits: LongTailHost[] = [];
  URL_HOST.lastIndex = 0;
  for (let match = URL_HOST.exec(text); match; match = URL_HOST.exec(text)) {
    const host = match[1] as string;
    const vendor = longTailVendorOfHost(host);
    const end = match.index + match[0].length;
    if (vendor) hits.push({ vendor, host: host.toLowerCase(), start: end - host.length, end });
  }
  return hits;
}

/** Whether `text` names a host of the long tail where a URL would: the prefilter's host check. */
export function mayLoadFromLongTail(text: string): boolean {
  URL_HOST.lastIndex = 0;
  for (let match = URL_HOST.exec(text); match; match = URL_HOST.exec(text)) {
    if (longTailVendorOfHost(match[1] as string)) return true;
  }
  return false;
}

/** Walks back from a host over `https://www.` so a range covers the whole URL. */
export function urlStartOf(text: string, hostStart: number): number {
  let start = hostStart;
  while (start > 0 && URL_PREFIX_CHAR.test(text.charAt(start - 1))) start--;
  return start;
}

/** Where the URL whose host ends at `hostEnd` ends: its port, path and query. */
export function urlEndOf(text: string, hostEnd: number): number {
  URL_REST.lastIndex = hostEnd;
  return hostEnd + (URL_REST.exec(text)?.[0].length ?? 0);
}

import { alternationOf } from "../literals.js";
import { shownAsWritten } from "./estree.js";
import type { Finding } from "./findings.js";
import { VENDORS, type Endpoint, type Vendor } from "./catalogue/index.js";
import { longTailHostsIn, urlEndOf, urlStartOf } from "./long-tail/hosts.js";

/** A tracker URL found in a piece of text. `start`/`end` are offsets in that text. */
export interface UrlHit {
  vendor: Vendor;
  endpoint: Endpoint;
  /** The URL as written, from the host on (`&amp;` decoded). */
  url: string;
  start: number;
  end: number;
}

interface HostEntry {
  vendor: Vendor;
  endpoint: Endpoint;
}

const byHost = new Map<string, HostEntry[]>();
for (const vendor of VENDORS) {
  for (const endpoint of vendor.endpoints) {
    const list = byHost.get(endpoint.host) ?? [];
    list.push({ vendor, endpoint });
    byHost.set(endpoint.host, list);
  }
}

/** Alternation of literal host names, longest first: linear, no nested quantifiers. */
const hostPattern = new RegExp(alternationOf(byHost.keys()), "gi");
/** The rest of a URL after its host: stops at white space, quotes, brackets and markup. */
const pathPattern = /(?::\d+)?([^\s"'<>`()\\]*)/y;
/** A host name character right before a match means the match is part of another host. */
const NOT_HOST_START = /[\w-]/;

interface HostHit {
  host: string;
  entries: HostEntry[];
  path: string;
  start: number;
  end: number;
}

/** Every catalogue host named in `text`, with the path after it. Linear in the length of the text. */
function hostHitsIn(text: string): HostHit[] {
  const hits: HostHit[] = [];
  hostPattern.lastIndex = 0;
  for (let match = hostPattern.exec(text); match; match = hostPattern.exec(text)) {
    const start = match.index;
    const before = start === 0 ? " " : text.charAt(start - 1);
    // `myfacebook.com` is not facebook.com; `www.facebook.com` and `//facebook.com` are.
    if (NOT_HOST_START.test(before)) {
      hostPattern.lastIndex = start + 1;
      continue;
    }
    pathPattern.lastIndex = start + match[0].length;
    const rest = pathPattern.exec(text);
    const end = start + match[0].length + (rest?.[0].length ?? 0);
    const host = match[0].toLowerCase();
    hits.push({ host, entries: byHost.get(host) ?? [], path: (rest?.[1] ?? "").replace(/&amp;/gi, "&"), start: urlStartOf(text, start), end });
    hostPattern.lastIndex = end > start ? end : start + 1;
  }
  return hits;
}

/** Every catalogue endpoint named in `text`, in order: a host and a path of the vendor's shape. */
export function urlsIn(text: string): UrlHit[] {
  const hits: UrlHit[] = [];
  for (const hit of hostHitsIn(text)) {
    const entry = hit.entries.find(({ endpoint }) => !endpoint.path || endpoint.path.test(hit.path));
    if (entry) hits.push({ ...entry, url: hit.host + hit.path, start: hit.start, end: hit.end });
  }
  return hits;
}

/**
 * Every tracker host named in `text`, whatever the path: for hints, invisible images and CSS. The
 * catalogue's hosts first; then the long tail's (third-party-web), which never names theirs.
 */
export function hostsIn(text: string): Array<{ vendor: Vendor; host: string; start: number; end: number }> {
  const hits = hostHitsIn(text).flatMap((hit) => (hit.entries[0] ? [{ vendor: hit.entries[0].vendor, host: hit.host, start: hit.start, end: hit.end }] : []));
  for (const hit of longTailHostsIn(text)) hits.push({ vendor: hit.vendor, host: hit.host, start: urlStartOf(text, hit.start), end: urlEndOf(text, hit.end) });
  return hits.sort((a, b) => a.start - b.start);
}

/** A catalogue URL as a finding at a file range: "the fbevents.js loader (connect.facebook.net/…)". */
export function findingOfUrl(hit: UrlHit, range: [number, number], where = ""): Finding {
  const url = shownAsWritten(hit.url);
  return { vendor: hit.vendor, kind: hit.endpoint.kind, label: `${hit.endpoint.label}${where} (${url})`, url, range };
}

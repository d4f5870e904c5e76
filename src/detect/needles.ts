import { alternationOf } from "../literals.js";
import { VENDORS } from "./catalogue/index.js";
import { mayLoadFromLongTail } from "./long-tail/hosts.js";


/** The registrable domain of a host (`connect.facebook.net` -> `facebook.net`). */
const domainOf = (host: string): string => host.split(".").slice(-2).join(".");

/**
 * Every string that any finding needs somewhere in the file, derived from the catalogue: hosts'
 * domains, API names, wrapper packages, snippet markers, and the Pixel stub's `callMethod`.
 */
// `tarteaucitron`: a consent manager's job list names the trackers it loads (`tarteaucitron.job.push('facebookpixel')`)
const needles = new Set<string>(["callMethod", "data-track", "data-analytics", "ping=", "tarteaucitron"]);
for (const vendor of VENDORS) {
  for (const endpoint of vendor.endpoints) needles.add(domainOf(endpoint.host));
  // A name whose form states needles (`hj(` for `hj`) is looked for by those: the bare name is in many words.
  for (const name of [...vendor.functions, ...vendor.objects, ...vendor.globals, ...vendor.markers, ...vendor.templates, ...vendor.attributes]) for (const needle of vendor.forms[name]?.needles ?? [name]) needles.add(needle);
  for (const pkg of vendor.packages) {
    if (!pkg.general) needles.add(pkg.name);
    for (const loader of pkg.loaders ?? []) needles.add(loader);
  }
}

/** The prefilter's strings, for tests that prove a word such as "gather" is not one. */
export const NEEDLES: ReadonlySet<string> = needles;

/** One alternation of literals: linear, and one pass over the text. */
const needlePattern = new RegExp(alternationOf(needles));

/**
 * Whether a file can hold anything a rule looks for. Most files of a site hold none of these
 * strings, and for them no walk is done at all. The long tail's thousands of domains are not
 * needles: the URL-shaped hosts of the text are looked up in its domain map, one pass, no parse.
 */
export function mayHoldTracker(text: string): boolean {
  return needlePattern.test(text) || mayLoadFromLongTail(text);
}

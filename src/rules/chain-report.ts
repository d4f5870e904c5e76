import { sentenceStartOf } from "../detect/labels.js";
import type { Tracker } from "../detect/trackers.js";
import type { Page } from "../sensitivity/index.js";
import { cmsInjectionsFor } from "../templates/cms-injections.js";
import type { Link } from "../templates/links.js";
import { chainHitsFor, type PageContext } from "../templates/page-chains.js";

export { VIA_CHAIN_MESSAGE, VIA_PLUGIN_MESSAGE } from "./messages/chain-report.js";

/** Who receives what a tracker sends, as a message names them: "Meta", "Google", or "a tracker" for markup no vendor owns. */
export const companyOf = (tracker: Tracker): string => tracker.vendor?.company ?? "a tracker";


/** One report at a link of the page: the first tracker of the rule down that link, and how many more. */
export interface ChainReport {
  range: [number, number];
  data: Record<"chain" | "what" | "company" | "why" | "more", string>;
}

/** For a sensitive page: each link (extends, include, import) that pulls in trackers this rule reports. */
export function chainReportsOf(context: PageContext, page: Page, reports: (tracker: Tracker) => boolean): ChainReport[] {
  const byLink = new Map<Link, { first: ReturnType<typeof chainHitsFor>[number]; more: number }>();
  for (const hit of chainHitsFor(context, page.settings.templateRoots)) {
    if (!reports(hit.tracker)) continue;
    const known = byLink.get(hit.link);
    if (known) known.more++;
    else byLink.set(hit.link, { first: hit, more: 0 });
  }
  return [...byLink.values()].map(({ first, more }) => ({
    range: first.link.range[1] > first.link.range[0] ? first.link.range : [0, 0],
    data: { chain: first.chain, what: first.tracker.label, company: companyOf(first.tracker), why: page.why, more: more > 0 ? ` (and ${more} more)` : "" },
  }));
}

/** One report at the page's hook (or the link that reaches it): the first tracker of the rule from one plugin, and how many more. */
export interface PluginReport {
  range: [number, number];
  data: Record<"source" | "what" | "company" | "place" | "why" | "more", string>;
}

/** For a sensitive WordPress or Drupal page: each plugin or hook file that prints trackers this rule reports. */
export function pluginReportsOf(context: PageContext, page: Page, reports: (tracker: Tracker) => boolean): PluginReport[] {
  const found = cmsInjectionsFor(context, page.settings.templateRoots);
  if (!found) return [];
  const byKey = new Map<string, { source: string; what: string[]; company: string; more: number }>();
  for (const { source, key, whole, tracker } of found.injections) {
    if (!reports(tracker)) continue;
    const known = byKey.get(key);
    if (known && whole) known.what.push(tracker.label);
    else if (known) known.more++;
    else byKey.set(key, { source, what: [tracker.label], company: companyOf(tracker), more: 0 });
  }
  return [...byKey.values()].map(({ source, what, company, more }) => ({
    range: found.range,
    data: { source: sentenceStartOf(source), what: what.join(" and "), company, place: found.place, why: page.why, more: more > 0 ? ` (and ${more} more)` : "" },
  }));
}

import type { Tracker } from "../detect/trackers.js";
import type { Page } from "../sensitivity/index.js";
import type { Link } from "../templates/links.js";
import { chainHitsFor, type PageContext } from "../templates/page-chains.js";

/** The message every tracker rule uses for a tracker pulled in through a layout or include. */
export const VIA_CHAIN_MESSAGE = "{{chain}} loads {{what}} on this sensitive page ({{why}}){{more}}.";

/** One report at a link of the page: the first tracker of the rule down that link, and how many more. */
export interface ChainReport {
  range: [number, number];
  data: Record<"chain" | "what" | "why" | "more", string>;
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
    data: { chain: first.chain, what: first.tracker.label, why: page.why, more: more > 0 ? ` (and ${more} more)` : "" },
  }));
}

import type { TrackerRule } from "../detect/owners.js";
import { locOf, type LocatableSource } from "../locations.js";
import type { Page } from "../sensitivity/index.js";
import { chainHitsOf, type ChainHit } from "./graph.js";
import { perFile } from "../per-file.js";
import { isGraphFile } from "./links.js";

/** The message every tracker rule uses for a tracker pulled in through a layout or include. */
export const VIA_CHAIN_MESSAGE = "{{chain}} loads {{what}} on this sensitive page ({{why}}){{more}}.";

/** The part of a rule context the chain needs. */
export interface PageContext {
  filename: string;
  cwd: string;
  sourceCode: LocatableSource & { text: string };
}

interface ChainContext extends PageContext {
  report(descriptor: { loc: ReturnType<typeof locOf>; messageId: "trackerViaChain"; data: Record<string, string> }): void;
}

const chainHitsOfFile = perFile(({ context, page }: { context: PageContext; page: Page }): ChainHit[] => {
  try {
    return isGraphFile(context.filename) ? chainHitsOf(context.filename, context.sourceCode.text, context.cwd, page.settings.templateRoots) : [];
  } catch {
    return []; // the graph is extra evidence: a file system surprise must not end the lint
  }
}, ({ context }) => context.sourceCode);

/** The page's chain hits, computed once per file for every rule that asks. */
export function chainHitsFor(context: PageContext, page: Page): ChainHit[] {
  return chainHitsOfFile({ context, page });
}

/** Reports, at the extends/include line, the trackers of `rule` a sensitive page pulls in. */
export function reportChains(context: ChainContext, rule: TrackerRule, page: Page): void {
  for (const hit of chainHitsFor(context, page)) {
    if (hit.rule !== rule || (hit.vendor && page.allows(hit.vendor.id))) continue;
    context.report({
      loc: locOf(context.sourceCode, hit.link.range[1] > hit.link.range[0] ? hit.link.range : [0, 0]),
      messageId: "trackerViaChain",
      data: { chain: hit.chain, what: hit.what, why: page.why, more: hit.more > 0 ? ` (and ${hit.more} more)` : "" },
    });
  }
}

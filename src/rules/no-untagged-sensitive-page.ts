import { ALL_LANGUAGES, countsAsTracker, createRule, isExtractedBlock, onFile } from "./create-rule.js";
import { analysisOf } from "../detect/analysis.js";
import { EMPTY_SCAN, type FileScan } from "../detect/findings.js";
import { STYLESHEET } from "../language/index.js";
import { locOf } from "../locations.js";
import { classificationOf, sensitivityOf, type Page } from "../sensitivity/index.js";
import { chainHitsFor, type PageContext } from "../templates/page-chains.js";
import { messages } from "./messages/no-untagged-sensitive-page.js";

/** How many of the page's phrases a message quotes. */
const QUOTED_PHRASES = 3;

/** The tracker that comes first in the file, with the name a message gives it. */
function firstTrackerOf(scan: FileScan, settings: Page["settings"]): { range: [number, number]; name: string } | null {
  let first: { range: [number, number]; name: string } | null = null;
  const consider = (range: [number, number], vendor: { name: string; firstParty?: unknown } | null): void => {
    if (!countsAsTracker(vendor, settings)) return;
    if (!first || range[0] < first.range[0]) first = { range, name: vendor?.name ?? "tracking markup" };
  };
  for (const finding of scan.findings) consider(finding.range, finding.vendor);
  for (const call of scan.calls) consider(call.range, call.vendor);
  for (const markup of scan.markup) consider(markup.range, markup.vendor);
  return first;
}

/** For a template: the first tracker it pulls in through a layout or include, at the link. */
function firstChainTrackerOf(context: PageContext, page: Page, isPage: boolean): { range: [number, number]; name: string } | null {
  if (!isPage) return null;
  const hit = chainHitsFor(context, page.settings.templateRoots)[0];
  return hit ? { range: hit.link.range, name: `${hit.tracker.vendor?.name ?? "tracking markup"}, through ${hit.chain}` } : null;
}

export default createRule({
  name: "no-untagged-sensitive-page",
  meta: {
    type: "suggestion",
    docs: { description: "Require pages that read as sensitive and load a tracker to be tagged sensitive", recommended: "warn", strict: "error" },
    messages,
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    if (isExtractedBlock(context)) return {};
    const page = sensitivityOf(context);
    // Stylesheets are read by the html language for their beacons, but they are not pages.
    if (page.settings.autoClassify === "off" || STYLESHEET.test(context.physicalFilename)) return {};
    if (page.evidence && page.evidence.source !== "vocabulary") return {}; // tagged, globbed or pulled in by a sensitive page: every rule checks it already
    // Only a template can load a tracker through its layouts; any other file without one is done.
    const { view, scan } = analysisOf(context);
    if (scan === EMPTY_SCAN && !view.isPage) return {};
    // Decided here, not in a listener: a rule with no listener costs ESLint nothing on that file.
    // Following a page's layouts (cached per run) is cheaper than reading its text: trackers first.
    const tracker = firstTrackerOf(scan, page.settings) ?? firstChainTrackerOf(context, page, view.isPage);
    if (!tracker) return {};
    const classification = classificationOf(context);
    if (!classification) return {};
    return onFile(context, () => {
      const sourceCode = context.sourceCode;
      const quoted = classification.phrases.slice(0, QUOTED_PHRASES).map((phrase) => `'${phrase}'`);
      context.report({
        loc: locOf(sourceCode, tracker.range),
        messageId: "untaggedSensitivePage",
        data: { category: classification.category, phrases: quoted.join(", "), tracker: tracker.name },
      });
    });
  },
});

import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { sentenceStartOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";
import { sensitivityOf } from "../sensitivity/index.js";
import { reportChains, VIA_CHAIN_MESSAGE } from "../templates/report.js";

export default createRule({
  name: "no-tracking-attributes",
  meta: {
    type: "problem",
    docs: { description: "Disallow markup that tracks (tracker handlers, data-fb/gtm/track attributes, ping, invisible beacon images, CSS url() beacons, resource hints to trackers) on sensitive pages", recommended: "error" },
    messages: {
      // Reported by reportChains() below, for trackers this page pulls in through its layouts and includes.
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids
      trackerViaChain: VIA_CHAIN_MESSAGE,
      trackingMarkup: "{{what}} tracks visitors{{vendor}} on a sensitive page ({{why}}).",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    const page = sensitivityOf(context);
    if (!page.sensitive) return {};
    return onFile(context, () => {
      for (const finding of scanOf(context.sourceCode).markup) {
        if (finding.vendor && page.allows(finding.vendor.id)) continue;
        const what = sentenceStartOf(finding.label);
        const vendor = finding.vendor ? ` for ${finding.vendor.company} (${finding.vendor.name})` : "";
        context.report({ loc: locOf(context.sourceCode, finding.range), messageId: "trackingMarkup", data: { what, vendor, why: page.why } });
      }
      reportChains(context, "no-tracking-attributes", page);
    });
  },
});

import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";
import { sensitivityOf } from "../sensitivity/index.js";
import { reportChains, VIA_CHAIN_MESSAGE } from "../templates/report.js";

export default createRule({
  name: "no-meta-pixel",
  meta: {
    type: "problem",
    docs: { description: "Disallow the Meta Pixel (base code, loaders, beacons, wrapper packages) on sensitive pages", recommended: "error" },
    messages: {
      // Reported by reportChains() below, for trackers this page pulls in through its layouts and includes.
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids
      trackerViaChain: VIA_CHAIN_MESSAGE,
      pixelOnSensitivePage:
        "{{what}} puts the Meta Pixel on a sensitive page ({{why}}): it sends Meta {{leaks}}. Remove it here, or load it only on pages that are not sensitive.",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    const page = sensitivityOf(context);
    if (!page.sensitive || page.allows(META_ID)) return {};
    return onFile(context, () => {
      for (const finding of scanOf(context.sourceCode).findings) {
        if (finding.vendor.id !== META_ID) continue;
        context.report({
          loc: locOf(context.sourceCode, finding.range),
          messageId: "pixelOnSensitivePage",
          data: { what: sentenceStartOf(finding.label), leaks: finding.vendor.leaks, why: page.why },
        });
      }
      reportChains(context, "no-meta-pixel", page);
    });
  },
});

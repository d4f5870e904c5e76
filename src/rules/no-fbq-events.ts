import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { META_ID } from "../detect/catalogue/index.js";
import { callLabelOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";
import { sensitivityOf } from "../sensitivity/index.js";
import { reportChains, VIA_CHAIN_MESSAGE } from "../templates/report.js";

export default createRule({
  name: "no-fbq-events",
  meta: {
    type: "problem",
    docs: { description: "Disallow Meta Pixel calls (fbq, _fbq, wrapper packages) on sensitive pages", recommended: "error" },
    messages: {
      // Reported by reportChains() below, for trackers this page pulls in through its layouts and includes.
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids
      trackerViaChain: VIA_CHAIN_MESSAGE,
      fbqOnSensitivePage: "{{call}} sends this visit to Meta with the visitor's Facebook identity, on a sensitive page ({{why}}).",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    const page = sensitivityOf(context);
    if (!page.sensitive || page.allows(META_ID)) return {};
    return onFile(context, () => {
      for (const call of scanOf(context.sourceCode).calls) {
        if (call.vendor.id !== META_ID) continue;
        context.report({ loc: locOf(context.sourceCode, call.range), messageId: "fbqOnSensitivePage", data: { call: callLabelOf(call), why: page.why } });
      }
      reportChains(context, "no-fbq-events", page);
    });
  },
});

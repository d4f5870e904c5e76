import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { META_ID } from "../detect/catalogue/index.js";
import { callLabelOf, sentenceStartOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";
import { sensitivityOf } from "../sensitivity/index.js";
import { reportChains, VIA_CHAIN_MESSAGE } from "../templates/report.js";

export default createRule({
  name: "no-third-party-trackers",
  meta: {
    type: "problem",
    docs: { description: "Disallow other ad, analytics and session-recording trackers (Google, TikTok, LinkedIn, Pinterest, Snap, X, Reddit, Microsoft, Hotjar, Meta social plugins) on sensitive pages", recommended: "error" },
    messages: {
      // Reported by reportChains() below, for trackers this page pulls in through its layouts and includes.
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids
      trackerViaChain: VIA_CHAIN_MESSAGE,
      trackerOnSensitivePage: "{{what}} puts {{vendor}} on a sensitive page ({{why}}): it sends {{company}} {{leaks}}.",
      trackerCallOnSensitivePage: "{{call}} sends this visit to {{company}} ({{vendor}}), on a sensitive page ({{why}}).",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    const page = sensitivityOf(context);
    if (!page.sensitive) return {};
    return onFile(context, () => {
      const scan = scanOf(context.sourceCode);
      for (const finding of scan.findings) {
        const { vendor } = finding;
        if (vendor.id === META_ID || page.allows(vendor.id)) continue;
        context.report({
          loc: locOf(context.sourceCode, finding.range),
          messageId: "trackerOnSensitivePage",
          data: { what: sentenceStartOf(finding.label), vendor: vendor.name, leaks: vendor.leaks, company: vendor.company, why: page.why },
        });
      }
      for (const call of scan.calls) {
        const { vendor } = call;
        if (vendor.id === META_ID || page.allows(vendor.id)) continue;
        context.report({
          loc: locOf(context.sourceCode, call.range),
          messageId: "trackerCallOnSensitivePage",
          data: { call: callLabelOf(call), vendor: vendor.name, company: vendor.company, why: page.why },
        });
      }
      reportChains(context, "no-third-party-trackers", page);
    });
  },
});

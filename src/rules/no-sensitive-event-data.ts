import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { beaconLeaksOf, eventLeaksOf, type EventLeak } from "../detect/event-data.js";
import { callLabelOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";

const MESSAGE_OF = { personal: "personalData", words: "sensitiveWords", page: "pageData" } as const;

export default createRule({
  name: "no-sensitive-event-data",
  meta: {
    type: "problem",
    docs: { description: "Disallow tracker events and pixel URLs that carry personal data, sensitive words or page-derived data", recommended: "error" },
    messages: {
      personalData: "{{what}} sends personal data ({{detail}}) to {{company}}. Hashed or not, it is matched to the visitor's profile.",
      sensitiveWords: "{{what}} sends sensitive words ({{detail}}) to {{company}}: the event tells them what the visitor was doing.",
      pageData: "{{what}} sends {{detail}} to {{company}}: page titles, addresses and form fields say what the visitor was reading or typing.",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    return onFile(context, () => {
      const scan = scanOf(context.sourceCode);
      const report = (leak: EventLeak, what: string, company: string): void => {
        context.report({ loc: locOf(context.sourceCode, leak.range), messageId: MESSAGE_OF[leak.kind], data: { what, detail: leak.detail, company } });
      };
      for (const call of scan.calls) for (const leak of eventLeaksOf(call)) report(leak, callLabelOf(call), call.vendor.company);
      for (const finding of scan.findings) for (const leak of beaconLeaksOf(finding)) report(leak, `The beacon URL ${finding.url ?? ""}`, finding.vendor.company);
    });
  },
});

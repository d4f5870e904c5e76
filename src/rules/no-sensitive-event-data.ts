import { ALL_LANGUAGES, createRule, isExtractedBlock, onFile } from "./create-rule.js";
import { analysisOf } from "../detect/analysis.js";
import { beaconLeaksOf, eventLeaksOf, type EventLeak } from "../detect/event-data.js";
import { callLabelOf } from "../detect/labels.js";
import { EMPTY_SCAN } from "../detect/findings.js";
import { locOf } from "../locations.js";
import { settingsOf } from "../sensitivity/settings.js";
import { messages } from "./messages/no-sensitive-event-data.js";

const MESSAGE_OF = { personal: "personalData", words: "sensitiveWords", page: "pageData" } as const;

export default createRule({
  name: "no-sensitive-event-data",
  meta: {
    type: "problem",
    docs: { description: "Disallow tracker events and pixel URLs that carry personal data, sensitive words or page-derived data", recommended: "error" },
    messages,
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    settingsOf(context.settings); // checks the settings, so a wrong one is reported even when only this rule is on
    if (isExtractedBlock(context)) return {};
    const { scan } = analysisOf(context);
    if (scan === EMPTY_SCAN) return {}; // most files: nothing to look at, no listener at all
    return onFile(context, () => {
      // The rule that runs on every file says when a file could not be checked: never a silent pass.
      if (scan.error) context.report({ loc: { line: 1, column: 0 }, messageId: "fileNotChecked", data: { error: scan.error } });
      const report = (leak: EventLeak, what: string, company: string): void => {
        context.report({ loc: locOf(context.sourceCode, leak.range), messageId: MESSAGE_OF[leak.kind], data: { what, detail: leak.detail, company } });
      };
      for (const call of scan.calls) for (const leak of eventLeaksOf(call)) report(leak, callLabelOf(call), call.vendor.company);
      for (const finding of scan.findings) for (const leak of beaconLeaksOf(finding)) report(leak, `The beacon URL ${finding.url ?? ""}`, finding.vendor.company);
    });
  },
});

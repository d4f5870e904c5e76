import { ALL_LANGUAGES, createRule, isExtractedBlock, onFile } from "./create-rule.js";
import { analysisOf } from "../detect/analysis.js";
import { autoConfigFixOf, initIdTextOf, initsWithAutoConfigOf } from "../detect/autoconfig.js";
import { firstButtonLabelOf } from "../detect/button-labels.js";
import { callLabelOf } from "../detect/labels.js";
import { locOf } from "../locations.js";
import { settingsOf } from "../sensitivity/settings.js";
import { messages } from "./messages/require-autoconfig-off.js";

/** What Meta receives when the page shows no button to quote. */
const NEUTRAL_EXAMPLE = "the text of every button a visitor clicks";

export default createRule({
  name: "require-autoconfig-off",
  meta: {
    type: "suggestion",
    hasSuggestions: true,
    docs: { description: "Require Meta Pixel automatic event setup (button-click capture) to be turned off before `init`", recommended: "warn", strict: "error" },
    messages,
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    settingsOf(context.settings); // checks the settings, so a wrong one is reported even when only this rule is on
    if (isExtractedBlock(context)) return {};
    const { scan, view } = analysisOf(context);
    const inits = initsWithAutoConfigOf(scan.calls);
    if (inits.length === 0) return {}; // most files: no listener at all
    return onFile(context, () => {
      const sourceCode = context.sourceCode;
      const label = firstButtonLabelOf(view);
      const example = label ? `button labels such as "${label}"` : NEUTRAL_EXAMPLE;
      for (const call of inits) {
        const id = initIdTextOf(call);
        const fix = autoConfigFixOf(call, view.text);
        context.report({
          loc: locOf(sourceCode, call.range),
          messageId: call.style === "function" ? "autoConfigOn" : "autoConfigOnWrapper",
          data: { call: callLabelOf(call), id, example },
          suggest: fix ? [{ messageId: call.style === "function" ? "insertAutoConfigOff" : "addAutoConfigOption", data: { id }, fix: (fixer) => fixer.insertTextBeforeRange([fix.at, fix.at], fix.text) }] : [],
        });
      }
    });
  },
});

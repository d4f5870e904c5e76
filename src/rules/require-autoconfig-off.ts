import { ALL_LANGUAGES, createRule, isExtractedBlock, onFile } from "./create-rule.js";
import { analysisOf } from "../detect/analysis.js";
import { autoConfigFixOf, initIdTextOf, initsWithAutoConfigOf } from "../detect/autoconfig.js";
import { callLabelOf } from "../detect/labels.js";
import { locOf } from "../locations.js";
import { settingsOf } from "../sensitivity/settings.js";

export default createRule({
  name: "require-autoconfig-off",
  meta: {
    type: "suggestion",
    hasSuggestions: true,
    docs: { description: "Require Meta Pixel automatic event setup (button-click capture) to be turned off before `init`", recommended: "warn", strict: "error" },
    messages: {
      autoConfigOn:
        "{{call}} leaves automatic events on: the Meta Pixel will send the text of every button a visitor clicks (such as \"Report rape or sexual assault\"). Turn it off with fbq('set', 'autoConfig', false, {{id}}) before init.",
      autoConfigOnWrapper:
        "{{call}} leaves automatic events on: the Meta Pixel will send the text of every button a visitor clicks (such as \"Report rape or sexual assault\"). Pass { autoConfig: false } as init's third argument.",
      insertAutoConfigOff: "Turn automatic events off for {{id}} before this init.",
      addAutoConfigOption: "Pass { autoConfig: false } to this init.",
    },
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
      for (const call of inits) {
        const id = initIdTextOf(call);
        const fix = autoConfigFixOf(call, view.text);
        context.report({
          loc: locOf(sourceCode, call.range),
          messageId: call.style === "function" ? "autoConfigOn" : "autoConfigOnWrapper",
          data: { call: callLabelOf(call), id },
          suggest: fix ? [{ messageId: call.style === "function" ? "insertAutoConfigOff" : "addAutoConfigOption", data: { id }, fix: (fixer) => fixer.insertTextBeforeRange([fix.at, fix.at], fix.text) }] : [],
        });
      }
    });
  },
});

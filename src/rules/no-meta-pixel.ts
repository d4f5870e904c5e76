import { ALL_LANGUAGES, createRule, onFile } from "../create-rule.js";
import { META_ID } from "../detect/catalogue/index.js";
import { sentenceStartOf } from "../detect/labels.js";
import { scanOf } from "../detect/scan.js";
import { locOf } from "../locations.js";
import { sensitivityOf } from "../sensitivity/index.js";

export default createRule({
  name: "no-meta-pixel",
  meta: {
    type: "problem",
    docs: { description: "Disallow the Meta Pixel (base code, loaders, beacons, wrapper packages) on sensitive pages", recommended: "error" },
    messages: {
      pixelOnSensitivePage:
        "{{what}} puts the Meta Pixel on a sensitive page ({{why}}): it sends Meta {{leaks}}. Remove it here, or load it only on pages that are not sensitive.",
      fileNotChecked: "pixel-guard could not check this file for trackers ({{error}}). Please report this with the file.",
    },
    schema: [],
    defaultOptions: [],
    languages: ALL_LANGUAGES,
  },
  create(context) {
    const page = sensitivityOf(context);
    if (!page.sensitive || page.allows(META_ID)) return {};
    return onFile(context, () => {
      const scan = scanOf(context.sourceCode);
      if (scan.error) context.report({ loc: { line: 1, column: 0 }, messageId: "fileNotChecked", data: { error: scan.error } });
      for (const finding of scan.findings) {
        if (finding.vendor.id !== META_ID) continue;
        context.report({
          loc: locOf(context.sourceCode, finding.range),
          messageId: "pixelOnSensitivePage",
          data: { what: sentenceStartOf(finding.label), leaks: finding.vendor.leaks, why: page.why },
        });
      }
    });
  },
});

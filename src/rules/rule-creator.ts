/**
 * typescript-eslint's RuleCreator. The build copies it from @typescript-eslint/utils into
 * dist/vendor/typescript-eslint (scripts/vendor-rule-creator.js), so the published plugin does not
 * depend on @typescript-eslint/utils and npm does not install its required `typescript` peer into
 * a JavaScript-only site. Run from source (tests), the installed devDependency is used.
 */
import { createRequire } from "node:module";
import type { ESLintUtils } from "@typescript-eslint/utils";

const require = createRequire(import.meta.url);

function loadRuleCreator(): typeof ESLintUtils.RuleCreator {
  try {
    return (require("../vendor/typescript-eslint/RuleCreator.js") as { RuleCreator: typeof ESLintUtils.RuleCreator }).RuleCreator;
  } catch {
    return (require("@typescript-eslint/utils") as { ESLintUtils: typeof ESLintUtils }).ESLintUtils.RuleCreator;
  }
}

export const RuleCreator = loadRuleCreator();

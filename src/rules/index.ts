import type { TSESLint } from "@typescript-eslint/utils";

/** Every rule of the plugin, by id: the one list configs and docs are built from. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: Record<string, TSESLint.RuleModule<string, any[], any>> = {};

import { createRequire } from "node:module";
import type { Linter } from "eslint";
import { buildConfig } from "./configs/build.js";
import { html } from "./language/index.js";
import { rules } from "./rules/index.js";

const pkg = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: "pixel-guard" },
  rules,
  languages: { html },
  configs: {} as { recommended: Linter.Config[]; strict: Linter.Config[] },
};

plugin.configs.recommended = buildConfig("recommended", plugin);
plugin.configs.strict = buildConfig("strict", plugin);

export { rules };
export default plugin;

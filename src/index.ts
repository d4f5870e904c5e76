import { createRequire } from "node:module";
import type { ESLint, Linter, Rule } from "eslint";
import { buildConfig } from "./configs/build.js";
import { hostsOf } from "./configs/hosts.js";
import { mayHoldTracker } from "./detect/needles.js";
import { html, setFullTreeTest } from "./language/index.js";
import { rules } from "./rules/index.js";

// A page holding no tracker needle (consent jobs are needles) or sensitivity tag gets the minimal tree (language/minimal-tree.ts).
setFullTreeTest((text) => text.includes("sensitive") || mayHoldTracker(text));

const pkg = createRequire(import.meta.url)("../package.json") as { name: string; version: string };

/** The plugin, typed as ESLint's own Plugin so that a typed `eslint.config.ts` accepts it. */
const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: "pixel-guard" },
  // Rules are built with typescript-eslint's RuleCreator; at run time they are plain ESLint rules.
  // Typed without the rules' own types, so the shipped index.d.ts needs nothing but eslint's types.
  rules: rules as unknown as Record<string, Rule.RuleModule & { meta: Rule.RuleMetaData }>,
  languages: { html } as unknown as NonNullable<ESLint.Plugin["languages"]>,
  configs: {} as { recommended: Linter.Config[]; strict: Linter.Config[]; components: Linter.Config[] },
} satisfies ESLint.Plugin;

// Which parsers the project brings decides where the configs set one (configs/hosts.ts).
const hosts = hostsOf();
plugin.configs.recommended = buildConfig("recommended", plugin, hosts);
plugin.configs.strict = buildConfig("strict", plugin, hosts);
// Components are part of `recommended` now; kept empty so configs that spread it still load.
plugin.configs.components = [];

export default plugin;

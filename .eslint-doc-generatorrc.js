// eslint-doc-generator: rule doc headers and the README rules list are generated; `npm test`
// checks they are current (`npm run docs:check`); `npm run docs` rewrites them.
/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  // `components` enables the recommended rules on .vue/.svelte/.astro (docs/configuration.md)
  ignoreConfig: ["components"],
  initRuleDocs: false,
  // House style gives every rule doc an Options section, even to say it has none.
  ruleDocSectionOptions: false,
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "hasSuggestions"],
  urlConfigs: "https://github.com/pixel-guard/eslint-plugin-pixel-guard/blob/main/docs/configuration.md",
};

import tsParser from "@typescript-eslint/parser";
import type { Linter } from "eslint";
import { rules } from "../rules/index.js";
import { COMPONENT_FILES, HTML_FILES, JS_FILES, TS_FILES } from "./files.js";

export type ConfigName = "recommended" | "strict";

/** Severities of a config, read from each rule's `meta.docs` (the one source of truth). */
export function severitiesOf(config: ConfigName): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs as { recommended?: "error" | "warn"; strict?: "error" | "warn" } | undefined;
    const level = config === "strict" ? (docs?.strict ?? docs?.recommended) : docs?.recommended;
    if (level) entries[`pixel-guard/${id}`] = level;
  }
  return entries;
}

/** A flat-config array: one object per language, each with its own `files`. */
export function buildConfig(config: ConfigName, plugin: object): Linter.Config[] {
  const ruleLevels = severitiesOf(config);
  // `strict` also treats pages that read as sensitive (and load a tracker) as sensitive.
  const settings = config === "strict" ? { "pixel-guard": { autoClassify: "error" } } : undefined;
  return [
    {
      name: `pixel-guard/${config}/js`,
      files: JS_FILES,
      plugins: { "pixel-guard": plugin as never },
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: ruleLevels,
      ...(settings ? { settings } : {}),
    },
    {
      name: `pixel-guard/${config}/ts`,
      files: TS_FILES,
      plugins: { "pixel-guard": plugin as never },
      languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: ruleLevels,
      ...(settings ? { settings } : {}),
    },
    {
      name: `pixel-guard/${config}/html`,
      files: HTML_FILES,
      plugins: { "pixel-guard": plugin as never },
      language: "pixel-guard/html",
      rules: ruleLevels,
      ...(settings ? { settings } : {}),
    },
  ];
}

/**
 * Vue, Svelte and Astro components read by the html language, as a config of their own: a site
 * whose ESLint config already parses these files with eslint-plugin-vue, -svelte or -astro keeps
 * that (ESLint runs one language per file); the `pixel-guard` command always includes them.
 */
export function buildComponentsConfig(plugin: object): Linter.Config[] {
  return [
    {
      name: "pixel-guard/components",
      files: COMPONENT_FILES,
      plugins: { "pixel-guard": plugin as never },
      language: "pixel-guard/html",
      rules: severitiesOf("recommended"),
    },
  ];
}

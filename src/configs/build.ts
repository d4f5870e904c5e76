import type { Linter } from "eslint";
import { textParser, typescriptOrTextParser } from "../language/text-parser.js";
import { rules } from "../rules/index.js";
import { COMPONENT_FILES, HTML_FILES, JS_FILES, TS_FILES } from "./files.js";
import type { Hosts } from "./hosts.js";

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

/** The component extensions, each with the host that parses it when the project has one. */
const COMPONENTS: Array<{ host: "vue" | "svelte" | "astro"; files: string[] }> = [
  { host: "vue", files: COMPONENT_FILES.filter((glob) => glob.endsWith(".vue")) },
  { host: "svelte", files: COMPONENT_FILES.filter((glob) => glob.endsWith(".svelte")) },
  { host: "astro", files: COMPONENT_FILES.filter((glob) => glob.endsWith(".astro")) },
];
const PLAIN_HTML = HTML_FILES.filter((glob) => /\.html?$/u.test(glob));
const PLAIN_CSS = HTML_FILES.filter((glob) => glob.endsWith(".css"));
const TEMPLATES = HTML_FILES.filter((glob) => !PLAIN_HTML.includes(glob) && !PLAIN_CSS.includes(glob));

/**
 * A flat-config array, one object per kind of file, each with its own `files`. A parser or
 * language is set only where the project has none of its own (`hosts`): pixel-guard's rules run
 * under typescript-eslint, vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser,
 * @html-eslint and @eslint/css as they are, so the config can come before or after theirs.
 */
export function buildConfig(config: ConfigName, plugin: object, hosts: Hosts): Linter.Config[] {
  const base = {
    plugins: { "pixel-guard": plugin as never },
    rules: severitiesOf(config),
    // `strict` also treats pages that read as sensitive (and load a tracker) as sensitive.
    ...(config === "strict" ? { settings: { "pixel-guard": { autoClassify: "error" } } } : {}),
  };
  const name = (kind: string): string => `pixel-guard/${config}/${kind}`;
  const withParser = (parser: object | false) => (parser ? { languageOptions: { parser: parser as Linter.Parser } } : {});
  return [
    { name: name("js"), files: JS_FILES, ...base, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { name: name("ts"), files: TS_FILES, ...base, ...withParser(!hosts.typescript && typescriptOrTextParser) },
    ...COMPONENTS.map(({ host, files }) => ({ name: name(host), files, ...base, ...withParser(!hosts[host] && textParser) })),
    { name: name("templates"), files: TEMPLATES, ...base, language: "pixel-guard/html" },
    { name: name("html"), files: PLAIN_HTML, ...base, ...(hosts.html ? {} : { language: "pixel-guard/html" }) },
    { name: name("css"), files: PLAIN_CSS, ...base, ...(hosts.css ? {} : { language: "pixel-guard/html" }) },
  ];
}

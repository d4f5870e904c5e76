import type { Linter } from "eslint";
import { textParser, typescriptOrTextParser } from "../language/text-parser.js";
import { rules } from "../rules/index.js";
import { COMPONENT_FILES, HTML_FILES, JS_FILES, JSON_FILES, TS_FILES } from "./files.js";
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
const MARKDOWN = HTML_FILES.filter((glob) => /\.(?:md|markdown|mdx)$/u.test(glob));
const TEMPLATES = HTML_FILES.filter((glob) => !PLAIN_HTML.includes(glob) && !PLAIN_CSS.includes(glob) && !MARKDOWN.includes(glob));

/**
 * Core JavaScript rules that read a file's raw text rather than its tree: on a page read by the text
 * parser they would report the page's own characters (a literal no-break space in a paragraph).
 */
const RAW_TEXT_RULES: Linter.RulesRecord = { "no-irregular-whitespace": "off" };

/**
 * A flat-config array, one object per kind of file, each with its own `files`. A parser is set
 * only where the project has none of its own (`hosts`): pixel-guard's rules run under
 * typescript-eslint, vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser, @html-eslint and
 * @eslint/css as they are, so the config can come before or after theirs. Where pixel-guard parses
 * a page or component itself it uses its text parser on ESLint's own JavaScript language, not the
 * `pixel-guard/html` language: the rules a site runs on every file (`js.configs.recommended`,
 * eslint-plugin-vue's and -svelte's, which set no `files`) then see an empty Program instead of a
 * tree they do not know and crash on.
 */
export function buildConfig(config: ConfigName, plugin: object, hosts: Hosts): Linter.Config[] {
  const rules = severitiesOf(config);
  const base = {
    plugins: { "pixel-guard": plugin as never },
    // `strict` also treats pages that read as sensitive (and load a tracker) as sensitive.
    ...(config === "strict" ? { settings: { "pixel-guard": { autoClassify: "error" } } } : {}),
  };
  const name = (kind: string): string => `pixel-guard/${config}/${kind}`;
  /** pixel-guard's rules, with pixel-guard's text parser unless the project parses these files itself. */
  const page = (kind: string, files: string[], theirs: boolean): Linter.Config =>
    theirs ? { name: name(kind), files, ...base, rules } : { name: name(kind), files, ...base, languageOptions: { parser: textParser as Linter.Parser }, rules: { ...rules, ...RAW_TEXT_RULES } };
  return [
    { name: name("js"), files: JS_FILES, ...base, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, rules },
    { name: name("ts"), files: TS_FILES, ...base, ...(hosts.typescript ? {} : { languageOptions: { parser: typescriptOrTextParser as Linter.Parser } }), rules },
    ...COMPONENTS.map(({ host, files }) => page(host, files, hosts[host])),
    page("templates", TEMPLATES, false),
    page("html", PLAIN_HTML, hosts.html),
    page("css", PLAIN_CSS, hosts.css),
    // @eslint/markdown reads .md and .markdown; .mdx is another parser's (eslint-mdx): pixel-guard's text parser
    page("markdown", MARKDOWN.filter((glob) => !glob.endsWith(".mdx")), hosts.markdown),
    page("mdx", MARKDOWN.filter((glob) => glob.endsWith(".mdx")), false),
    // Tag-manager container exports; any other JSON file costs one `includes` and is never parsed.
    page("json", JSON_FILES, hosts.json),
  ];
}

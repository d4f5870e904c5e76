/**
 * The tables of docs/configuration.md, generated from the plugin itself: every rule with its
 * severity in each config (read from the built configs), and the kinds of file each config object
 * covers (read from its `files`). `node scripts/configuration-doc.js` writes them between their
 * markers; tests/configs/docs-tables.test.ts fails when the doc differs.
 */
import type { Linter } from "eslint";

export const RULES_MARKERS = { begin: "<!-- begin rules -->", end: "<!-- end rules -->" } as const;
export const FILES_MARKERS = { begin: "<!-- begin files -->", end: "<!-- end files -->" } as const;

interface RuleLike {
  meta?: { docs?: { description?: string } };
}

/** What pixel-guard sets for each kind of file, as a reader needs it said (the files come from the configs). */
const SETS: Readonly<Record<string, string>> = {
  js: "none (ESLint's espree, or your parser); JSX on",
  ts: "none when `@typescript-eslint/parser` is installed (your typescript-eslint config sets it, type information included); otherwise a stand-in that reads TypeScript as text",
  vue: "none when `vue-eslint-parser` is installed; otherwise pixel-guard's text parser",
  svelte: "none when `svelte-eslint-parser` is installed; otherwise pixel-guard's text parser",
  astro: "none when `astro-eslint-parser` is installed; otherwise pixel-guard's text parser",
  templates: "pixel-guard's text parser, which reads the page through the `pixel-guard/html` language's parse entry point (no other plugin reads these)",
  html: "none when `@html-eslint/parser` is installed (your @html-eslint config sets its language or parser); otherwise pixel-guard's text parser",
  css: "none when `@eslint/css` is installed; otherwise pixel-guard's text parser",
  markdown: "none when `@eslint/markdown` is installed; otherwise pixel-guard's text parser. Inline HTML is read; code blocks are not",
  mdx: "pixel-guard's text parser (eslint-mdx's parser is another's)",
  json: "none when `@eslint/json` is installed (your config gives .json its `json/json` language); otherwise pixel-guard's text parser. Only [Google Tag Manager container exports](containers.md) are read: any other JSON file costs one string search",
};

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The severity a config gives a rule, as the table says it. */
function severityIn(config: readonly Linter.Config[], id: string): string {
  const setting = config.find((object) => object.rules && id in object.rules)?.rules?.[id];
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === undefined ? "off" : ({ 0: "off", 1: "warn", 2: "error" } as Record<string, string>)[String(level)] ?? String(level);
}

/** Every rule: link to its doc, description, severity in `recommended` and `strict`. */
export function rulesTableOf(prefix: string, rules: Readonly<Record<string, RuleLike>>, configs: Readonly<Record<string, readonly Linter.Config[]>>): string {
  const rows = Object.entries(rules).map(([id, rule]) => {
    const full = `${prefix}/${id}`;
    return `| [${code(full)}](rules/${id}.md) | ${cell(rule.meta?.docs?.description ?? "")} | ${severityIn(configs.recommended ?? [], full)} | ${severityIn(configs.strict ?? [], full)} |`;
  });
  return ["| rule | description | `recommended` | `strict` |", "|---|---|---|---|", ...rows].join("\n");
}

/** The extensions of a config object's globs, in the letter case they are written (the other-case globs left out). */
function extensionsOf(files: Linter.Config["files"]): string[] {
  const globs = (files ?? []).flat().filter((glob): glob is string => typeof glob === "string" && !glob.includes("@("));
  return globs.map((glob) => glob.slice(glob.lastIndexOf(".")));
}

/** Each config object of a config: its name, the extensions it covers, and what pixel-guard sets there. */
export function filesTableOf(config: readonly Linter.Config[]): string {
  const rows = config.map((object) => {
    const kind = (object.name ?? "").split("/").pop() ?? "";
    const name = (object.name ?? "").replace(/^([^/]+)\/[^/]+\//, "$1/<config>/");
    return `| ${code(name)} | ${extensionsOf(object.files).map(code).join(" ")} | ${SETS[kind] ?? "(undescribed: add it to SETS in src/configs/docs-tables.ts)"} |`;
  });
  return ["| name | extensions (in any letter case) | parser or language pixel-guard sets |", "|---|---|---|", ...rows].join("\n");
}

/** A doc with the text between two markers replaced. */
export function withTable(doc: string, markers: { begin: string; end: string }, table: string): string | null {
  const begin = doc.indexOf(markers.begin);
  const end = doc.indexOf(markers.end);
  if (begin === -1 || end < begin) return null;
  return `${doc.slice(0, begin)}${markers.begin}\n${table}\n${markers.end}${doc.slice(end + markers.end.length)}`;
}

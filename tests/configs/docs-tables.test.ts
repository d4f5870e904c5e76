/**
 * docs/configuration.md's rules table and file-types table are generated from the plugin (run
 * `npm run build && node scripts/configuration-doc.js`): every rule is listed, and every kind of
 * file a config covers, with every extension the engines give it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FILES_MARKERS, filesTableOf, RULES_MARKERS, rulesTableOf, withTable } from "../../src/configs/docs-tables.js";
import { ENGINES } from "../../src/engines/index.js";
import plugin from "../../src/index.js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const doc = readFileSync(path.join(root, "docs", "configuration.md"), "utf8");
const between = (markers: { begin: string; end: string }): string => doc.slice(doc.indexOf(markers.begin) + markers.begin.length, doc.indexOf(markers.end)).trim();

describe("docs/configuration.md", () => {
  it("lists every rule, with its severity in each config, as generated", () => {
    const table = rulesTableOf("pixel-guard", plugin.rules, plugin.configs as never);
    expect(between(RULES_MARKERS)).toBe(table);
    for (const id of Object.keys(plugin.rules)) expect(table).toContain(`[\`pixel-guard/${id}\`](rules/${id}.md)`);
    expect(table).toContain("| Require Meta Pixel automatic event setup (button-click capture) to be turned off before `init` | warn | error |");
  });

  it("lists every kind of file the configs cover, as generated, each described", () => {
    const table = filesTableOf(plugin.configs.recommended as never);
    expect(between(FILES_MARKERS)).toBe(table);
    expect(table).not.toContain("undescribed");
  });

  it("names every extension of every template engine", () => {
    const table = between(FILES_MARKERS);
    // a compound extension (`.html.erb`) is covered by its last part's glob (`**/*.erb`)
    for (const engine of ENGINES) for (const extension of engine.extensions) expect(table).toContain(`\`${extension.slice(extension.lastIndexOf("."))}\``);
  });

  it("says when a doc lacks its markers", () => {
    expect(withTable("# no markers", RULES_MARKERS, "x")).toBeNull();
    expect(withTable(`a\n${RULES_MARKERS.begin}\nold\n${RULES_MARKERS.end}\nb`, RULES_MARKERS, "new")).toBe(`a\n${RULES_MARKERS.begin}\nnew\n${RULES_MARKERS.end}\nb`);
  });
});

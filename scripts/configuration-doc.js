// `node scripts/configuration-doc.js` (after `npm run build`): writes the rules table and the
// file-types table of docs/configuration.md, generated from the plugin's rules and configs (read
// from dist/), between their markers. tests/configs/docs-tables.test.ts fails when they differ.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { default: plugin } = await import(path.join(root, "dist", "index.js"));
const { FILES_MARKERS, RULES_MARKERS, filesTableOf, rulesTableOf, withTable } = await import(path.join(root, "dist", "configs", "docs-tables.js"));

const file = path.join(root, "docs", "configuration.md");
const doc = readFileSync(file, "utf8");
const withRules = withTable(doc, RULES_MARKERS, rulesTableOf(plugin.meta.namespace ?? "pixel-guard", plugin.rules, plugin.configs));
const updated = withRules === null ? null : withTable(withRules, FILES_MARKERS, filesTableOf(plugin.configs.recommended));
if (updated === null) {
  process.stderr.write(`configuration-doc: ${file} lacks the ${RULES_MARKERS.begin} or ${FILES_MARKERS.begin} markers\n`);
  process.exit(2);
}
if (updated !== doc) writeFileSync(file, updated);
process.stdout.write(updated === doc ? "docs/configuration.md: tables up to date\n" : "docs/configuration.md: tables written\n");

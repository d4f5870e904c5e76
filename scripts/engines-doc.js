// `node scripts/engines-doc.js` (after `npm run build`): writes the table of template engines,
// generated from src/engines/ (read from dist/), into docs/templates.md between its markers.
// tests/engines/engines.test.ts fails when the table there differs from the generated one.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const { ENGINES } = await import(path.join(root, "dist", "engines", "index.js"));
const { TABLE_MARKERS, enginesTableOf } = await import(path.join(root, "dist", "engines", "table.js"));

const file = path.join(root, "docs", "templates.md");
const doc = readFileSync(file, "utf8");
const begin = doc.indexOf(TABLE_MARKERS.begin);
const end = doc.indexOf(TABLE_MARKERS.end);
if (begin === -1 || end < begin) {
  process.stderr.write(`engines-doc: ${file} has no ${TABLE_MARKERS.begin} … ${TABLE_MARKERS.end} markers\n`);
  process.exit(2);
}
const table = `${TABLE_MARKERS.begin}\n${enginesTableOf(ENGINES)}\n${TABLE_MARKERS.end}`;
const updated = doc.slice(0, begin) + table + doc.slice(end + TABLE_MARKERS.end.length);
if (updated !== doc) writeFileSync(file, updated);
process.stdout.write(updated === doc ? "docs/templates.md: engines table up to date\n" : "docs/templates.md: engines table written\n");

// The editor's figures (`node bench/site-part.js` runs this): one ESLint instance, as an editor
// keeps, with pixel-guard's command config in a generated site; the first `lintText()` of a page
// that holds a tracker (the project index of the whole site is built then: it is asked only of files
// holding one) and each later one, of other pages (two more with trackers, the rest without).
//
//   node bench/editor-once.js <site-dir> [later=5]
// Prints one JSON line: firstMs, laterMs (each), the messages of the first page, peak RSS.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { selectFiles } from "./templates-once.js";
import { MANIFEST, TEMPLATE_SETTINGS } from "./generate.js";

const [dirArg, laterArg = "5"] = process.argv.slice(2);
const dir = resolve(dirArg);
const { ESLint } = await import("eslint");
const { COMMAND_CONFIG } = await import(process.env.PG_BENCH_DIST ? join(resolve(process.env.PG_BENCH_DIST), "cli/eslint-options.js") : "../dist/cli/eslint-options.js");
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...COMMAND_CONFIG, { settings: { "pixel-guard": TEMPLATE_SETTINGS } }], cache: false });
const tracking = JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")).tracking;
const plain = selectFiles(dir, ".").filter((f) => f.includes("/pages/") && !tracking.includes(f));
const later = Number(laterArg);
const step = Math.max(1, Math.floor(plain.length / later));
const picked = [...tracking.slice(0, 3), ...Array.from({ length: Math.max(0, later - 2) }, (_, i) => plain[(i * step) % plain.length])];
const times = [];
let firstMessages = 0;
for (const file of picked) {
  const text = readFileSync(join(dir, file), "utf8");
  const start = performance.now();
  const [result] = await eslint.lintText(text, { filePath: join(dir, file) });
  times.push(performance.now() - start);
  if (times.length === 1) firstMessages = result.messages.length;
}
console.log(JSON.stringify({ firstMs: times[0], laterMs: times.slice(1), firstFile: picked[0], firstMessages, maxRssMB: process.resourceUsage().maxRSS / 1024 }));

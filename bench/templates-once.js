// One measured pass over template pages, in a fresh process so no cache crosses configurations.
//
//   node bench/templates-once.js <parse5|plugin|html-eslint> <dir> [. | **/*.<ext> | <file>]
//
// - parse5: reads every selected file first, then times only parse5's `parse()` of each, with the
//   options the html language uses (locations on, scripting off);
// - plugin: ESLint's `lintFiles()` with pixel-guard's recommended config and the bench's settings;
// - html-eslint: ESLint's `lintFiles()` with @html-eslint's `flat/recommended` on **/*.html.
// The selection is "." (every template page: .html .njk .liquid .hbs .php .erb), "**/*.<ext>"
// (one extension) or a file, relative to <dir>. Prints one JSON line: files, bytes, the timed span
// (wall and CPU), peak RSS, and for ESLint the messages by rule id ("(parse error)" for fatal ones).
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { TEMPLATE_SETTINGS } from "./generate.js";
import { countMessages, pagesOf } from "./stats.js";

export const TEMPLATE_EXT = ["html", "njk", "liquid", "hbs", "php", "erb"];
const MODES = ["parse5", "plugin", "html-eslint"];

/** The files a selection names, relative to `dir`, sorted (as parse5 mode reads them). */
export function selectFiles(dir, selection) {
  const one = /^\*\*\/\*\.(\w+)$/u.exec(selection);
  if (selection !== "." && !one) return [selection];
  const exts = one ? [one[1]] : TEMPLATE_EXT;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && exts.includes(d.name.split(".").pop()))
    .map((d) => relative(dir, join(d.parentPath ?? d.path, d.name)))
    .sort();
}

async function parse5Pass(dir, selection) {
  const { parse } = await import("parse5");
  const texts = selectFiles(dir, selection).map((f) => readFileSync(join(dir, f), "utf8"));
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let nodes = 0;
  for (const text of texts) nodes += parse(text, options).childNodes.length; // keep the result used
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { files: texts.length, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), ms, cpuMs: (cpu.user + cpu.system) / 1000, nodes };
}

async function eslintPass(mode, dir, selection) {
  const { ESLint } = await import("eslint");
  let overrideConfig;
  if (mode === "plugin") {
    // pixel-guard parsing every page itself, as the command does (this repository has @html-eslint
    // installed, so `recommended` here would leave .html files to it).
    const { COMMAND_CONFIG } = await import("../dist/cli/eslint-options.js");
    overrideConfig = [...COMMAND_CONFIG, { settings: { "pixel-guard": TEMPLATE_SETTINGS } }];
  } else {
    const html = (await import("@html-eslint/eslint-plugin")).default;
    overrideConfig = [{ files: ["**/*.html"], ...html.configs["flat/recommended"] }];
  }
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig, concurrency: "off", cache: false });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const results = await eslint.lintFiles([selection]);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const { byRule, filesWithFindings } = countMessages(results);
  return { files: pagesOf(results).length, ms, cpuMs: (cpu.user + cpu.system) / 1000, byRule, filesWithFindings, eslintVersion: ESLint.version };
}

async function main() {
  const [mode, dirArg, selection = "."] = process.argv.slice(2);
  if (!MODES.includes(mode) || !dirArg) {
    console.error(`usage: node bench/templates-once.js <${MODES.join("|")}> <dir> [. | **/*.<ext> | <file>]`);
    process.exit(2);
  }
  const dir = resolve(dirArg);
  const sample = mode === "parse5" ? await parse5Pass(dir, selection) : await eslintPass(mode, dir, selection);
  console.log(JSON.stringify({ mode, selection, ...sample, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

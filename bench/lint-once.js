// One measured lint of a directory, in a fresh process so no cache crosses configurations.
//
//   node bench/lint-once.js <baseline|floor|plugin|core|core-plugin> <dir>
//
// floor: the baseline plus one core rule (no-debugger): what ESLint costs as soon as any rule is
// enabled (its traversal and listener machinery), the floor under every plugin.
// core: @eslint/js recommended (what a site runs anyway); core-plugin: core plus pixel-guard
// recommended: core-plugin/core is the price a user feels (issue 13: <= 1.05).
//
// Prints one JSON line: files linted, wall and CPU time around eslint.lintFiles(), the
// process's own wall time, peak RSS, and the messages counted by ruleId (null = parse error).
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { countMessages } from "./stats.js";

const [config, dir] = process.argv.slice(2);
if (!["baseline", "floor", "plugin", "core", "core-plugin"].includes(config) || !dir) {
  console.error("usage: node bench/lint-once.js <baseline|floor|plugin|core|core-plugin> <dir>");
  process.exit(2);
}

const importStart = performance.now();
const { ESLint } = await import("eslint");
const tsParser = (await import("@typescript-eslint/parser")).default;

// The same files and parsers for both: espree (with JSX) for .js/.jsx, typescript-eslint for .ts/.tsx.
const JS = { files: ["**/*.js", "**/*.jsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
const TS = { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } };

let overrideConfig;
if (config === "baseline") {
  overrideConfig = [JS, TS];
} else if (config === "floor") {
  overrideConfig = [JS, TS, { rules: { "no-debugger": "error" } }];
} else if (config === "core") {
  overrideConfig = [JS, TS, (await import("@eslint/js")).default.configs.recommended];
} else {
  // As a TypeScript site runs it: its own parsers, then pixel-guard's recommended (which sets no
  // parser where the project has typescript-eslint).
  const plugin = (await import("../dist/index.js")).default;
  const core = config === "core-plugin" ? [(await import("@eslint/js")).default.configs.recommended] : [];
  overrideConfig = [JS, TS, ...core, ...plugin.configs.recommended, { settings: { "pixel-guard": { sensitive: ["**/victims/**"] } } }];
}
const importMs = performance.now() - importStart;

const eslint = new ESLint({ cwd: resolve(dir), overrideConfigFile: true, overrideConfig, concurrency: "off", cache: false });
const lintStart = performance.now();
const cpuStart = process.cpuUsage();
const results = await eslint.lintFiles(["."]);
const lintMs = performance.now() - lintStart;
const cpu = process.cpuUsage(cpuStart);

const { byRule, filesWithFindings } = countMessages(results);

console.log(
  JSON.stringify({
    config,
    files: results.length,
    // the plugin's configs also read .json files (tag-manager containers): the corpus's own manifest
    scriptFiles: results.filter((result) => /\.[jt]sx?$/u.test(result.filePath)).length,
    lintMs,
    cpuMs: (cpu.user + cpu.system) / 1000, // less sensitive than lintMs to other load on the machine
    importMs,
    processMs: performance.now(), // since this process started (includes Node's own start-up)
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapUsedMB: process.memoryUsage().heapUsed / 1048576,
    byRule,
    filesWithFindings,
    eslintVersion: ESLint.version,
  }),
);

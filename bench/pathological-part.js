// The pathological part of `npm run bench`: shapes whose lint time once grew faster than the input.
//
//   node bench/run.js --part pathological [--pathological-runs 1] [--ratio-target 2.2] [--scale 1]
//   node bench/pathological-part.js <shape> <n> [language|command]   one measured lint, in this process (JSON line)
//
// Each shape is linted at N and 2N, each in a fresh process (`lint` below), in one of two ways:
// - language: the page through the `pixel-guard/html` language (a site's config with
//   `language: "pixel-guard/html"`, docs/language.md): its SourceCode, its tree, ESLint's traverser;
// - command: the `pixel-guard` command's config (pages read through the text parser on ESLint's
//   JavaScript language, the tree parsed inside the analysis). The per-doubling ratio t(2N)/t(N) must stay
// <= --ratio-target (2.2): linear, with room for the garbage collector. A run whose finding count is
// not the one the shape holds is invalid (exit 2): a fast lint that lost its findings proves nothing.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const BEACON = '<img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1" height="1" width="1">';
const TAG = "<!-- sensitive-content: health -->";

/** Each shape: the file to lint at size n, and how many messages it must give (null: any, but no crash). */
export const SHAPES = {
  "one-line beacons": { n: 5000, command: true, file: "page.html", text: (n) => TAG + BEACON.repeat(n), expect: (n) => ({ "pixel-guard/no-meta-pixel": n }) },
  "one-line data-fb-* attributes": { n: 10000, command: true, file: "page.html", text: (n) => `${TAG}<div ${Array.from({ length: n }, (_, i) => `data-fb-a${i}="x"`).join(" ")}></div>`, expect: (n) => ({ "pixel-guard/no-tracking-attributes": n }) },
  "one-line inline fbq script": { n: 10000, command: true, file: "page.html", text: (n) => `${TAG}<script>${"fbq('track','Lead');".repeat(n)}</script>`, expect: (n) => ({ "pixel-guard/no-fbq-events": n }) },
  "nested divs": { n: 100000, command: true, file: "page.html", text: (n) => `${TAG}${"<div>".repeat(n)}${BEACON}${"</div>".repeat(n)}`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "nested divs, .njk": { n: 100000, file: "page.njk", text: (n) => `{# sensitive-content #}${"<div>".repeat(n)}{{ x }}${BEACON}${"</div>".repeat(n)}`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "nested quotes, .md": { n: 20000, file: "page.md", text: (n) => `<!-- sensitive-content -->\n\n${"> ".repeat(n)}a\n\n${BEACON}\n`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "long attribute value": { n: 2000000, file: "page.html", text: (n) => `${TAG}<a href="https://example.org/?q=${"a".repeat(n)}">x</a>${BEACON}`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "many comments": { n: 50000, file: "page.html", text: (n) => `${TAG}${"<!-- a note -->".repeat(n)}${BEACON}`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "many scripts": { n: 20000, file: "page.html", text: (n) => `${TAG}${"<script>var a = 1;</script>".repeat(n)}${BEACON}`, expect: () => ({ "pixel-guard/no-meta-pixel": 1 }) },
  "many beacons, one a line": { n: 10000, file: "page.html", text: (n) => `${TAG}\n${`${BEACON}\n`.repeat(n)}`, expect: (n) => ({ "pixel-guard/no-meta-pixel": n }) },
};

/** One lint of a shape at size n in this process: wall ms and messages by rule id. */
export async function lintOnce(shape, n, mode = "language") {
  const { ESLint } = await import("eslint");
  const { COMMAND_CONFIG } = await import("../dist/cli/eslint-options.js");
  const plugin = (await import("../dist/index.js")).default;
  const spec = SHAPES[shape];
  const rules = Object.fromEntries(Object.entries(plugin.rules).map(([id, rule]) => [`pixel-guard/${id}`, rule.meta.docs.recommended ?? "off"]));
  const language = [{ files: ["**/*.html", "**/*.njk", "**/*.md"], plugins: { "pixel-guard": plugin }, language: "pixel-guard/html", rules }];
  const dir = mkdtempSync(join(tmpdir(), "pixel-guard-pathological-"));
  try {
    const text = spec.text(n);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: mode === "command" ? COMMAND_CONFIG : language, concurrency: "off", cache: false });
    const start = performance.now();
    const [result] = await eslint.lintText(text, { filePath: join(dir, spec.file) });
    const ms = performance.now() - start;
    const counts = {};
    for (const message of result.messages) {
      const id = message.fatal ? "(parse error)" : message.messageId === "internalError" ? "(internal error)" : message.ruleId;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return { shape, mode, n, bytes: text.length, ms, counts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function lint(shape, n, mode) {
  const out = execFileSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), shape, String(n), mode], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split("\n").pop());
}

const isValid = (result, expected) => Object.entries(expected).every(([id, count]) => (result.counts[id] ?? 0) === count) && !result.counts["(internal error)"] && !result.counts["(parse error)"];

/** Every shape at N and 2N; exit code 0 (every ratio within target), 1 (one over), 2 (invalid). */
export function runPathologicalPart({ runs = 1, target = 2.2, scale = 1, markdown = false, log }) {
  const rows = [];
  let code = 0;
  const runsOf = Object.entries(SHAPES).flatMap(([shape, spec]) => (spec.command ? ["language", "command"] : ["language"]).map((mode) => [shape, spec, mode]));
  for (const [shape, spec, mode] of runsOf) {
    const n = Math.max(1, Math.round(spec.n * scale));
    const best = (size) => {
      let chosen = null;
      for (let r = 0; r < runs; r += 1) {
        const result = lint(shape, size, mode);
        if (!isValid(result, spec.expect(size))) {
          log(`invalid: ${shape} (${mode}) at ${size} gave ${JSON.stringify(result.counts)}, expected ${JSON.stringify(spec.expect(size))}`);
          code = 2;
        }
        if (!chosen || result.ms < chosen.ms) chosen = result;
      }
      return chosen;
    };
    const one = best(n);
    const two = best(2 * n);
    const ratio = two.ms / one.ms;
    if (ratio > target && code === 0) code = 1;
    rows.push({ shape, mode, n, ms: one.ms, ms2: two.ms, ratio });
    log(`${shape} (${mode}): N=${n} ${(one.ms / 1000).toFixed(2)} s, 2N ${(two.ms / 1000).toFixed(2)} s, ratio ${ratio.toFixed(2)}${ratio > target ? ` (over ${target})` : ""}`);
  }
  const lines = markdown
    ? ["| shape | through | N | t(N) | t(2N) | ratio |", "|---|---|---:|---:|---:|---:|", ...rows.map((r) => `| ${r.shape} | ${r.mode} | ${r.n} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms2 / 1000).toFixed(2)} s | ${r.ratio.toFixed(2)} |`)]
    : rows.map((r) => `${`${r.shape} (${r.mode})`.padEnd(42)} N=${String(r.n).padStart(8)}  ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${(r.ms2 / 1000).toFixed(2).padStart(7)} s  ratio ${r.ratio.toFixed(2)}`);
  console.log(lines.join("\n"));
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [shape, n, mode = "language"] = process.argv.slice(2);
  if (!SHAPES[shape] || !(Number(n) > 0) || !["language", "command"].includes(mode)) {
    console.error(`usage: node bench/pathological-part.js <shape> <n> [language|command]; shapes: ${Object.keys(SHAPES).join(", ")}`);
    process.exit(2);
  }
  console.log(JSON.stringify(await lintOnce(shape, Number(n), mode)));
}

// The JS/TS part of `npm run bench` (`node bench/run.js --part js`): how much pixel-guard's recommended
// config adds to an ESLint run over the JS/TS corpus.
//
// Generates the corpus if it is missing or was made with other options, then lints it with two
// configs, each run in a fresh `node bench/lint-once.js` process, serially (concurrency "off"),
// alternating the order of the two each round: (a) baseline: the same files and parsers, no rules;
// (b) plugin: `plugin.configs.recommended` plus a `sensitive` glob. Reports medians (min, max), the
// b/a ratio against the target, peak RSS and the plugin's findings by rule: a run in which the
// plugin finds nothing is invalid, so the bench cannot pass by doing nothing.
// Returns 0 when both the lintFiles (wall) and the CPU ratio are within target, 1 when either is
// over, 2 for an invalid run (no findings, parse errors, a mismatch between the configs).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_DIR, CORPUS_DIR, GENERATOR_VERSION, MANIFEST, writeCorpus } from "./generate.js";
import { cpuModel, mmm, secs, spread, table } from "./stats.js";

function readManifest() {
  try {
    return JSON.parse(readFileSync(join(CORPUS_DIR, MANIFEST), "utf8"));
  } catch {
    return null;
  }
}

export function runJsPart({ files, runs, warmup, seed, target, regen, markdown, log }) {
  // --- the corpus --------------------------------------------------------------------------------
  let manifest = readManifest();
  if (regen || !manifest || manifest.generator !== GENERATOR_VERSION || manifest.files !== files || manifest.seed !== seed) {
    log(`generating ${files} files (seed ${seed}) in ${CORPUS_DIR} ...`);
    const t = performance.now();
    manifest = writeCorpus(CORPUS_DIR, { files, seed });
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(join(BENCH_DIR, "..", "dist", "index.js"))) {
    console.error("dist/index.js is missing: build first (npm run build), or use npm run bench");
    process.exit(2);
  }

  // --- the runs ----------------------------------------------------------------------------------
  const CONFIGS = ["baseline", "floor", "plugin", "core", "core-plugin"];
  const loadBefore = loadavg()[0];
  const samples = Object.fromEntries(CONFIGS.map((c) => [c, []]));
  const total = warmup + runs;
  for (let round = 0; round < total; round++) {
    const order = CONFIGS.map((_, i) => CONFIGS[(i + round) % CONFIGS.length]);
    for (const config of order) {
      const t = performance.now();
      const child = spawnSync(process.execPath, [join(BENCH_DIR, "lint-once.js"), config, CORPUS_DIR], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "inherit"],
      });
      const wallMs = performance.now() - t;
      if (child.status !== 0) {
        console.error(`lint-once ${config} exited with ${child.status ?? child.signal}`);
        process.exit(2);
      }
      const sample = { ...JSON.parse(child.stdout.trim().split("\n").pop()), wallMs };
      const label = round < warmup ? "warm-up" : `run ${round - warmup + 1}/${runs}`;
      log(`${label.padEnd(9)} ${config.padEnd(8)} lintFiles ${(sample.lintMs / 1000).toFixed(2)} s, cpu ${(sample.cpuMs / 1000).toFixed(2)} s, process ${(wallMs / 1000).toFixed(2)} s`);
      if (round >= warmup) samples[config].push(sample);
    }
  }

  // --- statistics --------------------------------------------------------------------------------
  const stat = (config, key) => spread(samples[config].map((s) => s[key]));
  const stats = Object.fromEntries(
    CONFIGS.map((c) => [c, { lint: stat(c, "lintMs"), cpu: stat(c, "cpuMs"), wall: stat(c, "wallMs"), rss: Math.max(...samples[c].map((s) => s.maxRssMB)), files: samples[c][0].scriptFiles ?? samples[c][0].files }]),
  );
  const ratio = stats.plugin.lint.median / stats.baseline.lint.median;
  const cpuRatio = stats.plugin.cpu.median / stats.baseline.cpu.median;
  const wallRatio = stats.plugin.wall.median / stats.baseline.wall.median;
  // Against the floor: what pixel-guard costs beyond what any enabled ESLint rule costs.
  const floorRatio = stats.plugin.lint.median / stats.floor.lint.median;
  const floorCpuRatio = stats.plugin.cpu.median / stats.floor.cpu.median;

  // Findings: the same in every plugin run, none at all in the baseline, no parse errors anywhere.
  const problems = [];
  const findings = samples.plugin[0].byRule;
  if (samples.plugin.some((s) => JSON.stringify(s.byRule) !== JSON.stringify(findings))) problems.push("the plugin's findings differ between runs");
  const ruleFindings = Object.entries(findings).filter(([id]) => id.startsWith("pixel-guard/"));
  const findingCount = ruleFindings.reduce((n, [, c]) => n + c, 0);
  if (findingCount === 0) problems.push("the plugin config reported nothing (are the rules built into dist/?), so this run measures nothing");
  for (const c of CONFIGS) {
    const parse = samples[c][0].byRule["(parse error)"];
    if (parse) problems.push(`${parse} parse errors with the ${c} config: the corpus is broken`);
  }
  const baselineMessages = Object.values(samples.baseline[0].byRule).reduce((n, c) => n + c, 0);
  if (baselineMessages && !samples.baseline[0].byRule["(parse error)"]) problems.push(`the baseline reported ${baselineMessages} messages`);
  if (stats.baseline.files !== stats.plugin.files) problems.push(`the configs linted different JS/TS files (${stats.baseline.files} vs ${stats.plugin.files})`);
  // Both the wall and the CPU ratio must be within target: on a busy machine the wall ratio alone can
  // pass (or fail) by noise, and the CPU ratio also counts the plugin's extra GC work on other threads.
  const over = [ratio > target && "lintFiles", cpuRatio > target && "CPU"].filter(Boolean);
  const verdict = problems.length ? "INVALID" : over.length ? "FAIL" : "PASS";

  // --- report ------------------------------------------------------------------------------------
  const s = secs;
  const env = `Node ${process.version}, ESLint ${samples.plugin[0].eslintVersion}, ${cpuModel()}`;
  const ext = Object.entries(manifest.byExt).sort().map(([e, n]) => `${n} .${e}`).join(", ");
  const corpus = `${manifest.files} files (${ext}), ${manifest.lines.toLocaleString("en-US")} lines, ${(manifest.bytes / 1048576).toFixed(1)} MB, seed ${manifest.seed}`;
  const busy = loadBefore > 0.5 ? ` Busy machine: load average ${loadBefore.toFixed(2)} before the bench started, so wall times are noisy; the CPU ratio is steadier.` : "";
  const method = `concurrency "off", ${warmup} warm-up + ${runs} measured runs per config, each in a fresh process, order alternating`;
  const expect = `${manifest.trackingFiles} files with tracking code, ${manifest.sensitiveFiles} sensitive (${manifest.sensitiveTrackingFiles} with tracking)`;
  const NAMES = { baseline: "(a) baseline, no rules", floor: "(a') floor: one core rule (no-debugger)", plugin: "(b) pixel-guard recommended", core: "(c) @eslint/js recommended", "core-plugin": "(d) @eslint/js + pixel-guard recommended" };
  const rows = CONFIGS.map((c) => [NAMES[c], mmm(stats[c].lint), s(stats[c].cpu.median) + " s", mmm(stats[c].wall), `${stats[c].rss.toFixed(0)} MB`]);
  const head = ["config", "lintFiles() median (min–max)", "CPU median", "process wall median (min–max)", "peak RSS"];
  const ratioLine =
    `ratio b/a of the medians: lintFiles ${ratio.toFixed(3)}, CPU ${cpuRatio.toFixed(3)} (process wall ${wallRatio.toFixed(3)}); ` +
    `target <= ${target.toFixed(2)} for lintFiles and CPU: ${verdict}${over.length ? ` (${over.join(" and ")} over)` : ""}` +
    `\nratio b/a' (against ESLint with one core rule, the floor of any plugin): lintFiles ${floorRatio.toFixed(3)}, CPU ${floorCpuRatio.toFixed(3)}; a'/a ${(stats.floor.lint.median / stats.baseline.lint.median).toFixed(3)}` +
    `\nratio d/c (pixel-guard on top of the core rules a site runs, the price a user feels; target <= 1.05): lintFiles ${(stats["core-plugin"].lint.median / stats.core.lint.median).toFixed(3)}, CPU ${(stats["core-plugin"].cpu.median / stats.core.cpu.median).toFixed(3)}`;
  const findingRows = [...ruleFindings.sort(([a], [b]) => a.localeCompare(b)), ["total", findingCount]];

  if (markdown) {
    console.log(`### ${new Date().toISOString().slice(0, 10)}: ${verdict}, ratio ${ratio.toFixed(3)}\n`);
    console.log(`- Corpus: ${corpus}.`);
    console.log(`- ${env}; ${method}; load average before ${loadBefore.toFixed(2)}, after ${loadavg()[0].toFixed(2)}.\n`);
    console.log(table(head, rows, true));
    console.log(`\n**${ratioLine}**\n`);
    console.log(table(["rule", "findings"], findingRows.map(([id, n]) => [`\`${id}\``, String(n)]), true));
    console.log(`\nFiles with findings: ${samples.plugin[0].filesWithFindings}; the corpus has ${expect}.`);
  } else {
    console.log(`\npixel-guard bench: ${corpus}`);
    console.log(`${env}; ${method}`);
    console.log(`load average before ${loadBefore.toFixed(2)}, after ${loadavg()[0].toFixed(2)}${busy ? ` (${busy.trim()})` : ""}\n`);
    console.log(table(head, rows, false));
    console.log(`\n${ratioLine}\n`);
    console.log("findings of (b), per run:");
    for (const [id, n] of findingRows) console.log(`  ${id.padEnd(40)} ${n}`);
    console.log(`  in ${samples.plugin[0].filesWithFindings} files; the corpus has ${expect}`);
  }
  if (busy && markdown) console.log(`\n>${busy}`);
  for (const p of problems) console.error(`INVALID: ${p}`);
  return verdict === "PASS" ? 0 : verdict === "FAIL" ? 1 : 2;
}

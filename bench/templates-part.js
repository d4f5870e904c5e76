// The template part of `npm run bench` (`node bench/run.js --part templates`): how pixel-guard's html
// language and rules compare with a bare parse5 parse of the same pages, and with @html-eslint.
//
// Each configuration runs in a fresh `node bench/templates-once.js` process (or, for the command,
// `node dist/cli/bin.js`), serially, in an order that rotates each round:
//   (a) parse5 `parse()` of every page (files read first; only the parsing is timed);
//   (b) pixel-guard: in-process `ESLint.lintFiles()` with `plugin.configs.recommended`, and the
//       `pixel-guard --format json --concurrency off .` command (whole process, wall clock);
//   .html only: (a), (b) in-process, and (c) @html-eslint's `flat/recommended`.
// Then each stress page alone: parse5 vs the plugin's lintFiles().
// Targets: (b)/(a) <= 2.0 (lintFiles and CPU); (b) faster than (c) on the .html pages; each stress
// page linted without a crash or a parse error, within 3x its own parse. Returns 0 (pass), 1 (a
// target missed) or 2 (invalid: no findings, parse errors, runs or doors that disagree).
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_DIR, MANIFEST, STRESS_DIR, TEMPLATE_DIR, TEMPLATE_GENERATOR_VERSION, writeTemplateCorpus } from "./generate.js";
import { countMessages, cpuModel, lastJsonLine, mmm, pagesOf, runNode, secs, spread, table } from "./stats.js";
import { selectFiles } from "./templates-once.js";

const ONCE = join(BENCH_DIR, "templates-once.js");
const BIN = join(BENCH_DIR, "..", "dist", "cli", "bin.js");
const STRESS = [
  ["stress/one-line-5mb.html", "5 MB on one line"],
  ["stress/nested-20k-divs.html", "20,000 nested divs"],
];

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
};


/** One sample of a configuration: a child's JSON line plus its process wall time, or a crash. */
function measure(config, dir) {
  if (config.command) {
    const child = runNode([BIN, "--format", "json", "--concurrency", "off", "."], { cwd: dir });
    if (child.status !== 0 && child.status !== 1) return { crash: `exit ${child.status ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" / ")}` };
    const results = JSON.parse(child.stdout);
    return { files: pagesOf(results).length, ms: child.wallMs, wallMs: child.wallMs, exit: child.status, ...countMessages(results) };
  }
  const child = runNode([ONCE, config.mode, dir, config.selection]);
  const sample = lastJsonLine(child.stdout);
  if (child.status !== 0 || !sample) return { crash: `exit ${child.status ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" / ")}` };
  return { ...sample, wallMs: child.wallMs };
}

const findingsOf = (byRule) => Object.entries(byRule ?? {}).filter(([id]) => id.startsWith("pixel-guard/"));
const total = (entries) => entries.reduce((n, [, c]) => n + c, 0);
const same = (a, b) => JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

export function runTemplatePart({ count, seed, runs, target, stressTarget, regen, markdown, log }) {
  // --- the corpus ---------------------------------------------------------------------------------
  let manifest = readJson(join(TEMPLATE_DIR, MANIFEST));
  const stressManifest = readJson(join(STRESS_DIR, MANIFEST));
  const stale = (m) => !m || m.generator !== TEMPLATE_GENERATOR_VERSION;
  if (regen || stale(manifest) || stale(stressManifest) || manifest.files !== count || manifest.seed !== seed) {
    log(`generating ${count} template pages (seed ${seed}) in ${TEMPLATE_DIR}, stress pages in ${STRESS_DIR} ...`);
    const t = performance.now();
    manifest = writeTemplateCorpus(TEMPLATE_DIR, { count, seed, stressDir: STRESS_DIR });
    log(`  done in ${secs(performance.now() - t)} s`);
  }
  if (!existsSync(BIN)) {
    console.error("dist/cli/bin.js is missing: build first (npm run build), or use npm run bench");
    process.exit(2);
  }
  // Read every page once so the first measured process does not pay for a cold file cache.
  for (const f of selectFiles(TEMPLATE_DIR, ".")) readFileSync(join(TEMPLATE_DIR, f));

  // --- the runs -----------------------------------------------------------------------------------
  const CONFIGS = [
    { id: "a", label: "(a) parse5 parse(), all pages", mode: "parse5", selection: "." },
    { id: "b", label: "(b) pixel-guard lintFiles(), all pages", mode: "plugin", selection: "." },
    { id: "cmd", label: "(b) pixel-guard command, all pages", command: true },
    { id: "aHtml", label: "(a) parse5 parse(), .html", mode: "parse5", selection: "**/*.html" },
    { id: "bHtml", label: "(b) pixel-guard lintFiles(), .html", mode: "plugin", selection: "**/*.html" },
    { id: "cHtml", label: "(c) @html-eslint flat/recommended lintFiles(), .html", mode: "html-eslint", selection: "**/*.html" },
  ];
  const loadBefore = loadavg()[0];
  const started = performance.now();
  const samples = Object.fromEntries(CONFIGS.map((c) => [c.id, []]));
  const problems = [];
  for (let round = 0; round < runs; round++) {
    const order = [...CONFIGS.slice(round % CONFIGS.length), ...CONFIGS.slice(0, round % CONFIGS.length)];
    for (const config of order) {
      const sample = measure(config, TEMPLATE_DIR);
      if (sample.crash) {
        console.error(`${config.label} failed: ${sample.crash}`);
        process.exit(2);
      }
      log(`templates run ${round + 1}/${runs} ${config.label.padEnd(52)} ${secs(sample.ms)} s (process ${secs(sample.wallMs)} s)`);
      samples[config.id].push(sample);
    }
  }
  const stress = STRESS.map(([file, what]) => ({ file, what, parse: [], lint: [], crash: null }));
  for (let round = 0; round < runs; round++) {
    for (const page of stress) {
      if (page.crash) continue;
      for (const mode of round % 2 ? ["plugin", "parse5"] : ["parse5", "plugin"]) {
        const sample = measure({ mode, selection: page.file }, STRESS_DIR);
        if (sample.crash) page.crash = `${mode}: ${sample.crash}`;
        else (mode === "plugin" ? page.lint : page.parse).push(sample);
        if (!sample.crash) log(`stress run ${round + 1}/${runs} ${page.file.padEnd(30)} ${mode.padEnd(6)} ${secs(sample.ms)} s`);
      }
    }
  }

  // --- statistics and checks ----------------------------------------------------------------------
  const st = Object.fromEntries(
    CONFIGS.map(({ id }) => {
      const xs = samples[id];
      return [id, { ms: spread(xs.map((s) => s.ms)), cpu: xs[0].cpuMs === undefined ? null : spread(xs.map((s) => s.cpuMs)), wall: spread(xs.map((s) => s.wallMs)), rss: Math.max(...xs.map((s) => s.maxRssMB ?? 0)), files: xs[0].files }];
    }),
  );
  const ratio = st.b.ms.median / st.a.ms.median;
  const cpuRatio = st.b.cpu.median / st.a.cpu.median;
  const cmdRatio = st.cmd.wall.median / st.a.ms.median;
  const cmdWallRatio = st.cmd.wall.median / st.a.wall.median;
  const htmlRatio = st.cHtml.ms.median / st.bHtml.ms.median;

  for (const id of ["b", "cmd", "bHtml"]) {
    const first = samples[id][0].byRule;
    if (samples[id].some((s) => !same(s.byRule, first))) problems.push(`the findings of ${id} differ between runs`);
    if (first["(parse error)"]) problems.push(`${first["(parse error)"]} parse errors in ${id} on the generated pages`);
    const expected = id !== "bHtml" || manifest.tracking.some((p) => p.endsWith(".html"));
    if (expected && total(findingsOf(first)) === 0) problems.push(`${id} reported nothing: it would pass by doing nothing`);
  }
  if (!same(samples.b[0].byRule, samples.cmd[0].byRule)) problems.push("the pixel-guard command and lintFiles() with the recommended config found different things");
  if (samples.cmd[0].exit !== 1) problems.push(`the pixel-guard command exited ${samples.cmd[0].exit} with error-level findings (expected 1)`);
  if (new Set([st.a.files, st.b.files, st.cmd.files]).size > 1) problems.push(`(a), (b) and the command read different numbers of files (${st.a.files}, ${st.b.files}, ${st.cmd.files})`);
  if (new Set([st.aHtml.files, st.bHtml.files, st.cHtml.files]).size > 1) problems.push(`the .html configs read different numbers of files (${st.aHtml.files}, ${st.bHtml.files}, ${st.cHtml.files})`);

  for (const page of stress) {
    page.size = page.parse[0]?.bytes ?? 0;
    page.findings = page.lint[0] ? findingsOf(page.lint[0].byRule) : [];
    page.fatal = page.lint[0]?.byRule["(parse error)"] ?? 0;
    page.ratio = page.crash ? Infinity : spread(page.lint.map((s) => s.ms)).median / spread(page.parse.map((s) => s.ms)).median;
    page.ok = !page.crash && !page.fatal && page.ratio <= stressTarget;
  }
  const over = [ratio > target && "(b)/(a)", cpuRatio > target && "(b)/(a) CPU", htmlRatio <= 1 && "(b) vs (c) on .html", ...stress.filter((p) => !p.ok).map((p) => `stress ${p.file}`)].filter(Boolean);
  const verdict = problems.length ? "INVALID" : over.length ? "FAIL" : "PASS";
  const pf = (ok) => (ok ? "PASS" : "FAIL");

  // --- report -------------------------------------------------------------------------------------
  const rows = CONFIGS.map(({ id, label }) => [label, String(st[id].files), mmm(st[id].ms), st[id].cpu ? `${secs(st[id].cpu.median)} s` : "–", mmm(st[id].wall), st[id].rss ? `${st[id].rss.toFixed(0)} MB` : "–"]);
  const head = ["config", "files", "timed median (min–max)", "CPU median", "process wall median (min–max)", "peak RSS"];
  const ext = Object.entries(manifest.byExt).sort().map(([e, n]) => `${n} .${e}`).join(", ");
  const layouts = st.a.files - manifest.files;
  const corpus = `${manifest.files} template pages (${ext}) + ${layouts} layouts, ${(manifest.bytes / 1048576).toFixed(1)} MB, ${manifest.minified} minified to one line, ${manifest.trackingFiles} with trackers, ${manifest.viaLayout} via a tracking layout, ${manifest.sensitiveFiles} sensitive; seed ${manifest.seed}`;
  const env = `Node ${process.version}, ESLint ${samples.b[0].eslintVersion}, ${cpuModel()}`;
  const method = `concurrency "off", ${runs} measured runs per config, each in a fresh process, order rotating; no warm-up run (the pages are read once before, to warm the file cache); the template part took ${Math.round((performance.now() - started) / 1000)} s`;
  const ratioLines = [
    `(b)/(a), all pages: lintFiles/parse ${ratio.toFixed(2)}, CPU ${cpuRatio.toFixed(2)}; the command's whole process/parse ${cmdRatio.toFixed(2)} (whole process/parse5's whole process ${cmdWallRatio.toFixed(2)}); target <= ${target.toFixed(1)} for lintFiles and CPU: ${pf(ratio <= target && cpuRatio <= target)}`,
    `.html only: (b) ${secs(st.bHtml.ms.median)} s vs (c) ${secs(st.cHtml.ms.median)} s, (c)/(b) ${htmlRatio.toFixed(2)}; against a parse: (b)/(a) ${(st.bHtml.ms.median / st.aHtml.ms.median).toFixed(2)}, (c)/(a) ${(st.cHtml.ms.median / st.aHtml.ms.median).toFixed(2)}; target (b) faster than (c): ${pf(htmlRatio > 1)}`,
  ];
  const stressRows = stress.map((p) => [
    `\`${p.file}\` (${p.what})`,
    `${(p.size / 1048576).toFixed(2)} MB`,
    p.parse.length ? mmm(spread(p.parse.map((s) => s.ms))) : "–",
    p.lint.length ? mmm(spread(p.lint.map((s) => s.ms))) : "–",
    p.crash ? `crash: ${p.crash}` : p.ratio.toFixed(2),
    p.crash ? "–" : `${total(p.findings)}${p.fatal ? `, ${p.fatal} parse errors` : ""}`,
    `${pf(p.ok)}`,
  ]);
  const stressHead = ["stress page", "size", "parse5 parse() median (min–max)", "pixel-guard lintFiles() median (min–max)", "ratio", "findings", `<= ${stressTarget}x, no crash`];
  const rules = [...new Set([...findingsOf(samples.b[0].byRule), ...findingsOf(samples.cmd[0].byRule)].map(([id]) => id))].sort();
  const findingRows = [...rules, "total"].map((id) => {
    const n = (s) => (id === "total" ? total(findingsOf(s.byRule)) : (s.byRule[id] ?? 0));
    return [markdown ? `\`${id}\`` : id, String(n(samples.b[0])), String(n(samples.cmd[0])), String(n(samples.bHtml[0]))];
  });
  const findingHead = ["rule", "(b) lintFiles()", "(b) command", "(b) .html only"];
  const cTotal = total(Object.entries(samples.cHtml[0].byRule));
  const notes = [
    `Files with findings: ${samples.b[0].filesWithFindings} (the corpus has ${manifest.trackingFiles} pages with trackers and ${manifest.viaLayout} that extend a tracking layout, ${manifest.sensitiveFiles} sensitive); parse errors: none in (b), the command or the stress pages${problems.some((p) => p.includes("parse errors")) ? " EXCEPT as listed below" : ""}.`,
    `(c) reported ${cTotal.toLocaleString("en-US")} messages (${Object.entries(samples.cHtml[0].byRule).sort(([, x], [, y]) => y - x).map(([id, n]) => `${id} ${n}`).join(", ")}).`,
  ];
  const loads = `load average before ${loadBefore.toFixed(2)}, after ${loadavg()[0].toFixed(2)}`;
  if (loadBefore > 0.5) notes.push(`Busy machine: load average ${loadBefore.toFixed(2)} before the template part started, so wall times are noisy; the CPU ratio is steadier.`);
  if (markdown) {
    console.log(`\n### ${new Date().toISOString().slice(0, 10)}, templates: ${verdict}, (b)/(a) ${ratio.toFixed(2)}\n`);
    console.log(`- Corpus: ${corpus}.`);
    console.log(`- ${env}; ${method}; ${loads}.\n`);
    console.log(table(head, rows, true));
    console.log(`\n${ratioLines.map((l) => `**${l}**`).join("\n\n")}\n`);
    console.log(table(stressHead, stressRows, true));
    console.log(`\n${table(findingHead, findingRows, true)}\n\n${notes.join("\n")}`);
  } else {
    console.log(`\npixel-guard bench, templates: ${corpus}`);
    console.log(`${env}; ${method}; ${loads}\n`);
    console.log(table(head, rows, false));
    console.log(`\n${ratioLines.join("\n")}\n`);
    console.log(table(stressHead.map((h) => h.replace(/`/g, "")), stressRows.map((r) => r.map((c) => c.replace(/`/g, ""))), false));
    console.log(`\nfindings, per run:\n${table(findingHead, findingRows, false).replace(/^/gm, "  ")}\n\n${notes.join("\n")}`);
    console.log(`\ntemplates: ${verdict}${over.length ? ` (${over.join(", ")} over)` : ""}`);
  }
  for (const p of problems) console.error(`INVALID: ${p}`);
  return verdict === "PASS" ? 0 : verdict === "FAIL" ? 1 : 2;
}

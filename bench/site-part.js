// The site part of `npm run bench` (`node bench/run.js --part site`), issue 13: whole processes on a
// seeded generated site (bench/gen-site.js; 10,000 files is about 6,500 templates, 120 MB), each
// measured with its own CPU time and peak RSS (bench/rusage-hook.cjs, getrusage in the child):
//   - the command `node dist/cli/bin.js --concurrency off <site>` vs a bare parse5 parse (with
//     locations) of the same templates in one Node process (`templates-once.js parse5`), at 2,000
//     and 10,000 files, alternating; target command/parse5 <= 1.0 (wall and CPU);
//   - peak RSS at 10,000 <= 400 MiB and <= 1.2x the 2,000 figure; CPU per MB within 1.2x;
//   - start-up: `--version`, `--help` and a usage error vs `node -e 0`: <= 2.5x;
//   - the editor: first lintText (page index built) and later ones: later < first / 10;
//   - `--concurrency auto` at 10,000 files: recorded.
// PG_BENCH_DIST=<dir> measures another build (the "before" of bench/RESULTS.md).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { BENCH_DIR, MANIFEST } from "./generate.js";
import { writeSite } from "./gen-site.js";
import { median, table } from "./stats.js";

const DIST = process.env.PG_BENCH_DIST ? resolve(process.env.PG_BENCH_DIST) : join(BENCH_DIR, "..", "dist");
const BIN = join(DIST, "cli", "bin.js");
const HOOK = pathToFileURL(join(BENCH_DIR, "rusage-hook.js")).href;
const SITE_VERSION = 1;

function siteDir(files, seed, regen, log) {
  // Outside the repository: inside it, the command would find (and load) this repository's own
  // eslint.config.js for the site's settings, with typescript-eslint and eslint-plugin-regexp: 0.6 s
  // and about 40 MiB that are this repository's, not the site's (a site with no ESLint config).
  const dir = join(tmpdir(), "pixel-guard-bench", `site-${files}-${seed}`);
  const manifest = existsSync(join(dir, MANIFEST)) ? JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) : null;
  if (regen || manifest?.site !== SITE_VERSION) {
    log(`generating a ${files}-file site in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    const made = writeSite(dir, { files, seed });
    return { dir, templates: made.files, bytes: made.bytes };
  }
  return { dir, templates: manifest.files, bytes: manifest.bytes };
}

/** One whole process: wall (from here), CPU and peak RSS (from the child itself). */
function run(args, cwd) {
  const file = join(tmpdir(), `pg-rusage-${process.pid}.json`);
  rmSync(file, { force: true });
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--import", HOOK, ...args], { cwd, env: { ...process.env, PG_RUSAGE_FILE: file }, encoding: "utf8", maxBuffer: 1 << 28 });
  const wallMs = performance.now() - start;
  const u = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { userMs: NaN, sysMs: NaN, maxRssKiB: NaN };
  return { status: child.status, wallMs, cpuMs: u.userMs + u.sysMs, rssMiB: u.maxRssKiB / 1024, stdout: child.stdout, stderr: child.stderr };
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");
const ms = (x) => `${(x / 1000).toFixed(2)} s`;
const ratio = (a, b) => (a / b).toFixed(2);

function sitePair(site, runs, log, concurrency = "off") {
  const cmd = [], base = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ["base", "cmd"] : ["cmd", "base"];
    for (const which of order) {
      const r = which === "base" ? run([join(BENCH_DIR, "templates-once.js"), "parse5", site.dir, "."], site.dir) : run([BIN, "--concurrency", concurrency, "--format", "json", "."], site.dir);
      if (which === "cmd" && r.status !== 1) throw new Error(`the command exited ${r.status} (expected 1: findings): ${r.stderr.slice(0, 500)}`);
      (which === "base" ? base : cmd).push(r);
      log(`  ${which} ${ms(r.wallMs)} cpu ${ms(r.cpuMs)} rss ${r.rssMiB.toFixed(0)} MiB (load ${load()})`);
    }
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const findings = JSON.parse(cmd[0].stdout).reduce((n, f) => n + f.messages.length, 0);
  return { cmd: { wall: m(cmd, "wallMs"), cpu: m(cmd, "cpuMs"), rss: Math.max(...cmd.map((x) => x.rssMiB)) }, base: { wall: m(base, "wallMs"), cpu: m(base, "cpuMs"), rss: Math.max(...base.map((x) => x.rssMiB)) }, findings, load: load() };
}

function startup(runs) {
  const kinds = { node: ["-e", "0"], version: [BIN, "--version"], help: [BIN, "--help"], usage: [BIN, "--no-such-flag"] };
  const t = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, args] of Object.entries(kinds)) t[k].push(run(args, BENCH_DIR));
  return Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, { wall: median(xs.map((x) => x.wallMs)), cpu: median(xs.map((x) => x.cpuMs)), rss: median(xs.map((x) => x.rssMiB)) }]));
}

export function runSitePart({ seed = 1, regen = false, markdown = false, log = () => {}, sizes = [2000, 10000], runs = 2, startupRuns = 7 }) {
  const rows = [];
  let pass = true;
  const check = (name, value, target, ok) => {
    rows.push([name, value, target, ok ? "pass" : "MISS"]);
    pass &&= ok;
  };
  const s = startup(startupRuns);
  for (const k of ["version", "help", "usage"]) check(`start-up: ${k} / node -e 0`, `${ratio(s[k].wall, s.node.wall)} (${s[k].wall.toFixed(0)} / ${s.node.wall.toFixed(0)} ms; cpu ${ratio(s[k].cpu, s.node.cpu)})`, "<= 2.5", s[k].wall / s.node.wall <= 2.5);
  const per = {};
  for (const files of sizes) {
    const site = siteDir(files, seed, regen, log);
    log(`site ${files} files: ${site.templates} templates, ${(site.bytes / 2 ** 20).toFixed(0)} MiB`);
    const p = sitePair(site, runs, log);
    per[files] = { ...p, mb: site.bytes / 2 ** 20 };
    check(`${files} files (${site.templates} templates, ${(site.bytes / 2 ** 20).toFixed(0)} MiB): command / parse5, wall`, `${ratio(p.cmd.wall, p.base.wall)} (${ms(p.cmd.wall)} / ${ms(p.base.wall)}; load ${p.load})`, "<= 1.0", p.cmd.wall <= p.base.wall);
    check(`${files} files: command / parse5, CPU`, `${ratio(p.cmd.cpu, p.base.cpu)} (${ms(p.cmd.cpu)} / ${ms(p.base.cpu)})`, "<= 1.0", p.cmd.cpu <= p.base.cpu);
    rows.push([`${files} files: peak RSS, command (parse5)`, `${p.cmd.rss.toFixed(0)} MiB (${p.base.rss.toFixed(0)} MiB); ${p.findings} findings`, "", ""]);
  }
  const [small, large] = sizes.map((n) => per[n]);
  if (small && large && sizes.length === 2) {
    check(`peak RSS at ${sizes[1]}`, `${large.cmd.rss.toFixed(0)} MiB`, "<= 400 MiB", large.cmd.rss <= 400);
    check(`peak RSS ${sizes[1]} / ${sizes[0]}`, ratio(large.cmd.rss, small.cmd.rss), "<= 1.2", large.cmd.rss / small.cmd.rss <= 1.2);
    const cpm = (x) => x.cmd.cpu / x.mb;
    check(`CPU per MB ${sizes[1]} / ${sizes[0]}`, `${ratio(cpm(large), cpm(small))} (${cpm(large).toFixed(0)} / ${cpm(small).toFixed(0)} ms/MB)`, "<= 1.2", cpm(large) / cpm(small) <= 1.2);
    const site = siteDir(sizes[1], seed, false, log);
    const auto = run([BIN, "--concurrency", "auto", "--format", "json", "."], site.dir);
    rows.push([`${sizes[1]} files: --concurrency auto`, `${ms(auto.wallMs)} wall, ${ms(auto.cpuMs)} cpu, ${auto.rssMiB.toFixed(0)} MiB (off: ${ms(large.cmd.wall)}); load ${load()}`, "recorded", ""]);
    const ed = spawnSync(process.execPath, [join(BENCH_DIR, "editor-once.js"), site.dir, "5"], { encoding: "utf8", env: process.env });
    const e = JSON.parse(ed.stdout.trim().split("\n").pop());
    const later = Math.max(...e.laterMs);
    check("editor: first lintText / later (max)", `${e.firstMs.toFixed(0)} ms / ${later.toFixed(0)} ms (later: ${e.laterMs.map((x) => x.toFixed(0)).join(", ")})`, "later < first / 10", later < e.firstMs / 10);
  }
  const out = table(["figure", "value", "target", ""], rows, markdown);
  process.stdout.write(`${markdown ? "" : "\nSite (issue 13)\n"}${out}\n`);
  return pass ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(BENCH_DIR, "site-part.js")) {
  const args = process.argv.slice(2);
  const sizes = args.includes("--sizes") ? args[args.indexOf("--sizes") + 1].split(",").map(Number) : undefined;
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : undefined;
  process.exit(runSitePart({ sizes, runs, markdown: args.includes("--markdown"), log: (x) => process.stderr.write(`${x}\n`) }));
}

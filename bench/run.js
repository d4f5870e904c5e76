// `npm run bench`: what pixel-guard costs, in two parts.
//
//   node bench/run.js [--part js|templates|pathological|all] [--markdown] [--regen]
//                     [--files 2000] [--runs 3] [--warmup 1] [--seed 1] [--target 1.10]
//                     [--templates 2000] [--template-runs 3] [--template-target 2.0] [--stress-target 3.0]
//
// - js (js-part.js): ESLint over the JS/TS corpus with pixel-guard's recommended config vs the same
//   parsers and no rules; target b/a <= --target (1.10).
// - templates (templates-part.js): the template pages with pixel-guard vs a bare parse5 parse
//   (target <= --template-target, 2.0) and vs @html-eslint on the .html pages (pixel-guard must be
//   faster); the stress pages alone vs their own parse (<= --stress-target, 3.0, no crash).
// - pathological (pathological-part.js): shapes once super-linear, each at N and 2N; target
//   t(2N)/t(N) <= --ratio-target (2.2). `--scale` multiplies every N.
// Every measured run is a fresh process, serially. Exit code: 0 when every part passes, 1 when a
// target is missed, 2 when a run is invalid (nothing found, parse errors, mismatched configs).
import { parseArgs } from "node:util";
import { runJsPart } from "./js-part.js";
import { runPathologicalPart } from "./pathological-part.js";
import { runTemplatePart } from "./templates-part.js";
import { runSitePart } from "./site-part.js";

const { values: opts } = parseArgs({
  options: {
    part: { type: "string", default: "all" },
    files: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    warmup: { type: "string", default: "1" },
    seed: { type: "string", default: "1" },
    target: { type: "string", default: "1.10" },
    templates: { type: "string", default: "2000" },
    "template-runs": { type: "string", default: "3" },
    "template-target": { type: "string", default: "2.0" },
    "stress-target": { type: "string", default: "3.0" },
    "ratio-target": { type: "string", default: "2.2" },
    scale: { type: "string", default: "1" },
    markdown: { type: "boolean", default: false },
    regen: { type: "boolean", default: false },
  },
});
if (!["js", "templates", "pathological", "site", "all"].includes(opts.part)) {
  console.error("--part must be js, templates, pathological, site or all");
  process.exit(2);
}
const n = {};
for (const [name, min] of [["files", 1], ["runs", 1], ["warmup", 0], ["seed", 0], ["target", 1], ["templates", 1], ["template-runs", 1], ["template-target", 1], ["stress-target", 1], ["ratio-target", 1], ["scale", 0.001]]) {
  n[name] = Number(opts[name]);
  if (!Number.isFinite(n[name]) || n[name] < min) {
    console.error(`--${name} must be a number >= ${min}`);
    process.exit(2);
  }
}
const log = (s) => process.stderr.write(`${s}\n`);
const common = { seed: n.seed, regen: opts.regen, markdown: opts.markdown, log };

const codes = [];
// site (issue 13: whole processes at 2,000 and 10,000 files, about 10 minutes): only when asked for
if (opts.part === "site") codes.push(runSitePart(common));
if (opts.part === "js" || opts.part === "all") {
  codes.push(runJsPart({ ...common, files: n.files, runs: n.runs, warmup: n.warmup, target: n.target }));
}
if (opts.part === "templates" || opts.part === "all") {
  codes.push(
    runTemplatePart({ ...common, count: n.templates, runs: n["template-runs"], target: n["template-target"], stressTarget: n["stress-target"] }),
  );
}
if (opts.part === "pathological" || opts.part === "all") {
  codes.push(runPathologicalPart({ target: n["ratio-target"], scale: n.scale, markdown: opts.markdown, log }));
}
process.exit(codes.includes(2) ? 2 : codes.includes(1) ? 1 : 0);

// Where the template lint spends its time: one in-process lintFiles() of the template corpus (or
// any folder / file) under `node --cpu-prof`, summarised by self time.
//
//   node bench/profile.js [--dir bench/.tmp/corpus-templates] [--selection .] [--top 10] [--mode plugin]
//
// Prints the share of self time by package (pixel-guard's own code, eslint, parse5, espree, GC, ...)
// and the top self-time functions of pixel-guard (dist/ mapped back to src/ by function name), then
// the top functions overall. Needs dist/ (npm run build) and the corpus (node bench/run.js makes it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BENCH_DIR, TEMPLATE_DIR } from "./generate.js";
import { table } from "./stats.js";

const ROOT = join(BENCH_DIR, "..");
const { values: opts } = parseArgs({
  options: {
    dir: { type: "string", default: TEMPLATE_DIR },
    selection: { type: "string", default: "." },
    mode: { type: "string", default: "plugin" },
    top: { type: "string", default: "10" },
  },
});
const top = Number(opts.top);

const profDir = join(BENCH_DIR, ".tmp", "profile");
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const child = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", profDir, join(BENCH_DIR, "templates-once.js"), opts.mode, opts.dir, opts.selection], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
  maxBuffer: 64 * 1024 * 1024,
});
if (child.status !== 0) {
  console.error(`templates-once.js exited ${child.status ?? child.signal}`);
  process.exit(2);
}
const run = JSON.parse(child.stdout.trim().split("\n").pop());
const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
const profile = JSON.parse(readFileSync(join(profDir, file), "utf8"));

// Self time per node: each sample is charged to the node on top of the stack, for its time delta.
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFunction = new Map();
const byPackage = new Map();
let totalUs = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === "(idle)") continue;
  totalUs += us;
  const key = `${functionName || "(anonymous)"}\t${url}\t${lineNumber}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const pkg = packageOf(url, functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}

// Total (inclusive) time per function: a node's self time counts for every distinct function on its
// stack, once (recursion is not counted twice).
const inclusive = new Map();
const nodesById = new Map(profile.nodes.map((n) => [n.id, n]));
const isOwn = (url) => url.startsWith("file://") && fileURLToPath(url).startsWith(join(ROOT, "dist"));
const rootNode = profile.nodes[0];
const walk = [[rootNode, []]];
while (walk.length > 0) {
  const [node, path] = walk.pop();
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"}\t${url}\t${lineNumber}`;
  const here = isOwn(url) && !path.includes(key) ? [...path, key] : path;
  const us = selfUs.get(node.id) ?? 0;
  if (us && functionName !== "(idle)") for (const k of here) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  for (const id of node.children ?? []) walk.push([nodesById.get(id), here]);
}

function packageOf(url, name) {
  if (!url) return name.startsWith("(") ? name : "(native / V8 builtins)";
  const path = url.startsWith("file://") ? fileURLToPath(url) : url;
  if (path.startsWith(join(ROOT, "dist"))) return "pixel-guard (dist/)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path);
  if (nm) return nm[1];
  if (path.startsWith("node:")) return "node: (core)";
  return relative(ROOT, path);
}

/** dist/x/y.js + a function name -> src/x/y.ts:line, by finding the function's definition. */
function srcLocation(url, name, line) {
  const dist = fileURLToPath(url);
  const src = join(ROOT, "src", relative(join(ROOT, "dist"), dist)).replace(/\.js$/u, ".ts");
  if (!existsSync(src)) return `${relative(ROOT, dist)}:${line + 1}`;
  const lines = readFileSync(src, "utf8").split("\n");
  const esc = name.replace(/[$()*+.?[\\\]^{|}]/gu, "\\$&");
  const method = `^\\s*(?:(?:export|private|public|protected|static|async|override|get|set)\\s+)*${esc}\\s*(?:<[^>]*>)?\\(`;
  const def = new RegExp(`(?:function\\s+${esc}\\b|${method}|(?:const|let)\\s+${esc}\\s*=)`, "u");
  const at = name && name !== "(anonymous)" ? lines.findIndex((l) => def.test(l)) : -1;
  return `${relative(ROOT, src)}${at >= 0 ? `:${at + 1}` : ` (dist line ${line + 1})`}`;
}

const short = (name) => (name.length > 60 ? `${name.slice(0, 57)}...` : name);
const pct = (us) => `${((100 * us) / totalUs).toFixed(1)}%`;
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
const sorted = (map) => [...map.entries()].sort(([, a], [, b]) => b - a);
console.log(`cpu profile of ${opts.mode} lintFiles() on ${relative(ROOT, opts.dir) || "."} (${opts.selection}): ${run.files} files, lintFiles ${(run.ms / 1000).toFixed(2)} s; ${(totalUs / 1e6).toFixed(2)} s of samples (idle excluded)\n`);
console.log(table(["package", "self time", "share"], sorted(byPackage).map(([p, us]) => [p, ms(us), pct(us)]), false));
const functions = sorted(byFunction).map(([key, us]) => [...key.split("\t"), us]);
const own = functions.filter(([, url]) => isOwn(url));
console.log(`\ntop ${top} self-time functions in src/ (pixel-guard's own code, ${pct(own.reduce((n, f) => n + f[3], 0))} in all):`);
console.log(table(["function", "where", "self time", "share"], own.slice(0, top).map(([name, url, line, us]) => [name || "(anonymous)", srcLocation(url, name, Number(line)), ms(us), pct(us)]), false));
console.log(`\ntop ${top} functions in src/ by total time (self + callees, any package):`);
const totals = sorted(inclusive).map(([key, us]) => [...key.split("\t"), us]);
console.log(table(["function", "where", "total time", "share"], totals.slice(0, top).map(([name, url, line, us]) => [name, srcLocation(url, name, Number(line)), ms(us), pct(us)]), false));
console.log(`\ntop ${top} self-time functions overall:`);
console.log(
  table(
    ["function", "where", "self time", "share"],
    functions.slice(0, top).map(([name, url, line, us]) => [short(name || "(anonymous)"), url ? `${packageOf(url, name)} ${url.split("/").slice(-2).join("/")}:${Number(line) + 1}` : "", ms(us), pct(us)]),
    false,
  ),
);
console.log(`\nprofile: ${relative(ROOT, join(profDir, file))} (open it in Chrome DevTools > Performance)`);

// Small helpers shared by the two parts of the bench: statistics, formatting, child processes.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** { median, min, max } of numbers. */
export const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** Milliseconds as seconds with two decimals. */
export const secs = (ms) => (ms / 1000).toFixed(2);

/** "1.23 s (1.10–1.40)": a spread in seconds. */
export const mmm = (x) => `${secs(x.median)} s (${secs(x.min)}–${secs(x.max)})`;

export const cpuModel = () => {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}`;
};

/** A markdown table, or (plain) columns padded to their widest cell. */
export function table(head, rows, markdown) {
  if (markdown) return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}

/**
 * Runs `node args...` to completion; returns its exit status, stdout, stderr and wall time (spawn
 * to exit). stderr is captured (not inherited) so a crash can be reported.
 */
export function runNode(args, { cwd } = {}) {
  const t = performance.now();
  const child = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  return { status: child.status, signal: child.signal, stdout: child.stdout ?? "", stderr: child.stderr ?? "", wallMs: performance.now() - t };
}

/** The last line of a child's stdout as JSON, or null. */
export function lastJsonLine(stdout) {
  const line = stdout.trim().split("\n").pop();
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/** Messages by rule id, and the files with a rule's finding; prints the first few parse errors. */
/**
 * The lint results that are pages: pixel-guard also lints a corpus's manifest.json and
 * pixel-guard.config.json (JSON files are read for tag-manager containers, one `includes` each),
 * which a bare parse of the pages does not read.
 */
export const pagesOf = (results) => results.filter((result) => !result.filePath.endsWith(".json"));

export function countMessages(results) {
  const byRule = {};
  const files = new Set();
  let shown = 0;
  for (const result of results) {
    for (const m of result.messages) {
      const id = m.fatal ? "(parse error)" : (m.ruleId ?? "(no rule)");
      byRule[id] = (byRule[id] ?? 0) + 1;
      if (m.ruleId) files.add(result.filePath);
      if (m.fatal && shown++ < 5) console.error(`parse error: ${result.filePath}:${m.line}:${m.column} ${m.message}`);
    }
  }
  return { byRule, filesWithFindings: files.size };
}

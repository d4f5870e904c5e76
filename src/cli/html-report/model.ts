/**
 * What the HTML report shows, as plain data: the files with findings (sensitive pages first), each
 * finding with its vendor, what that vendor receives, the chain that carries it onto the page, and
 * the source lines around it; counts by vendor, by category and by rule. Built in the command's
 * process after the lint (with --concurrency the lint ran in workers), from ESLint's results and
 * what the plugin knows of each file (evidence.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import type { Settings } from "../../sensitivity/settings.js";
import { PARSE_ERROR_RULE } from "../sarif-rules.js";
import { linesOf } from "../results.js";
import { fileFactsOf, type FileFacts, type VendorFacts } from "./evidence.js";

/** Source lines shown around a finding. */
const CONTEXT_LINES = 2;
/** At most this many lines of evidence per finding (a minified line counts once). */
const MAX_EVIDENCE_LINES = 9;
/** A line longer than this is cut in the evidence (minified code). */
const MAX_LINE_LENGTH = 400;

export interface EvidenceLine {
  number: number;
  text: string;
  /** Whether the finding is on this line. */
  marked: boolean;
}

export interface ReportFinding {
  ruleId: string;
  severity: "error" | "warning";
  message: string;
  line: number;
  column: number;
  /** The vendors that receive what this finding sends (several for a link that pulls in many). */
  vendors: VendorFacts[];
  /** "templates/page.njk -> templates/_layouts/base.njk:7", or a tag-manager tag and its trigger; null when on the page itself. */
  chain: string | null;
  evidence: EvidenceLine[];
}

export type FileRole = "page" | "shared" | "other";

export interface ReportFile {
  /** Relative to the settings file's folder, forward slashes. */
  path: string;
  /** page: sensitive itself; shared: a layout or include sensitive pages pull in; other: not sensitive. */
  role: FileRole;
  why: string;
  categories: string[];
  findings: ReportFinding[];
}

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface Report {
  version: string;
  generatedAt: string;
  filesChecked: number;
  files: ReportFile[];
  /** Sensitive pages (tagged, glob or URL; not shared files) with a finding. */
  sensitivePagesWithTrackers: number;
  vendors: Array<VendorFacts & { findings: number; files: number }>;
  byCategory: Count[];
  byRule: Count[];
  /** Files that could not be checked (ESLint's rule-less messages), with why. */
  notChecked: Array<{ path: string; message: string }>;
}

function textOf(result: ESLint.LintResult): string {
  if (result.source !== undefined) return result.source;
  try {
    return readFileSync(result.filePath, "utf8");
  } catch {
    return "";
  }
}

function evidenceOf(lines: string[], line: number, endLine: number): EvidenceLine[] {
  if (lines.length === 0 || line < 1) return [];
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, Math.max(line, endLine) + CONTEXT_LINES, first + MAX_EVIDENCE_LINES - 1);
  const shown: EvidenceLine[] = [];
  for (let number = first; number <= last; number++) {
    const text = lines[number - 1] ?? "";
    shown.push({ number, text: text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH)}…` : text, marked: number >= line && number <= Math.max(line, endLine) });
  }
  return shown;
}

function roleOf(facts: FileFacts): FileRole {
  if (!facts.sensitive) return "other";
  return facts.source === "reach" ? "shared" : "page";
}

function countBy<T>(items: Iterable<T>, keyOf: (item: T) => Array<{ key: string; label: string }>): Count[] {
  const counts = new Map<string, Count>();
  for (const item of items) {
    for (const { key, label } of keyOf(item)) {
      const known = counts.get(key);
      if (known) known.count++;
      else counts.set(key, { key, label, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

const ROLE_ORDER: Record<FileRole, number> = { page: 0, shared: 1, other: 2 };

/** The report of a run; `root` is the settings file's folder (ESLint's cwd). */
export function reportOf(results: readonly ESLint.LintResult[], root: string, settings: Settings, version: string, now = new Date()): Report {
  const files: ReportFile[] = [];
  const notChecked: Report["notChecked"] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const relative = path.relative(root, result.filePath).split(path.sep).join("/");
    const text = textOf(result);
    const lines = linesOf(text);
    const facts = fileFactsOf(result.filePath, text, root, settings);
    const findings: ReportFinding[] = [];
    for (const message of result.messages) {
      if (message.ruleId === null && !message.fatal) {
        notChecked.push({ path: relative, message: message.message });
        continue;
      }
      const at = facts.at(message.line, message.column);
      findings.push({
        ruleId: message.ruleId ?? PARSE_ERROR_RULE,
        severity: message.severity === 2 ? "error" : "warning",
        message: message.message,
        line: message.line,
        column: message.column,
        vendors: at.vendors,
        chain: at.chain === null ? null : `${relative} -> ${at.chain}`,
        evidence: evidenceOf(lines, message.line, message.endLine ?? message.line),
      });
    }
    if (findings.length > 0) files.push({ path: relative, role: roleOf(facts), why: facts.why, categories: facts.categories, findings });
  }
  files.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.path.localeCompare(b.path));

  const vendors = new Map<string, Report["vendors"][number]>();
  for (const file of files) {
    const inFile = new Set<string>();
    for (const finding of file.findings) {
      for (const vendor of finding.vendors) {
        const known = vendors.get(vendor.id) ?? { ...vendor, findings: 0, files: 0 };
        known.findings++;
        if (!inFile.has(vendor.id)) known.files++;
        inFile.add(vendor.id);
        vendors.set(vendor.id, known);
      }
    }
  }
  const sensitiveFiles = files.filter((file) => file.role !== "other");
  return {
    version,
    generatedAt: now.toISOString(),
    filesChecked: results.length,
    files,
    sensitivePagesWithTrackers: files.filter((file) => file.role === "page").length,
    vendors: [...vendors.values()].sort((a, b) => b.findings - a.findings || a.name.localeCompare(b.name)),
    byCategory: countBy(
      sensitiveFiles.flatMap((file) => file.findings.map(() => file)),
      (file) => (file.categories.length ? file.categories : [file.role === "shared" ? "shared (layouts, includes, containers)" : "no category given"]).map((category) => ({ key: category, label: category })),
    ),
    byRule: countBy(files.flatMap((file) => file.findings), (finding) => [{ key: finding.ruleId, label: finding.ruleId }]),
    notChecked,
  };
}

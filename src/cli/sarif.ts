/**
 * SARIF 2.1.0 output for GitHub code scanning and other SARIF readers: one run, a rule descriptor
 * for every rule of the plugin (sarif-rules.ts: what code scanning reads to show and rank an alert),
 * and for `pixel-guard/parse-error` (a file that could not be parsed and so was not checked: a result
 * at error level, so that code scanning shows it where people look). ESLint's other rule-less
 * messages (an ignored or skipped file) are tool execution notifications, not alerts.
 *
 * Written here rather than with @microsoft/eslint-formatter-sarif (3.1.0): that package depends on
 * ESLint 8 (a second ESLint in the tree), writes absolute file:// URIs with no originalUriBaseIds,
 * names the tool "ESLint", describes only rules that fired, and has no fullDescription, help,
 * precision, security-severity, tags or partialFingerprints: every field code scanning ranks by
 * would have to be rewritten after it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import plugin from "../index.js";
import { linesOf } from "./results.js";
import { INFORMATION_URI, PARSE_ERROR_RULE, ruleDescriptors, unknownRuleDescriptor, type Level, type RuleDescriptor } from "./sarif-rules.js";

export { INFORMATION_URI, PARSE_ERROR_RULE } from "./sarif-rules.js";
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: Region };
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: Location[];
  partialFingerprints: { primaryLocationLineHash: string };
}

interface Notification {
  level: Level;
  message: { text: string };
  locations?: Location[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: RuleDescriptor[] } };
    originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
    columnKind: "utf16CodeUnits";
    results: Result[];
  }[];
}

/** A file path as a URI relative to `root` (the config file's folder), forward slashes, escaped. */
export function relativeUri(file: string, root: string): string {
  return path.relative(root, file).split(path.sep).map(encodeURIComponent).join("/");
}

function regionOf(message: Linter.LintMessage): Region | undefined {
  if (!(message.line >= 1)) return undefined;
  const region: Region = { startLine: message.line };
  if (message.column >= 1) region.startColumn = message.column;
  if (message.endLine !== undefined && message.endLine >= 1) {
    region.endLine = message.endLine;
    if (message.endColumn !== undefined && message.endColumn >= 1) region.endColumn = message.endColumn;
  }
  return region;
}

function locationOf(uri: string, message: Linter.LintMessage): Location {
  const region = regionOf(message);
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, ...(region ? { region } : {}) } };
}

/** The lines of a linted file, for fingerprints (the result's source, else the file on disk). */
export function fileLines(result: ESLint.LintResult): string[] {
  if (result.source !== undefined) return linesOf(result.source);
  try {
    return linesOf(readFileSync(result.filePath, "utf8"));
  } catch {
    return [];
  }
}

/**
 * A fingerprint that survives edits elsewhere in the file and re-indentation: a hash of the rule, the
 * file's relative path and the flagged line without whitespace, and which occurrence of that pair in the file this is
 * (the `hash:n` shape of GitHub's own `primaryLocationLineHash`).
 */
export function fingerprinter(uri: string, lines: string[]): (ruleId: string, line: number) => string {
  const seen = new Map<string, number>();
  return (ruleId, line) => {
    const text = (lines[line - 1] ?? "").replace(/\s+/g, "");
    const hash = createHash("sha256").update(`${ruleId}\n${uri}\n${text}`).digest("hex").slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  };
}

/** The SARIF log of a run; `root` is the config file's folder (ESLint's cwd), `%SRCROOT%`. */
export function toSarif(results: readonly ESLint.LintResult[], root: string): SarifLog {
  const rules = ruleDescriptors();
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarifResults: Result[] = [];
  const notifications: Notification[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const uri = relativeUri(result.filePath, root);
    const fingerprint = fingerprinter(uri, fileLines(result));
    for (const message of result.messages) {
      const level: Level = message.severity === 2 ? "error" : "warning";
      if (message.ruleId === null && !message.fatal) {
        notifications.push({ level, message: { text: message.message }, locations: [locationOf(uri, message)] });
        continue;
      }
      const ruleId = message.ruleId ?? PARSE_ERROR_RULE;
      let ruleIndex = indexOf.get(ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(unknownRuleDescriptor(ruleId, level)) - 1;
        indexOf.set(ruleId, ruleIndex);
      }
      sarifResults.push({
        ruleId,
        ruleIndex,
        level,
        message: { text: message.message },
        locations: [locationOf(uri, message)],
        partialFingerprints: { primaryLocationLineHash: fingerprint(ruleId, message.line) },
      });
    }
  }
  if (sarifResults.length > MAX_RESULTS) {
    // errors first, so that what is kept is what matters most; the rest is said, not dropped silently
    sarifResults.sort((a, b) => Number(b.level === "error") - Number(a.level === "error"));
    const left = sarifResults.length - MAX_RESULTS;
    sarifResults.length = MAX_RESULTS;
    notifications.push({ level: "warning", message: { text: `${left} more results were left out: GitHub code scanning takes at most ${MAX_RESULTS} results per run. Split the run with --shard i/n (one SARIF file and category per shard).` } });
  }
  const version = plugin.meta.version;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "pixel-guard", version, semanticVersion: version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href, description: { text: "The folder of the settings file (ESLint's cwd)" } } },
        // the run finished; files it could not check are warnings in the notifications
        invocations: [{ executionSuccessful: !notifications.some((note) => note.level === "error"), toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly ESLint.LintResult[], root: string): string {
  return `${JSON.stringify(toSarif(results, root), null, 2)}\n`;
}

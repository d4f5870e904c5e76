/**
 * SARIF 2.1.0 output, written here (no formatter package): one run, a rule descriptor for every
 * rule of the plugin, and for `pixel-guard/parse-error` (a file that could not be parsed and so was
 * not checked: a result at error level, so that code scanning shows it where people look). ESLint's
 * other rule-less messages (an ignored file named on the command line) are tool notifications.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import plugin from "../index.js";
import { linesOf, RULE_PREFIX } from "./results.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/pixel-guard/eslint-plugin-pixel-guard";
export const PARSE_ERROR_RULE = `${RULE_PREFIX}parse-error`;
const SRCROOT = "%SRCROOT%";

type Level = "error" | "warning" | "note" | "none";

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

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
  locations: Location[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: RuleDescriptor[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
    columnKind: "utf16CodeUnits";
    results: Result[];
  }[];
}

const pascalCase = (id: string): string => id.replace(/(?:^|[-/])([a-z\d])/g, (_, letter: string) => letter.toUpperCase());

function descriptor(id: string, description: string, helpUri: string, level: Level): RuleDescriptor {
  return {
    id,
    name: pascalCase(id.slice(RULE_PREFIX.length)),
    shortDescription: { text: description },
    helpUri,
    help: { text: `${description}. See ${helpUri}`, markdown: `${description}. [Documentation](${helpUri})` },
    defaultConfiguration: { level },
    properties: { tags: ["privacy"] },
  };
}

/** One descriptor per rule of the plugin (from `plugin.rules`), then `pixel-guard/parse-error`. */
export function ruleDescriptors(): RuleDescriptor[] {
  const descriptors = Object.entries(plugin.rules).map(([name, rule]) => {
    const docs = rule.meta.docs as { description?: string; url?: string; recommended?: string } | undefined;
    const level: Level = docs?.recommended === "error" ? "error" : docs?.recommended === "warn" ? "warning" : "none";
    return descriptor(`${RULE_PREFIX}${name}`, docs?.description ?? name, docs?.url ?? INFORMATION_URI, level);
  });
  descriptors.push(descriptor(PARSE_ERROR_RULE, "A file that could not be parsed, and so was not checked for trackers", `${INFORMATION_URI}/blob/main/docs/cli.md#parse-errors`, "error"));
  return descriptors;
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
function fileLines(result: ESLint.LintResult): string[] {
  if (result.source !== undefined) return linesOf(result.source);
  try {
    return linesOf(readFileSync(result.filePath, "utf8"));
  } catch {
    return [];
  }
}

/**
 * A fingerprint that survives edits elsewhere in the file and re-indentation: a hash of the rule and
 * of the flagged line without whitespace, and which occurrence of that pair in the file this is
 * (the `hash:n` shape of GitHub's own `primaryLocationLineHash`).
 */
function fingerprinter(lines: string[]): (ruleId: string, line: number) => string {
  const seen = new Map<string, number>();
  return (ruleId, line) => {
    const text = (lines[line - 1] ?? "").replace(/\s+/g, "");
    const hash = createHash("sha256").update(`${ruleId}\n${text}`).digest("hex").slice(0, 16);
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
    const fingerprint = fingerprinter(fileLines(result));
    for (const message of result.messages) {
      const level: Level = message.severity === 2 ? "error" : "warning";
      if (message.ruleId === null && !message.fatal) {
        notifications.push({ level, message: { text: message.message }, locations: [locationOf(uri, message)] });
        continue;
      }
      const ruleId = message.ruleId ?? PARSE_ERROR_RULE;
      let ruleIndex = indexOf.get(ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(descriptor(ruleId, ruleId, INFORMATION_URI, level)) - 1;
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
  const version = plugin.meta.version;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "pixel-guard", version, semanticVersion: version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly ESLint.LintResult[], root: string): string {
  return `${JSON.stringify(toSarif(results, root), null, 2)}\n`;
}

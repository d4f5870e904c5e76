/**
 * GitLab's code quality report (a JSON array, `artifacts: reports: codequality`): one issue per
 * message, shown in the merge request widget and on the diff. The fingerprint is the SARIF one
 * (rule, path, line text, occurrence), so an issue keeps its identity when lines move.
 */
import path from "node:path";
import type { ESLint } from "eslint";
import { fileLines, fingerprinter, PARSE_ERROR_RULE, relativeUri } from "./sarif.js";

type Severity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: Severity;
  location: { path: string; lines: { begin: number } };
}

/** An error-level finding sends a sensitive page to a third party: critical; a warning is minor; a skipped file is info. */
function severityOf(severity: number, ruleId: string | null, fatal: boolean | undefined): Severity {
  if (ruleId === null && !fatal) return "info";
  return severity === 2 ? "critical" : "minor";
}

export function toCodeQuality(results: readonly ESLint.LintResult[], root: string): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const uri = relativeUri(result.filePath, root);
    const file = path.relative(root, result.filePath).split(path.sep).join("/");
    const fingerprint = fingerprinter(uri, fileLines(result));
    for (const message of result.messages) {
      const checkName = message.ruleId ?? (message.fatal ? PARSE_ERROR_RULE : "pixel-guard");
      issues.push({
        description: message.message,
        check_name: checkName,
        fingerprint: fingerprint(checkName, message.line),
        severity: severityOf(message.severity, message.ruleId, message.fatal),
        location: { path: file, lines: { begin: message.line >= 1 ? message.line : 1 } },
      });
    }
  }
  return issues;
}

export function formatGitlab(results: readonly ESLint.LintResult[], root: string): string {
  return `${JSON.stringify(toCodeQuality(results, root), null, 2)}\n`;
}

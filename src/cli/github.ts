/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per message, shown on
 * the pull request's diff. Paths are relative to GITHUB_WORKSPACE (the repository), else to `root`.
 */
import path from "node:path";
import type { ESLint } from "eslint";
import { PARSE_ERROR_RULE } from "./sarif.js";

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(results: readonly ESLint.LintResult[], root: string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join("/");
    for (const message of result.messages) {
      const properties: [string, string | number | undefined][] = [["file", file]];
      if (message.line >= 1) {
        properties.push(["line", message.line], ["col", message.column >= 1 ? message.column : undefined]);
        if (message.endLine !== undefined && message.endLine >= 1) properties.push(["endLine", message.endLine], ["endColumn", message.endColumn]);
      }
      properties.push(["title", message.ruleId ?? (message.fatal ? PARSE_ERROR_RULE : "pixel-guard")]);
      const shown = properties.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      lines.push(`::${message.severity === 2 ? "error" : "warning"} ${shown.join(",")}::${escapeData(message.message)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

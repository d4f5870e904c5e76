/**
 * `--format html`: one self-contained file a data-protection officer opens. Styles and script are
 * inline, and the Content-Security-Policy allows exactly those two texts (by hash) and nothing from
 * elsewhere: no fonts, images, frames or requests, so opening the report sends nothing anywhere.
 */
import { createHash } from "node:crypto";
import type { ESLint } from "eslint";
import type { Settings } from "../../sensitivity/settings.js";
import { escapeHtml as h } from "./escape.js";
import { reportOf, type Report } from "./model.js";
import { SCRIPT } from "./script.js";
import { filesOf, filtersOf, notCheckedOf, summaryOf, vendorsOf } from "./sections.js";
import { STYLES } from "./styles.js";

const hashOf = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${hashOf(STYLES)}; script-src ${hashOf(SCRIPT)}; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;

export function renderReport(report: Report): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>pixel-guard report: trackers on sensitive pages</title>
<style>${STYLES}</style>
</head>
<body>
<header><h1>Trackers on sensitive pages</h1>
<p class="muted">pixel-guard ${h(report.version)}, ${h(report.generatedAt)}. Each finding names what is sent, to whom, why the page counts as sensitive, and the source lines.</p></header>
<main>
${summaryOf(report)}
${vendorsOf(report)}
${filtersOf(report)}
${filesOf(report)}
${notCheckedOf(report)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function formatHtml(results: readonly ESLint.LintResult[], root: string, settings: Settings, version: string): string {
  return renderReport(reportOf(results, root, settings, version));
}

// What GitHub code scanning reads from the SARIF log (docs.github.com, "SARIF support for code
// scanning"): rules[].fullDescription (required), help, helpUri, properties.precision,
// security-severity with a security tag, problem.severity; stable partialFingerprints; relative
// URIs under %SRCROOT%; tool.driver; invocations; skipped files as notifications, not alerts.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import plugin from "../../src/index.js";
import { MAX_RESULTS, toSarif, type SarifLog } from "../../src/cli/sarif.js";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";
import { sarifValidator } from "./sarif-schema.js";

afterAll(removeCopies);
const validate = sarifValidator();

function lintResult(filePath: string, messages: Partial<ESLint.LintResult["messages"][number]>[], source: string): ESLint.LintResult {
  const full = messages.map((message) => ({ ruleId: null, severity: 2, message: "m", line: 1, column: 1, nodeType: null, ...message })) as ESLint.LintResult["messages"];
  return { filePath, messages: full, suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [], source };
}

describe("SARIF rule descriptors, as code scanning ranks them", () => {
  const site = copyFixture("html-report-site");
  const run = pixelGuard(["-f", "sarif", "-o", "out.sarif"], site);
  const log = JSON.parse(readFileSync(path.join(site, "out.sarif"), "utf8")) as SarifLog;
  const [sarifRun] = log.runs;
  const rules = sarifRun!.tool.driver.rules;

  it("is a valid SARIF 2.1.0 log of a run with findings", () => {
    expect(run.status).toBe(1);
    expect(validate(log)).toBe(true);
    expect(sarifRun!.results.length).toBeGreaterThan(5);
  });

  it("describes every rule with fullDescription, help text and Markdown, and the rule's docs URL", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const descriptor = rules.find((each) => each.id === `pixel-guard/${name}`)!;
      expect(descriptor.helpUri).toBe(rule.meta.docs?.url);
      expect(descriptor.fullDescription.text.length).toBeGreaterThan(descriptor.shortDescription.text.length);
      // the doc page's "Why" section is in the full description and its Markdown is the help
      expect(descriptor.help.markdown).toContain("## Why");
      expect(descriptor.help.markdown).not.toContain("end auto-generated rule header");
      expect(descriptor.help.markdown.length).toBeLessThan(9_000);
      expect(descriptor.help.text).toContain(rule.meta.docs!.url!);
    }
  });

  it("gives leak rules a high security-severity and condition rules a medium one, with security, privacy and CWE-359 tags", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const { properties, defaultConfiguration } = rules.find((each) => each.id === `pixel-guard/${name}`)!;
      expect(properties.tags).toEqual(["security", "privacy", "external/cwe/cwe-359"]);
      const leak = rule.meta.type === "problem" && rule.meta.docs?.recommended === "error";
      expect([name, properties["security-severity"], properties.precision]).toEqual([name, leak ? "8.0" : "5.5", leak ? "high" : "medium"]);
      expect(Number(properties["security-severity"])).toBeGreaterThanOrEqual(0.1);
      expect(properties["problem.severity"]).toBe(rule.meta.docs?.recommended === "error" ? "error" : "warning");
      expect(defaultConfiguration.level).toBe(rule.meta.docs?.recommended === "error" ? "error" : "warning");
    }
    const parseError = rules.find((each) => each.id === "pixel-guard/parse-error")!;
    expect(parseError.properties).toEqual({ tags: ["privacy", "reliability"], precision: "very-high", "problem.severity": "error" });
  });

  it("names the tool, and the run's base folder for relative URIs", () => {
    expect(sarifRun!.tool.driver).toMatchObject({ name: "pixel-guard", version: plugin.meta.version, informationUri: expect.stringMatching(/^https:\/\/github\.com\//) });
    expect(sarifRun!.originalUriBaseIds["%SRCROOT%"]!.uri).toMatch(/^file:\/\/.*\/$/);
    const uris = new Set(sarifRun!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["_includes/partials/recruitment-pixel.njk", "pages/support/domestic-abuse.njk", "pages/support/hostile.njk"]);
    for (const result of sarifRun!.results) expect(result.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe("%SRCROOT%");
    expect(sarifRun!.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it("gives two findings on the same line of one rule different fingerprints, and keeps them when the file moves down and is re-indented", () => {
    const prints = sarifRun!.results.map((result) => result.partialFingerprints.primaryLocationLineHash);
    expect(new Set(prints).size).toBe(prints.length);
    const file = path.join(site, "pages/support/domestic-abuse.njk");
    writeFileSync(file, `\n\n${readFileSync(file, "utf8").replace("<button", "    <button")}`);
    const again = JSON.parse(pixelGuard(["-f", "sarif"], site).stdout) as SarifLog;
    const key = (l: SarifLog) => l.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith("domestic-abuse.njk")).map((r) => [r.ruleId, r.partialFingerprints.primaryLocationLineHash, r.locations[0]!.physicalLocation.region!.startLine]);
    const before = key(log);
    const after = key(again);
    expect(after.map(([rule, print]) => [rule, print])).toEqual(before.map(([rule, print]) => [rule, print]));
    expect(after.map(([, , line]) => line)).toEqual(before.map(([, , line]) => (line as number) + 2));
  });
});

describe("toSarif", () => {
  it("puts files that could not be checked in toolExecutionNotifications, not results", () => {
    const root = path.resolve("/site");
    const log = toSarif([lintResult(path.join(root, "big.html"), [{ ruleId: null, severity: 1, message: "File skipped: larger than 2 MB" }], "")], root);
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: "warning", message: { text: "File skipped: larger than 2 MB" }, locations: [{ physicalLocation: { artifactLocation: { uri: "big.html", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 1 } } }] }],
    });
  });

  it("escapes URIs and keeps at most GitHub's 25,000 results, errors first, saying how many were left out", () => {
    const root = path.resolve("/site");
    const messages = Array.from({ length: MAX_RESULTS + 3 }, (_, index) => ({ ruleId: "pixel-guard/no-fbq-events", severity: (index < 3 ? 1 : 2) as 1 | 2, line: index + 1 }));
    const log = toSarif([lintResult(path.join(root, "a page#1.html"), messages, "fbq('track', 'Lead');\n".repeat(MAX_RESULTS + 3))], root);
    const [only] = log.runs;
    expect(only!.results).toHaveLength(MAX_RESULTS);
    expect(only!.results.every((result) => result.level === "error")).toBe(true);
    expect(only!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("a%20page%231.html");
    expect(only!.invocations[0]!.toolExecutionNotifications).toEqual([{ level: "warning", message: { text: expect.stringMatching(/^3 more results were left out.*--shard/) } }]);
    // identical lines get the same hash and counting occurrences
    expect(only!.results.slice(0, 2).map((result) => result.partialFingerprints.primaryLocationLineHash.split(":")[1])).toEqual(["4", "5"]);
  });
});

describe("--format gitlab (code quality report, with the SARIF fingerprints)", () => {
  it("lists one issue per message with check_name, severity, path and line, and unique fingerprints", () => {
    const site = copyFixture("html-report-site");
    const run = pixelGuard(["-f", "gitlab"], site);
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    const sarif = JSON.parse(pixelGuard(["-f", "sarif"], site).stdout) as SarifLog;
    expect(issues.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin, issue.fingerprint])).toEqual(
      sarif.runs[0]!.results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation.region!.startLine, result.partialFingerprints.primaryLocationLineHash]),
    );
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.find((issue) => issue.check_name === "pixel-guard/require-autoconfig-off")?.severity).toBe("minor");
    expect(issues.find((issue) => issue.check_name === "pixel-guard/no-fbq-events")?.severity).toBe("critical");
    for (const issue of issues) expect(issue.description.length).toBeGreaterThan(20);
  });
});

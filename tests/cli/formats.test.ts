import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import plugin from "../../src/index.js";
import { escapeData, escapeProperty } from "../../src/cli/github.js";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";
import { sarifValidator } from "./sarif-schema.js";

afterAll(removeCopies);

const require = createRequire(import.meta.url);

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; shortDescription: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
      partialFingerprints: { primaryLocationLineHash: string };
    }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

describe("--format sarif", () => {
  const validate = sarifValidator();

  it("the schema check catches a broken log (so that a pass means something)", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] })).toBe(false);
    expect(validate({ runs: [] })).toBe(false);
  });

  it("writes a valid SARIF 2.1.0 log with a rule for every rule of the plugin", () => {
    const site = copyFixture("cli-sensitive");
    const run = pixelGuard(["--format", "sarif", "-o", "results.sarif", ".", "vendor/tracker.js"], site);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "" });
    const log = JSON.parse(readFileSync(path.join(site, "results.sarif"), "utf8")) as SarifLog;
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    const driver = sarifRun!.tool.driver;
    expect(driver.name).toBe("pixel-guard");
    expect(driver.version).toBe(plugin.meta.version);
    const ids = Object.keys(plugin.rules).map((name) => `pixel-guard/${name}`);
    expect(driver.rules.map((rule) => rule.id)).toEqual([...ids, "pixel-guard/parse-error"]);
    for (const [name, rule] of Object.entries(plugin.rules)) {
      const descriptor = driver.rules.find((each) => each.id === `pixel-guard/${name}`);
      expect(descriptor?.helpUri).toBe(rule.meta.docs?.url);
      expect(descriptor?.shortDescription.text).toBe(rule.meta.docs?.description);
    }

    const results = sarifRun!.results;
    expect(results.map((result) => [result.ruleId, result.level])).toEqual([
      ["pixel-guard/require-autoconfig-off", "warning"],
      ["pixel-guard/no-fbq-events", "error"],
    ]);
    for (const result of results) expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    const fbq = results[1]!;
    expect(fbq.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "pages/services/hiv-testing.jsx", uriBaseId: "%SRCROOT%" },
      region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 25 },
    });
    expect(fbq.partialFingerprints.primaryLocationLineHash).toMatch(/^[\da-f]{16}:1$/);
    // The explicitly named vendor file is a notification, not a result.
    expect(sarifRun!.invocations[0]?.toolExecutionNotifications.map((note) => note.message.text)).toEqual([expect.stringContaining("File ignored")]);
  });

  it("keeps fingerprints when lines move, and uses URIs relative to the config file's folder", () => {
    const site = copyFixture("cli-config");
    const first = JSON.parse(pixelGuard(["-f", "sarif"], path.join(site, "pages")).stdout) as SarifLog;
    const file = path.join(site, "pages", "health", "clinic.js");
    const text = readFileSync(file, "utf8");
    require("node:fs").writeFileSync(file, `\n\n// moved down\n${text.replace("  fbq(", "      fbq(")}`);
    const second = JSON.parse(pixelGuard(["-f", "sarif"], site).stdout) as SarifLog;
    const [a, b] = [first, second].map((log) => log.runs[0]!.results[0]!);
    expect(a!.locations[0]?.physicalLocation.artifactLocation.uri).toBe("pages/health/clinic.js");
    expect(b!.locations[0]?.physicalLocation.region.startLine).toBe(a!.locations[0]!.physicalLocation.region.startLine! + 3);
    expect(b!.partialFingerprints).toEqual(a!.partialFingerprints);
    expect(validate(second)).toBe(true);
  });

  it("reports a file that does not parse as a pixel-guard/parse-error result", () => {
    const run = pixelGuard(["-f", "sarif"], copyFixture("cli-parse-error"));
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(validate(log)).toBe(true);
    const [result] = log.runs[0]!.results;
    expect(result).toMatchObject({ ruleId: "pixel-guard/parse-error", level: "error", message: { text: expect.stringMatching(/^Parsing error: /) } });
    expect(result!.locations[0]?.physicalLocation.artifactLocation.uri).toBe("broken.js");
  });

  it("is valid with no results", () => {
    const run = pixelGuard(["-f", "sarif"], copyFixture("cli-clean"));
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(validate(log)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
  });
});

describe("--format github", () => {
  it("escapes messages and properties as GitHub's workflow commands do", () => {
    expect(escapeData("50% done\r\nnext: a,b")).toBe("50%25 done%0D%0Anext: a,b");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("prints one annotation per message, relative paths, error or warning", () => {
    const site = copyFixture("cli-sensitive");
    const run = pixelGuard(["-f", "github"], site);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      expect.stringMatching(/^::warning file=pages\/careers\.js,line=2,col=1,endLine=2,endColumn=\d+,title=pixel-guard\/require-autoconfig-off::Meta's automatic events send Meta .* Found: fbq\('init', '123456789012345'\) leaves them on/),
      expect.stringMatching(/^::error file=pages\/services\/hiv-testing\.jsx,line=6,col=5,endLine=6,endColumn=25,title=pixel-guard\/no-fbq-events::This call tells Meta .* Found: fbq\('track', 'Lead'\)\. /),
      "",
    ]);
  });

  it("makes paths relative to GITHUB_WORKSPACE when it is set", () => {
    const site = copyFixture("cli-parse-error");
    const run = pixelGuard(["-f", "github"], site, { GITHUB_WORKSPACE: path.dirname(site) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=cli-parse-error\/broken\.js,line=3,col=1,title=pixel-guard\/parse-error::Parsing error: /);
  });
});

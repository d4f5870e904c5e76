/** The command on a site folder holding a Google Tag Manager container export (any file name). */
import { renameSync } from "node:fs";
import path from "node:path";
import type { ESLint } from "eslint";
import { NEXT_SITE_FINDINGS } from "../rules/gtm-export.js";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

const CONTAINER = path.join("gtm", "GTM-5JQFLR8_workspace12.json");

describe("pixel-guard on a site with a GTM container export", () => {
  it("lints the container found in the folder, at the tags' lines, and exits 1", () => {
    const run = pixelGuard([], copyFixture("gtm-next-site"));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(CONTAINER);
    expect(run.stdout).toMatch(/30:91\s+error\s+The Meta Pixel sends Meta .* Found: The Meta Pixel base code\. This page is sensitive: GTM tag "Meta Pixel - Base \(recruitment\)" fires on every page.*pixel-guard\/no-meta-pixel/);
    expect(run.stdout).toMatch(/52:17 +error +This sensitive page sends Google [^\n]*? Found: The Google tag "GA4 - Google Tag" \(googtag\).*pixel-guard\/no-third-party-trackers/);
    expect(run.stdout).toMatch(/99:17 +error +This sensitive page sends Hotjar [^\n]*? Found: The Hotjar Tracking Code tag "Hotjar - support journey" \(hjtc\).*pixel-guard\/no-third-party-trackers/);
    expect(run.stdout).toContain('GTM tag "Hotjar - support journey" (paused, and one click from live) fires through trigger "PV - Support pages"');
    expect(run.stdout).toContain("6 problems (5 errors, 1 warning)");
    expect(run.stderr).toBe("");
  });

  it("finds the container by its content, whatever the file is called, and skips other JSON named to it", () => {
    const site = copyFixture("gtm-next-site");
    renameSync(path.join(site, CONTAINER), path.join(site, "tags-backup.json"));
    const json = JSON.parse(pixelGuard(["-f", "json", "tags-backup.json", "package.json"], site).stdout) as ESLint.LintResult[];
    expect(json.map((result) => path.basename(result.filePath))).toEqual(["tags-backup.json"]);
    expect(json[0]?.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? ""}`)).toEqual(NEXT_SITE_FINDINGS);
    expect(pixelGuard(["package.json"], site)).toEqual({ status: 0, stdout: "", stderr: "" });
  });
});

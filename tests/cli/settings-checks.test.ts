/** The command's checks of the settings' globs: a bad glob is exit 2 naming it; one that matches no file, a warning. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

function siteWith(settings: unknown): string {
  const site = copyFixture("cli-config");
  writeFileSync(path.join(site, "pixel-guard.config.json"), JSON.stringify(settings));
  return site;
}

describe("pixel-guard: settings globs", () => {
  it.each([
    [{ sensitive: ["["] }, 'sensitive[0] "[" is not a valid glob: Missing closing: "]"'],
    [{ sensitive: ["pages/health/**", "**/{a,b"] }, 'sensitive[1] "**/{a,b" is not a valid glob: Missing closing: "}"'],
    [{ sensitive: ["/abs/**"] }, 'sensitive[0] "/abs/**" is an absolute path'],
    [{ allow: [{ paths: ["pages/news/**"] }] }, "allow[0].vendors must list at least one vendor id"],
  ])("exits 2 on %j, naming the key and the glob in one line", (settings, message) => {
    const run = pixelGuard([], siteWith(settings));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`pixel-guard: pixel-guard.config.json: settings["pixel-guard"].${message}`);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("warns once per glob that matches no file, and lints as usual", () => {
    const run = pixelGuard(["-f", "json"], siteWith({ sensitive: ["pages/health/**", "pages/helth/**"], allow: [{ paths: ["pages/carers/**"], vendors: ["meta"] }] }));
    expect(run.stderr).toBe(
      'pixel-guard: warning: settings: sensitive[1] "pages/helth/**" matches no file\npixel-guard: warning: settings: allow[0].paths[0] "pages/carers/**" matches no file\n',
    );
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.filter((result) => result.errorCount > 0).map((result) => path.basename(result.filePath))).toEqual(["clinic.js"]);
  });

  it("says nothing when every glob matches a file", () => {
    const run = pixelGuard([], siteWith({ sensitive: ["pages/health/**"] }));
    expect(run.stderr).toBe("");
  });
});

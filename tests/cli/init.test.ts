import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseSettings } from "../../src/sensitivity/settings.js";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

/** cli-init plus the folders git would not keep (dist/ is in .gitignore) and node_modules. */
function initSite(): string {
  const site = copyFixture("cli-init");
  for (const folder of ["dist/mental-health", "node_modules/hiv-lib", ".cache/abortion"]) {
    mkdirSync(path.join(site, folder), { recursive: true });
    writeFileSync(path.join(site, folder, "index.js"), "export {};\n");
  }
  return site;
}

describe("pixel-guard init", () => {
  it("writes a valid starter config listing folders whose names read as sensitive", () => {
    const site = initSite();
    const run = pixelGuard(["init"], site);
    expect(run.status).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(site, "pixel-guard.config.json"), "utf8")) as unknown;
    // dist, node_modules, vendor and hidden folders are not walked; nothing below a listed folder is listed.
    expect(settings).toEqual({ sensitive: ["src/domestic-abuse/**", "src/pages/sexual-health/**"], allow: [], autoClassify: "warn", templateRoots: [] });
    expect(() => parseSettings(settings)).not.toThrow();
    expect(run.stdout).toContain("Wrote pixel-guard.config.json");
    expect(run.stdout).toContain('src/pages/sexual-health/**  "sexual health" (sexual-health)');
    expect(run.stdout).toContain('src/domestic-abuse/**  "domestic abuse" (abuse)');
  });

  it("refuses to overwrite an existing config (exit 2)", () => {
    const site = copyFixture("cli-config");
    const before = readFileSync(path.join(site, "pixel-guard.config.json"), "utf8");
    const run = pixelGuard(["init"], site);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("pixel-guard: pixel-guard.config.json already exists here; edit it, or delete it to start again\n");
    expect(readFileSync(path.join(site, "pixel-guard.config.json"), "utf8")).toBe(before);
  });

  it("writes an empty list where no folder reads as sensitive, and the config then runs clean", () => {
    const site = copyFixture("cli-clean");
    expect(pixelGuard(["init"], site).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(site, "pixel-guard.config.json"), "utf8"))).toMatchObject({ sensitive: [] });
    expect(pixelGuard([], site)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("takes no paths or lint options", () => {
    const site = copyFixture("cli-clean");
    expect(pixelGuard(["init", "src"], site)).toEqual({ status: 2, stdout: "", stderr: 'pixel-guard: init takes no paths, got "src"\n' });
    expect(pixelGuard(["init", "--quiet"], site)).toEqual({ status: 2, stdout: "", stderr: "pixel-guard: --quiet does not apply to init\n" });
  });
});

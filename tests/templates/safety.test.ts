/**
 * Links stay inside the project: an include of `../../../../etc/passwd` or of an absolute path
 * outside the config's folder and templateRoots is not read, and `--debug` names it. A file named on
 * the command line that no engine reads is listed once, not skipped silently.
 */
import path from "node:path";
import type { Link } from "../../src/engines/index.js";
import { forgetOutsideLinks, linksOutsideProject, resolveLink } from "../../src/templates/resolve.js";
import { FIXTURES, pixelGuard } from "../cli/helpers.js";

const site = path.join(FIXTURES, "graph-eleventy-markdown");
const page = path.join(site, "src/victims/escape.njk");
const include = (target: string): Link => ({ target, candidates: [target], range: [0, 0], kind: "include", relative: false });

describe("links outside the project", () => {
  it("are not resolved, whether climbing out with ../ or absolute, and are remembered for --debug", () => {
    forgetOutsideLinks();
    expect(resolveLink(include("../../../../../../../../etc/passwd"), page, site, [])).toBeNull();
    expect(resolveLink(include("/etc/passwd"), page, site, [])).toBeNull();
    expect(linksOutsideProject()).toEqual(["src/victims/escape.njk -> ../../../../../../../../etc/passwd", "src/victims/escape.njk -> /etc/passwd"]);
    // a file inside the project still resolves, and a templateRoot outside the config's folder is part of the project
    expect(resolveLink(include("layouts/base.njk"), page, site, ["src"])).toBe(path.join(site, "src/layouts/base.njk"));
    expect(resolveLink(include("graph-jekyll-defaults/_config.yml"), page, site, [".."])).toBe(path.join(FIXTURES, "graph-jekyll-defaults/_config.yml"));
    forgetOutsideLinks();
  });

  it("pixel-guard --debug names the includes it did not read; without --debug nothing is said", () => {
    const debug = pixelGuard(["--debug", "src/victims/escape.njk"], site);
    expect(debug.stderr).toContain("pixel-guard: debug: not read, outside the project: src/victims/escape.njk -> ../../../../../../../../etc/passwd\n");
    expect(debug.stderr).toContain("pixel-guard: debug: not read, outside the project: src/victims/escape.njk -> /etc/passwd\n");
    expect(debug.stdout).not.toContain("root:");
    const quiet = pixelGuard(["src/victims/escape.njk"], site);
    expect(quiet.stderr).toBe("");
    expect(quiet.status).toBe(1); // the page's own layout (directory data) still reports
  });

  it("lists a named file of no known engine once per run", () => {
    const run = pixelGuard(["src/legacy.cfm", "src/legacy.cfm", "src/support/pixel-guide.md"], site);
    expect(run.stderr).toBe("pixel-guard: not checked (no engine reads this file): src/legacy.cfm\n");
    expect(run.status).toBe(0); // the Markdown page shows the Pixel only in code blocks
    // the command reads Markdown pages: inline HTML is reported at its line and column in the .md file
    const inline = pixelGuard(["src/support/sexual-health.md"], site);
    expect(inline.status).toBe(1);
    expect(inline.stdout).toMatch(/\n\s+8:77\s+error\s+The Meta Pixel sends Meta .* Found: The facebook\.com\/tr image beacon/u);
  });
});

/**
 * Extensions in any letter case (`Index.HTML`, `page.Htm`, `Contact.PHTML`): engineOf reads them,
 * and the flat-config globs (case-sensitive in ESLint) gain one other-case glob per extension that
 * never matches the lower-case name, so a parser the site owns for `**\/*.html` keeps its files.
 * Checked through ESLint's Node API and the `pixel-guard` command.
 */
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { makeLintedFileTest } from "../../src/cli/eslint-options.js";
import { buildConfig } from "../../src/configs/build.js";
import { OWN_HOSTS } from "../../src/configs/hosts.js";
import { HTML_FILES, JS_FILES, otherCaseGlobOf } from "../../src/configs/files.js";
import { engineOf } from "../../src/engines/index.js";
import plugin from "../../src/index.js";
import { textParser } from "../../src/language/text-parser.js";
import { copyFixture, pixelGuard, removeCopies } from "../cli/helpers.js";
import { fixture } from "../templates/helpers.js";

afterAll(removeCopies);

describe("engineOf, in any letter case", () => {
  it.each([
    ["Index.HTML", "html"],
    ["page.Htm", "html"],
    ["faces/report.xhtml", "html"],
    ["help/hiv.shtml", "ssi"],
    ["legacy/Contact.PHTML", "php"],
    ["views/layout.pug", "pug"],
    ["views/Layout.JADE", "pug"],
    ["templates/base.gohtml", "go"],
    ["node--article.HTML.TWIG", "nunjucks"],
  ])("%s is %s", (filename, id) => {
    expect(engineOf(`/site/${filename}`)?.id).toBe(id);
  });
});

describe("the other-case globs", () => {
  it("match every other letter case of an extension, never the lower-case one", () => {
    expect(otherCaseGlobOf("**/*.html")).toBe("**/*.@(H[tT][mM][lL]|hT[mM][lL]|htM[lL]|htmL)");
    expect(otherCaseGlobOf("**/*.j2")).toBe("**/*.@(J2)");
    const test = makeLintedFileTest([otherCaseGlobOf("**/*.html") as string]);
    expect(["Index.HTML", "a/b.Html", "x.htmL", "X.HTML"].map((file) => test(path.join("/site", file), "/site"))).toEqual([true, true, true, true]);
    expect(["index.html", "index.htm", "x.HTM"].map((file) => test(path.join("/site", file), "/site"))).toEqual([false, false, false]);
  });

  it("are listed after the lower-case globs of pages and scripts", () => {
    expect(HTML_FILES).toEqual(expect.arrayContaining(["**/*.html", "**/*.pug", "**/*.shtml", "**/*.@(H[tT][mM][lL]|hT[mM][lL]|htM[lL]|htmL)", "**/*.@(P[uU][gG]|pU[gG]|puG)"]));
    expect(JS_FILES).toEqual(expect.arrayContaining(["**/*.js", "**/*.@(J[sS]|jS)"]));
    expect(HTML_FILES.indexOf("**/*.scss")).toBeLessThan(HTML_FILES.findIndex((glob) => glob.includes("@(")));
  });

  it("ESLint's Node API lints Index.HTML with pixel-guard's parser even where @html-eslint owns **/*.html", async () => {
    const configs = buildConfig("recommended", plugin, { ...OWN_HOSTS, html: true });
    const eslint = new ESLint({ cwd: fixture("graph-case-variants"), overrideConfigFile: true, overrideConfig: configs as Linter.Config[] });
    const upper = (await eslint.calculateConfigForFile("Report.HTML")) as Linter.Config;
    const lower = (await eslint.calculateConfigForFile("About.html")) as Linter.Config;
    expect(upper.rules?.["pixel-guard/no-meta-pixel"]).toBeDefined();
    expect(upper.languageOptions?.parser).toBe(textParser);
    // the lower-case page is left to the site's own HTML parser
    expect(lower.rules?.["pixel-guard/no-meta-pixel"]).toBeDefined();
    expect(lower.languageOptions?.parser).not.toBe(textParser);
  });
});

describe("the pixel-guard command", () => {
  it("lints pages with upper- and mixed-case extensions, found in folders and named on the command line", () => {
    const site = copyFixture("graph-case-variants");
    const all = pixelGuard([], site);
    expect(all.status).toBe(1);
    expect(all.stdout).toContain("Report.HTML");
    expect(all.stdout).toContain(path.join("legacy", "Contact.PHTML"));
    expect(all.stdout).toMatch(/4:18\s+error\s+This markup tells Meta .* Found: The onclick handler calling fbq\('track', 'Contact'\)/);
    const named = pixelGuard(["legacy/Contact.PHTML"], site);
    expect(named.stdout).toContain(path.join("legacy", "Contact.PHTML"));
    expect(named.stdout).not.toContain("Report.HTML");
  });
});

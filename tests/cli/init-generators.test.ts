import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

const settingsIn = (site: string): unknown => JSON.parse(readFileSync(path.join(site, "pixel-guard.config.json"), "utf8"));

describe("pixel-guard init: site generators", () => {
  it.each([
    ["graph-eleventy-markdown", "Eleventy"],
    ["graph-jekyll-defaults", "Jekyll"],
    ["graph-hugo", "Hugo"],
    ["graph-nuxt", "Nuxt"],
    ["graph-sveltekit", "SvelteKit"],
    ["graph-remix", "Remix / React Router"],
    ["graph-rails-controller", "Rails"],
  ])("%s: names %s and writes no templateRoots (its conventions need none)", (fixture, generator) => {
    const site = copyFixture(fixture);
    const run = pixelGuard(["init"], site);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Found ${generator}: the layouts and includes its pages use are followed with no settings`);
    expect(settingsIn(site)).toMatchObject({ templateRoots: [] });
  });

  it("suggests the template folders of a site no convention covers", () => {
    const site = copyFixture("cli-clean");
    mkdirSync(path.join(site, "templates"), { recursive: true });
    writeFileSync(path.join(site, "templates", "base.njk"), "<html></html>\n");
    const run = pixelGuard(["init"], site);
    expect(settingsIn(site)).toMatchObject({ templateRoots: ["templates"] });
    expect(run.stdout).toContain('No site generator found: shared templates are looked up in templates/ ("templateRoots").');
  });
});

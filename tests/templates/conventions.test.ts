/**
 * Site generators' conventions with no settings (no templateRoots): each fixture site
 * (tests/fixtures/graph-<generator>-*) has a sensitive page that reaches a tracker through the
 * layout its generator gives it; the page reports it at the link (1:1 for an implicit wrapper) and
 * the layout reports it as pulled in by the page.
 */
import { fixture } from "./helpers.js";
import { directoryDataLayoutOf } from "../../src/templates/eleventy-data.js";
import { eleventyDirsOf, jekyllDefaultLayoutOf, siteOf } from "../../src/templates/site-config.js";
import { reportsOf } from "./helpers.js";

describe("Eleventy: dir.layouts from .eleventy.js, directory data, Markdown pages", () => {
  it("layouts from .eleventy.js `dir` (src/layouts), a 11tydata.js layout, a Markdown page's inline <img> beacon at its column, the code-block example page silent", async () => {
    expect(await reportsOf("graph-eleventy-markdown")).toEqual([
      "src/layouts/base.njk:6:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by 3 sensitive pages: src/support/hiv-testing.md, src/victims/after-a-rape.md, src/victims/escape.njk",
      "src/layouts/base.njk:7:3 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by 3 sensitive pages: src/support/hiv-testing.md, src/victims/after-a-rape.md, src/victims/escape.njk",
      "src/layouts/base.njk:7:3 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
      "src/layouts/base.njk:8:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by 3 sensitive pages: src/support/hiv-testing.md, src/victims/after-a-rape.md, src/victims/escape.njk",
      "src/support/hiv-testing.md:3:1 pixel-guard/no-fbq-events src/layouts/base.njk:7 loads fbq('init', '1234567890') (and 1 more); health: front matter \"sensitive\" on line 1",
      "src/support/hiv-testing.md:3:1 pixel-guard/no-meta-pixel src/layouts/base.njk:6 loads the Meta Pixel base code; health: front matter \"sensitive\" on line 1",
      "src/support/sexual-health.md:8:77 pixel-guard/no-meta-pixel The facebook.com/tr image beacon (facebook.com/tr?id=1234567890&ev=PageView&noscript=1); health: front matter \"sensitive\" on line 1",
      "src/victims/after-a-rape.md:1:1 pixel-guard/no-fbq-events src/layouts/base.njk:7 loads fbq('init', '1234567890') (and 1 more); sexual-offences: sensitive-content comment on line 4",
      "src/victims/after-a-rape.md:1:1 pixel-guard/no-meta-pixel src/layouts/base.njk:6 loads the Meta Pixel base code; sexual-offences: sensitive-content comment on line 4",
      "src/victims/escape.njk:1:1 pixel-guard/no-fbq-events src/layouts/base.njk:7 loads fbq('init', '1234567890') (and 1 more); sexual-offences: sensitive-content comment on line 4",
      "src/victims/escape.njk:1:1 pixel-guard/no-meta-pixel src/layouts/base.njk:6 loads the Meta Pixel base code; sexual-offences: sensitive-content comment on line 4"
    ]);
  });
});

describe("Jekyll: _config.yml defaults and layout chains", () => {
  it("a page with no layout: gets `page` from the `support` scope, which chains to `default` through its own front matter, which includes analytics.html", async () => {
    expect(await reportsOf("graph-jekyll-defaults")).toEqual([
      "_includes/analytics.html:2:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: support/after-rape.md",
      "_includes/analytics.html:3:3 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by a sensitive page: support/after-rape.md",
      "_includes/analytics.html:3:3 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
      "_includes/analytics.html:4:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: support/after-rape.md",
      "support/after-rape.md:1:1 pixel-guard/no-fbq-events _layouts/page.html -> _layouts/default.html -> _includes/analytics.html:3 loads fbq('init', '1234567890') (and 1 more); sexual-offences: front matter \"sensitive\" on line 1",
      "support/after-rape.md:1:1 pixel-guard/no-meta-pixel _layouts/page.html -> _layouts/default.html -> _includes/analytics.html:2 loads the Meta Pixel base code; sexual-offences: front matter \"sensitive\" on line 1"
    ]);
  });
});

describe("Hugo: content pages through single.html into baseof.html", () => {
  it("a content page reaches layouts/_default/baseof.html through single.html", async () => {
    expect(await reportsOf("graph-hugo")).toEqual([
      "content/support/domestic-abuse.md:1:1 pixel-guard/no-fbq-events layouts/_default/single.html -> layouts/_default/baseof.html:8 loads fbq('init', '1234567890') (and 1 more); abuse: front matter \"sensitive\" on line 1",
      "content/support/domestic-abuse.md:1:1 pixel-guard/no-meta-pixel layouts/_default/single.html -> layouts/_default/baseof.html:7 loads the Meta Pixel base code; abuse: front matter \"sensitive\" on line 1",
      "layouts/_default/baseof.html:7:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: content/support/domestic-abuse.md",
      "layouts/_default/baseof.html:8:3 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by a sensitive page: content/support/domestic-abuse.md",
      "layouts/_default/baseof.html:8:3 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
      "layouts/_default/baseof.html:9:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: content/support/domestic-abuse.md"
    ]);
  });
});

describe("Nuxt: layouts/default.vue around pages/**", () => {
  it("the page reaches the layout's useHead script; app.vue holds none", async () => {
    expect(await reportsOf("graph-nuxt")).toEqual([
      "layouts/default.vue:3:19 pixel-guard/no-meta-pixel The fbevents.js loader (connect.facebook.net/en_US/fbevents.js); it is pulled in by a sensitive page: pages/support/hiv.vue",
      "pages/support/hiv.vue:1:1 pixel-guard/no-meta-pixel layouts/default.vue:3 loads the fbevents.js loader (connect.facebook.net/en_US/fbevents.js); health: sensitive-content comment on line 1"
    ]);
  });
});

describe("SvelteKit: nested +layout.svelte", () => {
  it("the page reaches the root layout through the support layout", async () => {
    expect(await reportsOf("graph-sveltekit")).toEqual([
      "src/routes/+layout.svelte:6:22 pixel-guard/no-meta-pixel The fbevents.js loader (connect.facebook.net/en_US/fbevents.js); it is pulled in by a sensitive page: src/routes/support/abuse/+page.svelte",
      "src/routes/support/abuse/+page.svelte:1:1 pixel-guard/no-meta-pixel src/routes/support/+layout.svelte -> src/routes/+layout.svelte:6 loads the fbevents.js loader (connect.facebook.net/en_US/fbevents.js); abuse: sensitive-content comment on line 1"
    ]);
  });
});

describe("Remix: app/root.tsx around every route", () => {
  it("the route reaches root.tsx", async () => {
    expect(await reportsOf("graph-remix")).toEqual([
      "app/root.tsx:9:27 pixel-guard/no-meta-pixel The fbevents.js loader (connect.facebook.net/en_US/fbevents.js); it is pulled in by a sensitive page: app/routes/support.stalking.tsx",
      "app/routes/support.stalking.tsx:1:1 pixel-guard/no-meta-pixel app/root.tsx:9 loads the fbevents.js loader (connect.facebook.net/en_US/fbevents.js); crime-victims: sensitive-content comment on line 1"
    ]);
  });
});

describe("Rails: the controller's layout \"support\"", () => {
  it("the support controller's view reaches layouts/support.html.erb; the home view gets application.html.erb, which loads nothing", async () => {
    expect(await reportsOf("graph-rails-controller")).toEqual([
      "app/views/layouts/support.html.erb:7:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: app/views/support/show.html.erb",
      "app/views/layouts/support.html.erb:8:3 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by a sensitive page: app/views/support/show.html.erb",
      "app/views/layouts/support.html.erb:8:3 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
      "app/views/layouts/support.html.erb:9:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: app/views/support/show.html.erb",
      "app/views/support/show.html.erb:1:1 pixel-guard/no-fbq-events app/views/layouts/support.html.erb:8 loads fbq('init', '1234567890') (and 1 more); sexual-offences: sensitive-content comment on line 1",
      "app/views/support/show.html.erb:1:1 pixel-guard/no-meta-pixel app/views/layouts/support.html.erb:7 loads the Meta Pixel base code; sexual-offences: sensitive-content comment on line 1"
    ]);
  });
});

describe("site configs, read without settings", () => {
  it("reads Eleventy's dir from the returned object, `export const config` and the setters, literals only", () => {
    expect(eleventyDirsOf(`module.exports = function (eleventyConfig) {\n  return { dir: { input: "src", includes: "_includes", layouts: "_layouts" } };\n};`)).toEqual({ input: "src", includes: "_includes", layouts: "_layouts" });
    expect(eleventyDirsOf("export const config = { dir: { input: `content`, includes: '../_includes' } };")).toEqual({ input: "content", includes: "../_includes" });
    expect(eleventyDirsOf('export default function (c) { c.setLayoutsDirectory("layouts"); }')).toEqual({ layouts: "layouts" });
    // not a literal: left to Eleventy's defaults
    expect(eleventyDirsOf("const { folders: dir } = require('config');\nmodule.exports = () => ({ dir: { input: dir.input } });")).toEqual({});
    expect(eleventyDirsOf("module.exports = {")).toEqual({});
  });

  it("finds the site above a page and its layout folders", () => {
    const root = fixture("graph-eleventy-markdown");
    const site = siteOf(`${root}/src/support/hiv-testing.md`);
    expect(site).toMatchObject({ generator: "eleventy", root, layoutFolders: [`${root}/src/layouts`, `${root}/src/partials`, `${root}/src/_layouts`] });
    expect(directoryDataLayoutOf(`${root}/src/victims/after-a-rape.md`, root)).toEqual({ layout: "base.njk", file: `${root}/src/victims/victims.11tydata.js` });
    expect(directoryDataLayoutOf(`${root}/src/support/hiv-testing.md`, root)).toBeNull();
  });

  it("picks the most specific Jekyll default, by path and type", () => {
    const root = fixture("graph-jekyll-defaults");
    const site = siteOf(`${root}/support/after-rape.md`);
    expect(site?.generator).toBe("jekyll");
    expect(jekyllDefaultLayoutOf(site!, `${root}/support/after-rape.md`)).toBe("page");
    expect(jekyllDefaultLayoutOf(site!, `${root}/_posts/2024-03-01-our-helpline.md`)).toBe("post");
    expect(jekyllDefaultLayoutOf(site!, `${root}/about.md`)).toBe("default");
  });
});

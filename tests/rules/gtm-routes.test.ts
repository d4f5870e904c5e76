/**
 * A container in a site folder, through ESLint's Node API: its triggers meet the URL paths of the
 * site's sensitive pages, read from file-based routing (Next.js pages/ and app/, Hugo content/,
 * a Jekyll permalink), without a sensitiveUrls setting.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { buildConfig } from "../../src/configs/build.js";
import { OWN_HOSTS } from "../../src/configs/hosts.js";
import plugin from "../../src/index.js";
import { routeOf } from "../../src/sensitivity/routes.js";
import { customHtml, exportOf, filter, META_CUSTOM_HTML, NEXT_SITE_FINDINGS, tag, trigger } from "./gtm-export.js";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

async function lint(site: string, file: string, text?: string, settings: object = {}): Promise<string[]> {
  const cwd = path.join(FIXTURES, site);
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...buildConfig("recommended", plugin, OWN_HOSTS), { settings: { "pixel-guard": settings } }] });
  const results = text === undefined ? await eslint.lintFiles([file]) : await eslint.lintText(text, { filePath: path.join(cwd, file) });
  return results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`));
}

describe("routes of sensitive pages", () => {
  it.each([
    ["pages/support/rape.tsx", "/support/rape"],
    ["pages/index.tsx", "/"],
    ["pages/blog/[slug].tsx", "/blog/*"],
    ["src/pages/docs/[...path].astro", "/docs/**"],
    ["pages/_app.tsx", null],
    ["pages/api/report.ts", null],
    ["app/(help)/hiv/testing/page.tsx", "/hiv/testing"],
    ["app/page.tsx", "/"],
    ["src/routes/support/[id]/+page.svelte", "/support/*"],
    ["pages/users/_id.vue", "/users/*"],
    ["lib/analytics.ts", null],
  ])("%s is served at %s", (file, route) => {
    expect(routeOf(file, () => "")).toBe(route);
  });

  it("reads Hugo content and Jekyll permalinks only in sites of those generators", () => {
    expect(routeOf("content/support/domestic-abuse.md", () => "", new Set(["hugo"]))).toBe("/support/domestic-abuse");
    expect(routeOf("content/support/domestic-abuse.md", () => "")).toBeNull();
    expect(routeOf("get-help/index.md", () => "---\npermalink: /get-help/\n---\n", new Set(["jekyll-or-eleventy"]))).toBe("/get-help/");
    expect(routeOf("_layouts/default.html", () => "", new Set(["jekyll-or-eleventy"]))).toBeNull();
    expect(routeOf("README.md", () => "# x")).toBeNull();
  });
});

describe("a container in a Next.js site", () => {
  it("reports the tags that reach its tagged pages, and not the one blocked there or on the donate page", async () => {
    const messages = await lint("gtm-next-site", "gtm/GTM-5JQFLR8_workspace12.json");
    expect(messages.map((message) => message.split(" ").slice(0, 2).join(" "))).toEqual(NEXT_SITE_FINDINGS);
    const text = messages.join("\n");
    expect(text).toContain('GTM tag "Meta Pixel - Base (recruitment)" fires on every page through trigger "All Pages", which includes the sensitive page app/hiv/testing/page.tsx (/hiv/testing)');
    // blocked on /support by its exception trigger, GA4 still reaches /hiv/testing
    expect(text).toContain('GTM tag "GA4 - Google Tag" fires on every page through trigger "All Pages", which includes the sensitive page app/hiv/testing/page.tsx (/hiv/testing)');
    expect(text).toContain('GTM tag "Hotjar - support journey" (paused, and one click from live) fires through trigger "PV - Support pages" where Page Path starts with "/support", which includes the sensitive page pages/support/rape.tsx (/support/rape)');
    expect(text).not.toContain("LinkedIn");
  });
});

describe("containers in Hugo and Jekyll sites", () => {
  const onPath = (value: string): string =>
    exportOf({ tag: [customHtml("Meta Pixel", META_CUSTOM_HTML, { firingTriggerId: ["20"] }), tag("GA4", "gaawc", { firingTriggerId: ["21"] })], trigger: [trigger("20", "PV - help", "pageview", { filter: [filter("contains", "{{Page URL}}", value)] }), trigger("21", "PV - about", "pageview", { filter: [filter("equals", "{{Page Path}}", "/about/")] })] });

  it("Hugo: a Page URL condition meets content/support/domestic-abuse.md", async () => {
    const messages = await lint("gtm-hugo-site", "gtm-export.json", onPath("/support/"));
    expect(messages.filter((message) => message.includes("no-meta-pixel"))).toHaveLength(2);
    expect(messages.join("\n")).toContain("which includes the sensitive page content/support/domestic-abuse.md (/support/domestic-abuse)");
    expect(messages.join("\n")).not.toContain("third-party");
  });

  it("Jekyll: a trigger on the page's permalink, not its file path", async () => {
    const trackerRules = (messages: string[]): string[] => messages.filter((message) => !message.includes("require-autoconfig-off"));
    expect(trackerRules(await lint("gtm-jekyll-site", "container.json", onPath("/get-help")))).toHaveLength(4);
    expect(trackerRules(await lint("gtm-jekyll-site", "container.json", onPath("/news")))).toEqual([]);
  });

  it("sensitiveUrls add paths no routing gives", async () => {
    const messages = await lint("gtm-jekyll-site", "container.json", onPath("/news"), { sensitiveUrls: ["/news/**"] });
    expect(messages.join("\n")).toContain('which includes "/news/**" in sensitiveUrls');
  });
});

describe("the json config object", () => {
  it("reads .json with the text parser, and leaves it to @eslint/json's language where the project has it", () => {
    const own = buildConfig("recommended", plugin, OWN_HOSTS).find((config) => config.name === "pixel-guard/recommended/json");
    const theirs = buildConfig("recommended", plugin, { ...OWN_HOSTS, json: true }).find((config) => config.name === "pixel-guard/recommended/json");
    expect(own?.files).toEqual(["**/*.json"]);
    expect(own?.languageOptions?.parser).toBeDefined();
    expect(theirs?.languageOptions).toBeUndefined();
    for (const rule of Object.values(plugin.rules)) expect((rule.meta as { languages?: string[] }).languages).toContain("json/json");
  });
});

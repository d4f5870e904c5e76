import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import plugin from "../../src/index.js";
import { COMMAND_CONFIG } from "../../src/cli/eslint-options.js";
import { buildConfig } from "../../src/configs/build.js";
import { OWN_HOSTS } from "../../src/configs/hosts.js";

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "next-victims");

function lint(settings: unknown, files = ["."]): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    cwd: fixture,
    overrideConfigFile: true,
    overrideConfig: [...COMMAND_CONFIG, { settings: { "pixel-guard": settings } }],
  });
  return eslint.lintFiles(files);
}

const summary = (results: ESLint.LintResult[]) =>
  results
    .flatMap((result) => result.messages.map((message) => `${path.relative(fixture, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}`))
    .sort();

describe("the plugin object", () => {
  it("has meta with the namespace and every rule", () => {
    expect(plugin.meta).toMatchObject({ name: "eslint-plugin-pixel-guard", namespace: "pixel-guard" });
    expect(Object.keys(plugin.rules).sort()).toEqual(["no-fbq-events", "no-meta-pixel", "no-sensitive-event-data", "no-third-party-trackers", "no-tracking-attributes", "no-untagged-sensitive-page", "require-autoconfig-off"]);
  });

  it("builds each config from rule meta, with files set on every object", () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) for (const entry of config) expect(entry.files?.length).toBeGreaterThan(0);
    expect(plugin.configs.recommended[0]?.rules).toMatchObject({ "pixel-guard/no-meta-pixel": "error", "pixel-guard/require-autoconfig-off": "warn" });
    expect(plugin.configs.strict[0]?.rules).toMatchObject({ "pixel-guard/require-autoconfig-off": "error" });
    // components are part of recommended now; the old config name still loads
    expect(plugin.configs.components).toEqual([]);
  });

  it("sets a parser or language only where the project has none of its own", () => {
    const hostOf = (config: Linter.Config[], kind: string) => {
      const entry = config.find((candidate) => candidate.name === `pixel-guard/recommended/${kind}`);
      return { parser: (entry?.languageOptions?.parser as { meta?: { name?: string } } | undefined)?.meta?.name ?? null, language: entry?.language ?? null, files: entry?.files };
    };
    const own = buildConfig("recommended", plugin, OWN_HOSTS);
    expect(hostOf(own, "ts")).toMatchObject({ parser: "pixel-guard/typescript-or-text-parser", language: null });
    for (const kind of ["vue", "svelte", "astro"]) expect(hostOf(own, kind)).toMatchObject({ parser: "pixel-guard/text-parser", language: null, files: [`**/*.${kind}`] });
    // pages too are read by the text parser on ESLint's JavaScript language, so that rules a site
    // runs on every file (js.configs.recommended, eslint-plugin-vue's) see an empty Program
    for (const kind of ["templates", "html", "css"]) expect(hostOf(own, kind)).toMatchObject({ parser: "pixel-guard/text-parser", language: null });
    const theirs = buildConfig("recommended", plugin, { typescript: true, vue: true, svelte: true, astro: true, html: true, css: true, markdown: true, json: true });
    for (const kind of ["js", "ts", "vue", "svelte", "astro", "html", "css"]) expect(hostOf(theirs, kind)).toMatchObject({ parser: null, language: null });
    // no framework plugin reads Nunjucks, Liquid, Twig...: pixel-guard always parses those
    expect(hostOf(theirs, "templates")).toMatchObject({ parser: "pixel-guard/text-parser" });
    expect(hostOf(theirs, "templates").files).toContain("**/*.njk");
    // every object enables the same pixel-guard rules
    const ours = (entry: Linter.Config) => Object.keys(entry.rules ?? {}).filter((id) => id.startsWith("pixel-guard/"));
    for (const entry of [...own, ...theirs]) expect(ours(entry)).toEqual(ours(own[0] as Linter.Config));
  });

  it("every rule sets docs.url, messages, schema, defaultOptions and languages", () => {
    for (const [id, rule] of Object.entries(plugin.rules)) {
      const meta = rule.meta as typeof rule.meta & { languages?: string[]; defaultOptions?: unknown[] };
      expect(meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
      expect(Object.keys(meta.messages ?? {}).length).toBeGreaterThan(0);
      expect(meta.languages).toContain("pixel-guard/html");
      expect(meta.schema).toBeDefined();
      expect(meta.defaultOptions).toEqual([]);
      expect(meta.languages).toContain("js/js");
    }
  });
});

describe("through ESLint's Node API", () => {
  it("strict treats a page that reads as sensitive as sensitive, keeping the user's own settings", async () => {
    const eslint = new ESLint({ cwd: fixture, overrideConfigFile: true, overrideConfig: [...buildConfig("strict", plugin, OWN_HOSTS), { settings: { "pixel-guard": { sensitive: ["nothing/**"] } } }] });
    const [result] = await eslint.lintText("export const P = () => <main><h1>Report a hate crime</h1><p>Victims of hate crime can report online.</p></main>;\nfbq('track', 'Lead');", { filePath: path.join(fixture, "pages", "report.jsx") });
    expect(result?.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(["2:1 pixel-guard/no-untagged-sensitive-page", "2:1 pixel-guard/no-fbq-events"].sort());
    expect(result?.messages.find((message) => message.ruleId === "pixel-guard/no-fbq-events")?.message).toContain("reads as crime-victims: 'hate crime'");
  });

  it("lints .js, .jsx, .ts and .tsx with the recommended config and the sensitive glob", async () => {
    expect(summary(await lint({ sensitive: ["pages/victims/**"] }))).toEqual([
      "lib/analytics.js:2:3 pixel-guard/require-autoconfig-off",
      "pages/careers.jsx:4:3 pixel-guard/require-autoconfig-off",
      "pages/victims/layout.tsx:6:28 pixel-guard/no-meta-pixel",
      "pages/victims/layout.tsx:7:5 pixel-guard/no-fbq-events",
      "pages/victims/report.ts:3:3 pixel-guard/no-fbq-events",
      "pages/victims/report.ts:3:50 pixel-guard/no-sensitive-event-data",
    ]);
  });

  it("without the glob only the every-file rules report", async () => {
    expect(summary(await lint({}))).toEqual([
      "lib/analytics.js:2:3 pixel-guard/require-autoconfig-off",
      "pages/careers.jsx:4:3 pixel-guard/require-autoconfig-off",
      "pages/victims/report.ts:3:50 pixel-guard/no-sensitive-event-data",
    ]);
  });

  it("stops with an error that names a wrong setting", async () => {
    await expect(lint({ sensitiv: ["x"] })).rejects.toThrow('settings["pixel-guard"].sensitiv is not a setting');
  });

  it("a file that cannot be parsed is one fatal message, not a crash", async () => {
    const eslint = new ESLint({ cwd: fixture, overrideConfigFile: true, overrideConfig: COMMAND_CONFIG });
    const [result] = await eslint.lintText("// sensitive-content\nfbq('track', 'Lead'", { filePath: path.join(fixture, "broken.js") });
    expect(result?.messages).toHaveLength(1);
    expect(result?.messages[0]).toMatchObject({ fatal: true, line: 2 });
  });
});

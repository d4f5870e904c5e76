/**
 * pixel-guard's `recommended` config next to a framework plugin's own recommended config, in both
 * orders, on real-shaped components and pages: ESLint must not crash (exit 2), pixel-guard must
 * find the tracker call in a template event handler, the framework plugin's own rule must still
 * report, and no pixel-guard finding may be reported twice (eslint-plugin-astro's processor also
 * hands each <script> to ESLint as a block of its own).
 *
 * The plugin is loaded from dist/ (`npm run build` first), as a site installs it.
 */
import type { Linter } from "eslint";
import { copyFixture, duplicates, importDefault, isPixelGuard, lint, loadConfigBuilder, loadPixelGuard, removeCopies, where, type Lint } from "./helpers.js";

interface Finding {
  ruleId: string;
  line: number;
  column: number;
}

interface Framework {
  /** what the case is called in test names */
  name: string;
  fixture: string;
  /** the framework plugin's config, as its README tells a site to add it */
  config: () => Promise<Linter.Config[]>;
  /** a page tagged sensitive, with a tracker call in a template event handler and a framework-rule violation */
  sensitive: string;
  /** the handler's tracker call: one finding, the handler's (`pixel-guard/no-tracking-attributes` at the call; svelte's `on:click` is read as a call) */
  handler: Finding & { call: string };
  /** other pixel-guard findings that must be there, once each */
  alsoFound?: (Finding & { what: string })[];
  /** one of the framework plugin's own rules, violated in `sensitive` */
  own: Finding & { what: string };
  /** an untagged component that calls fbq too (no pixel-guard message expected) */
  untagged: string;
}

/** A framework plugin's flat recommended config (`flat/recommended`, or `recommended` where that is the flat one). */
async function flatRecommended(name: string): Promise<Linter.Config[]> {
  const { configs } = await importDefault<{ configs: Record<string, unknown> }>(name);
  const config = configs["flat/recommended"] ?? configs.recommended;
  if (!Array.isArray(config)) throw new Error(`${name} has no flat recommended config (configs: ${Object.keys(configs).join(", ")})`);
  return config as Linter.Config[];
}

type HtmlPlugin = { configs: { recommended: { rules: Linter.RulesRecord }; "flat/recommended": Linter.Config } };

const FRAMEWORKS: Framework[] = [
  {
    name: "vue (eslint-plugin-vue flat/recommended)",
    fixture: "coexist-vue",
    config: () => flatRecommended("eslint-plugin-vue"),
    sensitive: "src/components/ReportCrime.vue",
    handler: { ruleId: "pixel-guard/no-tracking-attributes", line: 8, column: 35, call: `@click="fbq('trackCustom', 'ReportCrime')"` },
    own: { ruleId: "vue/require-v-for-key", line: 6, column: 7, what: "v-for without :key" },
    untagged: "src/components/OpeningHours.vue",
  },
  {
    name: "svelte (eslint-plugin-svelte flat/recommended)",
    fixture: "coexist-svelte",
    config: () => flatRecommended("eslint-plugin-svelte"),
    sensitive: "src/routes/report/+page.svelte",
    handler: { ruleId: "pixel-guard/no-fbq-events", line: 8, column: 39, call: "on:click={() => fbq('track', 'Lead')}" },
    own: { ruleId: "svelte/no-at-html-tags", line: 7, column: 1, what: "{@html notice}" },
    untagged: "src/lib/OpeningHours.svelte",
  },
  {
    name: "astro (eslint-plugin-astro flat/recommended, with its <script> processor)",
    fixture: "coexist-astro",
    config: () => flatRecommended("eslint-plugin-astro"),
    sensitive: "src/pages/report.astro",
    handler: { ruleId: "pixel-guard/no-tracking-attributes", line: 21, column: 36, call: `onclick="fbq('track', 'Lead')"` },
    alsoFound: [
      { ruleId: "pixel-guard/no-meta-pixel", line: 10, column: 7, what: "the Pixel base code in <script is:inline>" },
      { ruleId: "pixel-guard/no-fbq-events", line: 15, column: 7, what: "fbq('init') in <script is:inline>" },
      { ruleId: "pixel-guard/no-fbq-events", line: 23, column: 72, what: "fbq('trackCustom') in a processed <script>" },
    ],
    own: { ruleId: "astro/no-deprecated-astro-canonicalurl", line: 3, column: 19, what: "Astro.canonicalURL in the frontmatter" },
    untagged: "src/pages/opening-hours.astro",
  },
  {
    name: 'html (@html-eslint, language "html/html")',
    fixture: "coexist-html",
    config: async () => {
      const html = await importDefault<HtmlPlugin>("@html-eslint/eslint-plugin");
      return [{ files: ["**/*.html"], plugins: { html: html as never }, language: "html/html", rules: html.configs.recommended.rules }];
    },
    sensitive: "report-crime.html",
    handler: { ruleId: "pixel-guard/no-tracking-attributes", line: 10, column: 36, call: `onclick="fbq('trackCustom', 'ReportCrime')"` },
    own: { ruleId: "html/require-img-alt", line: 8, column: 5, what: "<img> without alt" },
    untagged: "opening-hours.html",
  },
  {
    name: "html (@html-eslint flat/recommended, @html-eslint/parser)",
    fixture: "coexist-html",
    config: async () => {
      const html = await importDefault<HtmlPlugin>("@html-eslint/eslint-plugin");
      return [{ files: ["**/*.html"], ...html.configs["flat/recommended"] }];
    },
    sensitive: "report-crime.html",
    handler: { ruleId: "pixel-guard/no-tracking-attributes", line: 10, column: 36, call: `onclick="fbq('trackCustom', 'ReportCrime')"` },
    own: { ruleId: "@html-eslint/require-img-alt", line: 8, column: 5, what: "<img> without alt" },
    untagged: "opening-hours.html",
  },
];

type Order = "pixel-guard first" | "framework first";
const ORDERS: Order[] = ["pixel-guard first", "framework first"];

let pixelGuard: Awaited<ReturnType<typeof loadPixelGuard>>;
beforeAll(async () => {
  pixelGuard = await loadPixelGuard();
});
afterAll(removeCopies);

const runs = new Map<string, Promise<Lint>>();

/** One ESLint run per framework, order and file, shared by the assertions about it. */
function run(framework: Framework, order: Order, file: string): Promise<Lint> {
  const key = `${framework.name}|${order}|${file}`;
  let result = runs.get(key);
  if (!result) {
    result = (async () => {
      const own = await framework.config();
      const config = order === "pixel-guard first" ? [...pixelGuard.configs.recommended, ...own] : [...own, ...pixelGuard.configs.recommended];
      return lint(copyFixture(framework.fixture), config, [file]);
    })();
    runs.set(key, result);
  }
  return result;
}

/** Fails with ESLint's own words when the run crashed, so that every assertion below says why. */
function expectNoCrash(result: Lint): void {
  expect(result.error).toBeNull();
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
}

const at = (finding: Finding): string => `${finding.ruleId} ${finding.line}:${finding.column}`;

describe.each(FRAMEWORKS)("$name", (framework) => {
  describe.each(ORDERS)("%s", (order) => {
    const label = order === "pixel-guard first" ? "[...pixelGuard.configs.recommended, ...framework]" : "[...framework, ...pixelGuard.configs.recommended]";

    it(`${label}: a sensitive ${framework.sensitive} lints with no thrown error and no fatal message (eslint would not exit 2)`, async () => {
      expectNoCrash(await run(framework, order, framework.sensitive));
    });

    it(`${label}: pixel-guard reports the tracker call in the template handler ${framework.handler.call} as ${at(framework.handler)}`, async () => {
      const result = await run(framework, order, framework.sensitive);
      expectNoCrash(result);
      expect(result.messages.filter(isPixelGuard).map(where)).toContain(at(framework.handler));
    });

    if (framework.alsoFound) {
      it.each(framework.alsoFound)(`${label}: pixel-guard also reports $what ($ruleId $line:$column)`, async (finding) => {
        const result = await run(framework, order, framework.sensitive);
        expectNoCrash(result);
        expect(result.messages.filter(isPixelGuard).map(where)).toContain(at(finding));
      });
    }

    it(`${label}: the framework's own rule still reports (${framework.own.what}: ${at(framework.own)})`, async () => {
      const result = await run(framework, order, framework.sensitive);
      expectNoCrash(result);
      expect(result.messages.map(where)).toContain(at(framework.own));
    });

    it(`${label}: every pixel-guard finding is reported exactly once (same rule, line and column)`, async () => {
      const result = await run(framework, order, framework.sensitive);
      expectNoCrash(result);
      const found = result.messages.filter(isPixelGuard);
      expect(found.length).toBeGreaterThan(0);
      expect(duplicates(found)).toEqual([]);
    });

    it(`${label}: an untagged ${framework.untagged} that also calls fbq gets no pixel-guard message`, async () => {
      const result = await run(framework, order, framework.untagged);
      expectNoCrash(result);
      expect(result.messages.filter(isPixelGuard).map(where)).toEqual([]);
    });
  });
});

/**
 * The framework plugins' rule configs have no `files` (eslint-plugin-vue's `vue/essential/rules`,
 * eslint-plugin-svelte's `svelte:recommended:rules`), so their rules also run on the plain .html
 * pages pixel-guard lints: a Vite app's index.html, SvelteKit's src/app.html. In a Vue or Svelte
 * project without @html-eslint (this repository has it, so the config is built for that project's
 * parsers), pixel-guard's html language reads those pages and the framework's rules find nothing there.
 */
describe.each([
  { name: "vue", fixture: "coexist-vue", page: "index.html", config: FRAMEWORKS[0]!.config },
  { name: "svelte", fixture: "coexist-svelte", page: "src/app.html", config: FRAMEWORKS[1]!.config },
])("a plain HTML page in a $name project", ({ fixture, page, config }) => {
  it.each(ORDERS)(`%s: pixel-guard lints ${page} (the Pixel's init without autoConfig off: require-autoconfig-off 9:7) and the framework's rules do not crash on it`, async (order) => {
    const own = await config();
    const { buildConfig, hostsOf } = await loadConfigBuilder();
    const recommended = buildConfig("recommended", pixelGuard, { ...hostsOf(), html: false });
    const all = order === "pixel-guard first" ? [...recommended, ...own] : [...own, ...recommended];
    const result = await lint(copyFixture(fixture), all, [page]);
    expectNoCrash(result);
    expect(result.messages.filter(isPixelGuard).map(where)).toEqual(["pixel-guard/require-autoconfig-off 9:7"]);
  });
});

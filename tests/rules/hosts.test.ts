/**
 * One analysis, any parser: the same component or page gives the same pixel-guard findings
 * (rule, line, column, end) whichever parser or language ESLint was told to use for it:
 * pixel-guard's own html language, pixel-guard's text parser, vue-eslint-parser,
 * svelte-eslint-parser, astro-eslint-parser, @html-eslint's language and its legacy parser.
 */
import htmlEslint from "@html-eslint/eslint-plugin";
import htmlEslintParser from "@html-eslint/parser";
import astroParser from "astro-eslint-parser";
import { Linter } from "eslint";
import svelteParser from "svelte-eslint-parser";
import vueParser from "vue-eslint-parser";
import { textParser } from "../../src/language/text-parser.js";
import plugin from "../../src/index.js";
import { BASE_CODE_MINIFIED } from "../rule-tester.js";

const SITE = "/site";
const FILES = ["**/*.vue", "**/*.svelte", "**/*.astro", "**/*.html"];
const rules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`pixel-guard/${id}`, "error" as const]));
const HOSTS: Record<string, Linter.Config> = {
  "pixel-guard/html": { language: "pixel-guard/html" },
  "text parser": { languageOptions: { parser: textParser as Linter.Parser } },
  "vue-eslint-parser": { languageOptions: { parser: vueParser as Linter.Parser } },
  "svelte-eslint-parser": { languageOptions: { parser: svelteParser as Linter.Parser } },
  "astro-eslint-parser": { languageOptions: { parser: astroParser as Linter.Parser } },
  "@html-eslint language": { plugins: { html: htmlEslint as never }, language: "html/html" },
  "@html-eslint language, named @html-eslint": { plugins: { "@html-eslint": htmlEslint as never }, language: "@html-eslint/html" },
  "@html-eslint parser": { languageOptions: { parser: htmlEslintParser as Linter.Parser } },
};

/** pixel-guard's messages for a file under a host, as "rule line:column-endLine:endColumn". */
function findingsOf(code: string, filename: string, host: string): string[] {
  const linter = new Linter({ configType: "flat", cwd: SITE });
  const config: Linter.Config[] = [{ files: FILES, plugins: { "pixel-guard": plugin as never }, rules }, { files: FILES, ...HOSTS[host] }];
  return linter
    .verify(code, config, { filename: `${SITE}/${filename}` })
    .map((message) => `${message.ruleId ?? `fatal: ${message.message}`} ${message.line}:${message.column}-${message.endLine ?? "?"}:${message.endColumn ?? "?"}`)
    .sort();
}

const vue = [
  "<!-- sensitive-content: crime-victims -->",
  "<template>",
  "  <form @submit.prevent=\"send\">",
  "    <button type=\"submit\" @click=\"fbq('trackCustom', 'ReportCrime')\">Report a crime</button>",
  "    <noscript><img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://www.facebook.com/tr?id=123&amp;ev=PageView&amp;noscript=1\"></noscript>",
  "  </form>",
  "</template>",
  "<script setup>",
  "import { onMounted } from 'vue';",
  "onMounted(() => { window.fbq('track', 'ViewContent', { content_name: document.title }); });",
  "function send() {}",
  "</script>",
].join("\n");

const svelte = [
  "<!-- sensitive-content -->",
  "<script>",
  "  export let label = 'Report';",
  "</script>",
  "<svelte:head>",
  `  <script>${BASE_CODE_MINIFIED}</script>`,
  "</svelte:head>",
  "<button on:click={() => fbq('track', 'Lead')}>{label}</button>",
].join("\n");

const astro = [
  "---",
  "// sensitive-content: health",
  "const title = 'HIV testing';",
  "---",
  "<html><head><title>{title}</title>",
  "<script is:inline>",
  "  fbq('init', '123456');",
  "  fbq('track', 'PageView');",
  "</script>",
  "</head><body><button onclick=\"fbq('track', 'Schedule')\">Book a test</button></body></html>",
].join("\n");

const page = [
  "<!doctype html>",
  "<!-- sensitive-content: abuse -->",
  "<html><head><title>Domestic abuse</title>",
  `<script>${BASE_CODE_MINIFIED}fbq('init', '42');</script>`,
  "</head><body>",
  "<a href=\"/help\" data-fbq-event=\"Contact\">Get help</a>",
  "<button onclick=\"fbq('track', 'Lead')\">Call us</button>",
  "</body></html>",
].join("\n");

describe.each([
  { kind: "a Vue component", filename: "src/components/ReportForm.vue", code: vue, hosts: ["pixel-guard/html", "text parser", "vue-eslint-parser"], count: 5 },
  { kind: "a Svelte component", filename: "src/routes/report/+page.svelte", code: svelte, hosts: ["pixel-guard/html", "text parser", "svelte-eslint-parser"], count: 2 },
  { kind: "an Astro page", filename: "src/pages/hiv-testing.astro", code: astro, hosts: ["pixel-guard/html", "text parser", "astro-eslint-parser"], count: 4 },
  { kind: "an HTML page", filename: "public/abuse.html", code: page, hosts: ["pixel-guard/html", "text parser", "@html-eslint language", "@html-eslint language, named @html-eslint", "@html-eslint parser"], count: 5 },
])("$kind", ({ filename, code, hosts, count }) => {
  const expected = findingsOf(code, filename, "pixel-guard/html");

  it("is reported by pixel-guard's own language", () => {
    expect(expected.filter((line) => line.startsWith("fatal"))).toEqual([]);
    expect(expected).toHaveLength(count);
  });

  it.each(hosts.slice(1))("gives the same findings under %s", (host) => {
    expect(findingsOf(code, filename, host)).toEqual(expected);
  });

  it.each(hosts.slice(1))("gives nothing under %s when the page is not tagged", (host) => {
    const untagged = code.replace(/sensitive-content(?::[ \w-]+)?/u, "a comment");
    const messages = findingsOf(untagged, filename, host).filter((line) => !/no-sensitive-event-data|require-autoconfig-off|no-untagged-sensitive-page/u.test(line));
    expect(messages).toEqual([]);
  });
});

describe("the text parser", () => {
  it("hands ESLint an empty Program holding the page's comments, so eslint-disable comments in markup work", () => {
    const code = "<!-- sensitive-content -->\n<!-- eslint-disable-next-line pixel-guard/no-tracking-attributes -->\n<button @click=\"fbq('track', 'Lead')\">Go<a data-gtm-click=\"1\">x</a></button>";
    expect(findingsOf(code, "Report.vue", "text parser")).toEqual([]);
    const parsed = textParser.parseForESLint(code, { filePath: "Report.vue" });
    expect(parsed.ast.body).toEqual([]);
    expect(parsed.ast.comments.map((comment) => comment.type)).toEqual(["Block", "Block"]);
  });
});

describe("language ids, whatever the config names the plugins", () => {
  it("runs pixel-guard's rules on its own language under another plugin name (ESLint matches by meta.namespace)", () => {
    const linter = new Linter({ configType: "flat", cwd: SITE });
    const config: Linter.Config[] = [{ files: FILES, plugins: { pg: plugin as never }, language: "pg/html", rules: { "pg/no-fbq-events": "error" } }];
    const messages = linter.verify(page, config, { filename: `${SITE}/public/abuse.html` });
    expect(messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual(["pg/no-fbq-events 4:385"]);
  });
});

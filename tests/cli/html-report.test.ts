// The HTML report as a person sees it: opened in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; .ci/run installs it), read as rendered text, filtered by clicking.
// In CI (CI set) a missing browser fails the suite; on a machine without one it is skipped with a
// note printed, never silently.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { CONTENT_SECURITY_POLICY } from "../../src/cli/html-report/index.js";
import { escapeHtml } from "../../src/cli/html-report/escape.js";
import { reportOf } from "../../src/cli/html-report/model.js";
import { renderReport } from "../../src/cli/html-report/index.js";
import { parseSettings } from "../../src/sensitivity/settings.js";
import { copyFixture, pixelGuard, removeCopies } from "./helpers.js";

afterAll(removeCopies);

const CHROMIUM = process.env.PIXEL_GUARD_CHROMIUM ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI) throw new Error(`The HTML report's browser test needs Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium when it is missing)`);
if (!hasChromium) process.stderr.write(`\nNOTE: tests/cli/html-report.test.ts: browser checks SKIPPED, no Chromium at ${CHROMIUM} (apt-get install chromium, or set PIXEL_GUARD_CHROMIUM)\n\n`);
const inBrowser = hasChromium ? describe : describe.skip;

/** The report of the fixture site, with a file whose name is markup, written by the command. */
function writeReport(): { site: string; file: string; html: string } {
  const site = copyFixture("html-report-site");
  const hostile = readFileSync(path.join(site, "pages/support/hostile.njk"), "utf8");
  writeFileSync(path.join(site, "pages/support/<img src=x onerror=window.__pwned=3>.njk"), hostile);
  const run = pixelGuard(["--format", "html", "-o", "out/report.html"], site);
  expect([run.status, run.stderr]).toEqual([1, ""]);
  const file = path.join(site, "out/report.html");
  return { site, file, html: readFileSync(file, "utf8") };
}

describe("--format html, as text", () => {
  const { html } = writeReport();

  it("escapes every character that opens markup", () => {
    expect(escapeHtml(`</script><img src=x onerror="a('b')">&\``)).toBe("&#60;/script&#62;&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;&#96;");
  });

  it("is one file that loads nothing from elsewhere, with a CSP that forbids it", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+'; script-src 'sha256-[\w+/=]+'; img-src 'none'/);
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
    // the only <script> is ours, and the hostile file name and lines arrive as text
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<svg");
    expect(html).toContain("&#60;/script&#62;&#60;img src=x onerror=&#34;window.__pwned=1&#34;&#62;");
  });
});

describe("the report's data", () => {
  it("lists a file that could not be checked apart from the findings, and a parse error as a finding", () => {
    const root = path.resolve("/site");
    const base = { suppressedMessages: [], errorCount: 1, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
    const report = reportOf(
      [
        { ...base, filePath: path.join(root, "huge.html"), source: "", messages: [{ ruleId: null, severity: 1, message: "File skipped: larger than 2 MB", line: 0, column: 0 }] },
        { ...base, filePath: path.join(root, "broken.js"), source: "fbq(\n", messages: [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: Unexpected token", line: 2, column: 1 }] },
      ],
      root,
      parseSettings(undefined),
      "1.2.3",
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(report.notChecked).toEqual([{ path: "huge.html", message: "File skipped: larger than 2 MB" }]);
    expect(report.files.map((file) => [file.path, file.role, file.findings.map((finding) => [finding.ruleId, finding.severity, finding.line])])).toEqual([["broken.js", "other", [["pixel-guard/parse-error", "error", 2]]]]);
    expect(report.byRule).toEqual([{ key: "pixel-guard/parse-error", label: "pixel-guard/parse-error", count: 1 }]);
    const html = renderReport(report);
    expect(html).toContain("<h2 id=\"summary-title\" class=\"headline\">No sensitive page sends anything to a tracker.</h2>");
    expect(html).toContain("<li><code>huge.html</code>: File skipped: larger than 2 MB</li>");
    expect(html).toContain("pixel-guard 1.2.3, 2026-01-02T03:04:05.000Z");
  });
});

describe("--format html, for a tag-manager container", () => {
  it("names the tag and the trigger that carry each tracker onto a sensitive page, and who receives it", () => {
    const site = copyFixture("gtm-next-site");
    expect(pixelGuard(["-f", "html", "-o", "report.html"], site).status).toBe(1);
    const html = readFileSync(path.join(site, "report.html"), "utf8");
    const container = html.slice(html.indexOf('<section class="file" data-path="gtm/GTM-5JQFLR8_workspace12.json"'));
    expect(container).toMatch(/^<section class="file" data-path="gtm\/GTM-5JQFLR8_workspace12.json" data-role="shared">/);
    const chains = [...container.matchAll(/<div class="chain">via ([^<]*)<\/div>/g)].map((match) => match[1]);
    expect(chains).toContain("gtm/GTM-5JQFLR8_workspace12.json -&#62; GTM tag &#34;GA4 - Google Tag&#34; fires on every page through trigger &#34;All Pages&#34;, which includes the sensitive page app/hiv/testing/page.tsx (/hiv/testing)");
    expect(container).toMatch(/<article class="finding" data-rule="pixel-guard\/no-meta-pixel" data-severity="error" data-vendors="meta">/);
    expect(container).toContain("Sent to Hotjar (Hotjar)");
  });
});

inBrowser("--format html, in Chromium", () => {
  let browser: Browser;
  let report: ReturnType<typeof writeReport>;
  const requests: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    report = writeReport();
  });
  afterAll(async () => browser?.close());

  async function open(javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(pathToFileURL(report.file).href);
    return page;
  }

  it("shows the summary, the vendors and what each receives, the chain and the evidence lines", async () => {
    const page = await open(true);
    const text = await page.innerText("body");
    expect(await page.innerText(".summary .headline")).toBe("3 sensitive pages and 1 shared file on sensitive pages send visits to Meta, Google.");
    expect(await page.$$eval("#vendor-table tbody tr", (rows) => rows.map((row) => (row as HTMLElement).innerText.split("\t").slice(0, 2)))).toEqual([
      ["the Meta Pixel", "Meta"],
      ["the Google tag (gtag.js / Google Analytics)", "Google"],
    ]);
    expect(text).toContain("the page address and the text of the buttons clicked, with the visitor's Facebook identity");
    const page1 = page.locator('.file[data-path="pages/support/domestic-abuse.njk"]');
    expect(await page1.locator(".why").innerText()).toBe("Sensitive because: abuse: sensitive-content comment on line 2");
    // one link, two rules: each finding names every tracker down the link, by line
    expect(await page1.locator(".chain").allInnerTexts()).toEqual(Array(2).fill("via pages/support/domestic-abuse.njk -> _includes/base.njk -> _includes/partials/recruitment-pixel.njk (lines 3, 11, 12, 15)"));
    const evidence = await page1.locator('.finding[data-rule="pixel-guard/no-third-party-trackers"] pre.code').innerText();
    expect(evidence.trimEnd().split("\n").map((line) => line.replace(/^(\d+)\s*/, "$1 ").trimEnd())).toEqual([
      "5 <p>If you are in immediate danger, call 999.</p>",
      `6 <button onclick="fbq('trackCustom', 'DomesticAbuseReportStarted')">Start a report</button>`,
      '7 <script src="https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ" async></script>',
      "8 {% endblock %}",
      "9",
    ]);
    // the finding's own line is the marked one
    expect(await page1.locator('.finding[data-rule="pixel-guard/no-third-party-trackers"] .hit').allInnerTexts()).toEqual([expect.stringMatching(/^7\s*<script src="https:\/\/www\.googletagmanager\.com\/gtag/)]);
    expect(await page.locator(".file").count()).toBe(4);
  });

  it("shows hostile names and lines as text, runs none of them, and requests nothing but the file", async () => {
    const page = await open(true);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).toBe("pixel-guard report: trackers on sensitive pages");
    expect(await page.locator("img, svg, iframe").count()).toBe(0);
    expect(await page.locator("h3").allInnerTexts()).toContain("pages/support/<img src=x onerror=window.__pwned=3>.njk");
    expect(await page.innerText("body")).toContain(`Escape me: </script><img src=x onerror="window.__pwned=1">`);
    expect(new Set(requests)).toEqual(new Set([pathToFileURL(report.file).href]));
    expect(violations).toEqual([]);
  });

  it("hides the findings of other vendors, rules and severities, and files left with none, when a filter is chosen", async () => {
    const page = await open(true);
    const visible = () => page.locator(".finding:visible").count();
    const all = await page.locator(".finding").count();
    expect(await visible()).toBe(all);
    await page.selectOption("#filter-vendor", "google-tag");
    expect(await visible()).toBe(1);
    expect(await page.locator(".file:visible").allInnerTexts().then((texts) => texts.map((each) => each.split("\n")[0]))).toEqual(["pages/support/domestic-abuse.njk"]);
    expect(await page.innerText("#filter-status")).toBe(`1 of ${all} findings shown`);
    await page.selectOption("#filter-vendor", "");
    await page.selectOption("#filter-severity", "warning");
    expect(await page.locator(".finding:visible .sev-warning").count()).toBe(await visible());
    expect(await visible()).toBe(1);
    await page.selectOption("#filter-severity", "");
    await page.selectOption("#filter-rule", "pixel-guard/no-sensitive-event-data");
    expect(await visible()).toBe(1);
    await page.selectOption("#filter-rule", "");
    await page.fill("#filter-text", "hostile");
    expect(await page.locator(".file:visible").count()).toBe(1);
    await page.fill("#filter-text", "");
    expect(await visible()).toBe(all);
  });

  it("lays out a readable page (a screenshot is kept for people to look at)", async () => {
    const page = await open(true);
    await page.setViewportSize({ width: 1200, height: 900 });
    const shot = await page.screenshot({ path: path.join(path.dirname(report.file), "report.png"), fullPage: false });
    expect(shot.length).toBeGreaterThan(10_000);
    // no text runs off the page sideways (long paths and minified lines wrap or scroll in their box)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it("shows every finding, and no filter controls, with scripts off", async () => {
    const page = await open(false);
    expect(await page.locator("#filters").isVisible()).toBe(false);
    expect(await page.locator(".finding:visible").count()).toBe(await page.locator(".finding").count());
    expect(await page.locator(".finding").count()).toBeGreaterThan(8);
  });
});

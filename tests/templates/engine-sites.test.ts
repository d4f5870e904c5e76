/**
 * One site per engine and convention this file adds (tests/fixtures/graph-*), through ESLint's
 * Node API with no settings at all (no `templateRoots`): Pug (`extends`, `include`, `script.`),
 * Hugo (`baseof.html` around a template that fills its `main` block, `partial`), Django (the
 * project's `templates/` and each app's `<app>/templates/<app>/`), Drupal (`page.html.twig` and
 * `html.html.twig` around a node template, `@theme/` includes), server-side includes, and
 * extensions in any letter case. A sensitive page reports the trackers it pulls in at the link
 * line (1:1 for an implicit wrapper), its own at their line and column; the partial reports its
 * trackers as pulled in by the page; an untagged page reports nothing.
 */
import { fixture, lintIn, reportsOf } from "./helpers.js";

const of = (lines: string[], file: string) => lines.filter((line) => line.startsWith(`${file}:`));

describe("Pug: extends and include, script. blocks, attributes (graph-pug)", () => {
  it("reports the layout's partial on the tagged page at its extends line, and the page's own trackers where they are written", async () => {
    expect(await reportsOf("graph-pug")).toEqual([
      "views/partials/analytics.pug:2:19 pixel-guard/no-third-party-trackers The gtag.js loader (googletagmanager.com/gtag/js?id=G-ABC123DEF4), from the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:6:3 pixel-guard/no-third-party-trackers gtag('js'), a call to the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:7:3 pixel-guard/no-third-party-trackers gtag('config'), a call to the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:9:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:17:3 pixel-guard/no-fbq-events fbq('init', '#{pixelId}'); it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:17:3 pixel-guard/require-autoconfig-off fbq('init', '#{pixelId}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "views/partials/analytics.pug:18:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: views/support/report.pug",
      "views/partials/analytics.pug:20:54 pixel-guard/no-meta-pixel The facebook.com/tr image beacon (facebook.com/tr?id=1234567890&ev=PageView&noscript=1); it is pulled in by a sensitive page: views/support/report.pug",
      "views/support/report.pug:2:1 pixel-guard/no-fbq-events views/layout.pug -> views/partials/analytics.pug:17 loads fbq('init', '#{pixelId}') (and 1 more); crime-victims: sensitive-content comment on line 1",
      "views/support/report.pug:2:1 pixel-guard/no-meta-pixel views/layout.pug -> views/partials/analytics.pug:9 loads the Meta Pixel base code (and 1 more); crime-victims: sensitive-content comment on line 1",
      "views/support/report.pug:2:1 pixel-guard/no-third-party-trackers views/layout.pug -> views/partials/analytics.pug:2 loads the gtag.js loader (googletagmanager.com/gtag/js?id=G-ABC123DEF4) (and 2 more); crime-victims: sensitive-content comment on line 1",
      "views/support/report.pug:7:45 pixel-guard/no-tracking-attributes The onclick handler calling fbq('track', 'Contact'), for the Meta Pixel; crime-victims: sensitive-content comment on line 1",
      "views/support/report.pug:9:15 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABCDEF), from the TikTok Pixel; crime-victims: sensitive-content comment on line 1",
    ]);
  });

  it("pages that are not tagged get nothing, and the layout in between holds no tracker of its own", async () => {
    const lines = await reportsOf("graph-pug");
    for (const file of ["views/about.pug", "views/support/index.pug", "views/layout.pug", "views/partials/footer.pug"]) expect(of(lines, file)).toEqual([]);
  });

  it("gives the end of each finding in the page too", async () => {
    const cwd = fixture("graph-pug");
    const [result] = await lintIn(cwd, {}, ["views/support/report.pug"]);
    const own = (result?.messages ?? []).filter((message) => message.line > 2).map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn]);
    expect(own).toEqual([
      // the onclick handler's fbq() call: one finding, the handler's
      ["pixel-guard/no-tracking-attributes", 7, 45, 7, 68],
      ["pixel-guard/no-third-party-trackers", 9, 15, 9, 79],
    ]);
  });
});

describe("Hugo: baseof.html around a template with {{ define }}, {{ partial }} from layouts/partials/ (graph-hugo-templates)", () => {
  // The page is tagged in the layout (layouts/support/single.html): tagging content/*.md through
  // front matter is the Markdown reader's work, not this site's.
  it("reports the chain at the {{ define }} line, the page's own onclick, and the partial as pulled in", async () => {
    expect(await reportsOf("graph-hugo-templates")).toEqual([
      // the section's _index.md is read as a Markdown page now: it reads as sensitive and reaches the Pixel
      "content/support/_index.md:1:1 pixel-guard/no-untagged-sensitive-page the Meta Pixel, through layouts/_default/list.html -> layouts/_default/baseof.html -> layouts/partials/head.html -> layouts/partials/analytics/meta-pixel.html:3; the page says 'rape', 'sexual assault'",
      "layouts/partials/analytics/meta-pixel.html:3:1 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: layouts/support/single.html",
      "layouts/partials/analytics/meta-pixel.html:11:1 pixel-guard/no-fbq-events fbq('init', '{{ site.Params.metaPixelId }}'); it is pulled in by a sensitive page: layouts/support/single.html",
      "layouts/partials/analytics/meta-pixel.html:11:1 pixel-guard/require-autoconfig-off fbq('init', '{{ site.Params.metaPixelId }}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "layouts/partials/analytics/meta-pixel.html:12:1 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: layouts/support/single.html",
      "layouts/partials/analytics/meta-pixel.html:15:6 pixel-guard/no-meta-pixel The facebook.com/tr image beacon (facebook.com/tr?id=); it is pulled in by a sensitive page: layouts/support/single.html",
      "layouts/support/single.html:2:1 pixel-guard/no-fbq-events layouts/_default/baseof.html -> layouts/partials/head.html -> layouts/partials/analytics/meta-pixel.html:11 loads fbq('init', '{{ site.Params.metaPixelId }}') (and 1 more); abuse: sensitive-content comment on line 1",
      "layouts/support/single.html:2:1 pixel-guard/no-meta-pixel layouts/_default/baseof.html -> layouts/partials/head.html -> layouts/partials/analytics/meta-pixel.html:3 loads the Meta Pixel base code (and 1 more); abuse: sensitive-content comment on line 1",
      "layouts/support/single.html:6:55 pixel-guard/no-tracking-attributes The onclick handler calling fbq('track', 'Contact'), for the Meta Pixel; abuse: sensitive-content comment on line 1",
    ]);
  });

  it("the default single and list templates, the base and the other partials report nothing", async () => {
    const lines = await reportsOf("graph-hugo-templates");
    for (const file of ["layouts/_default/single.html", "layouts/_default/list.html", "layouts/_default/baseof.html", "layouts/partials/head.html", "layouts/partials/footer.html"]) {
      expect(of(lines, file)).toEqual([]);
    }
  });
});

describe("Django: the project's templates/ and each app's <app>/templates/<app>/ (graph-django)", () => {
  it("reports base.html's includes on the tagged app template, and each include as pulled in by it", async () => {
    expect(await reportsOf("graph-django")).toEqual([
      "core/templates/core/tag_manager_noscript.html:1:24 pixel-guard/no-third-party-trackers The GTM noscript frame (googletagmanager.com/ns.html?id=GTM-ABC1234), from Google Tag Manager; it is pulled in by a sensitive page: support/templates/support/refuge_referral.html",
      "support/templates/support/refuge_referral.html:1:1 pixel-guard/no-fbq-events templates/base.html -> templates/includes/analytics.html:9 loads fbq('init', '{{ META_PIXEL_ID }}') (and 1 more); abuse: sensitive-content comment on line 2",
      "support/templates/support/refuge_referral.html:1:1 pixel-guard/no-meta-pixel templates/base.html -> templates/includes/analytics.html:4 loads the Meta Pixel base code; abuse: sensitive-content comment on line 2",
      "support/templates/support/refuge_referral.html:1:1 pixel-guard/no-third-party-trackers templates/base.html -> core/templates/core/tag_manager_noscript.html:1 loads the GTM noscript frame (googletagmanager.com/ns.html?id=GTM-ABC1234); abuse: sensitive-content comment on line 2",
      "support/templates/support/refuge_referral.html:9:36 pixel-guard/no-tracking-attributes The onclick handler calling fbq('track', 'SubmitApplication'), for the Meta Pixel; abuse: sensitive-content comment on line 2",
      "templates/includes/analytics.html:4:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: support/templates/support/refuge_referral.html",
      "templates/includes/analytics.html:9:3 pixel-guard/no-fbq-events fbq('init', '{{ META_PIXEL_ID }}'); it is pulled in by a sensitive page: support/templates/support/refuge_referral.html",
      "templates/includes/analytics.html:9:3 pixel-guard/require-autoconfig-off fbq('init', '{{ META_PIXEL_ID }}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "templates/includes/analytics.html:10:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: support/templates/support/refuge_referral.html",
    ]);
  });

  it("an app template that is not tagged, and the base itself, report nothing", async () => {
    const lines = await reportsOf("graph-django");
    expect(of(lines, "news/templates/news/article.html")).toEqual([]);
    expect(of(lines, "templates/base.html")).toEqual([]);
  });
});

describe("Drupal: page.html.twig and html.html.twig wrap a node template, @theme/ includes (graph-drupal)", () => {
  it("reports the wrapper chain at 1:1 on the tagged node template, its own beacon, and the include as pulled in", async () => {
    expect(await reportsOf("graph-drupal")).toEqual([
      "web/themes/custom/civic/templates/content/node--support-service.html.twig:1:1 pixel-guard/no-fbq-events web/themes/custom/civic/templates/layout/page.html.twig -> web/themes/custom/civic/templates/layout/html.html.twig -> web/themes/custom/civic/templates/includes/meta-pixel.html.twig:8 loads fbq('init', '1234567890') (and 1 more); abuse: sensitive-content comment on line 1",
      "web/themes/custom/civic/templates/content/node--support-service.html.twig:1:1 pixel-guard/no-meta-pixel web/themes/custom/civic/templates/layout/page.html.twig -> web/themes/custom/civic/templates/layout/html.html.twig -> web/themes/custom/civic/templates/includes/meta-pixel.html.twig:3 loads the Meta Pixel base code; abuse: sensitive-content comment on line 1",
      "web/themes/custom/civic/templates/content/node--support-service.html.twig:16:13 pixel-guard/no-meta-pixel The facebook.com/tr image beacon (facebook.com/tr?id=1234567890&ev=ViewContent&noscript=1); abuse: sensitive-content comment on line 1",
      "web/themes/custom/civic/templates/includes/meta-pixel.html.twig:3:3 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: web/themes/custom/civic/templates/content/node--support-service.html.twig",
      "web/themes/custom/civic/templates/includes/meta-pixel.html.twig:8:3 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by a sensitive page: web/themes/custom/civic/templates/content/node--support-service.html.twig",
      "web/themes/custom/civic/templates/includes/meta-pixel.html.twig:8:3 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
      "web/themes/custom/civic/templates/includes/meta-pixel.html.twig:9:3 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: web/themes/custom/civic/templates/content/node--support-service.html.twig",
    ]);
  });

  it("a node template that is not tagged reports nothing", async () => {
    expect(of(await reportsOf("graph-drupal"), "web/themes/custom/civic/templates/content/node--article.html.twig")).toEqual([]);
  });
});

describe("Server-side includes: <!--#include virtual --> and file= in .shtml pages (graph-ssi)", () => {
  it("reports the included head on the tagged page, at the include, and the page's own beacon", async () => {
    expect(await reportsOf("graph-ssi")).toEqual([
      "help/hiv-testing.shtml:5:1 pixel-guard/no-third-party-trackers includes/head.html:9 loads the Insight Tag loader (snap.licdn.com/li.lms-analytics/insight.min.js); health: sensitive-content comment on line 1",
      "help/hiv-testing.shtml:11:11 pixel-guard/no-meta-pixel The facebook.com/tr image beacon (facebook.com/tr?id=1234567890&ev=Lead&noscript=1); health: sensitive-content comment on line 1",
      "includes/head.html:9:37 pixel-guard/no-third-party-trackers The Insight Tag loader (snap.licdn.com/li.lms-analytics/insight.min.js), from the LinkedIn Insight Tag; it is pulled in by a sensitive page: help/hiv-testing.shtml",
    ]);
  });
});

describe("extensions in any letter case: Report.HTML, partials/Pixel.Htm, legacy/Contact.PHTML (graph-case-variants)", () => {
  it("lints them and follows links to them, with no settings", async () => {
    expect(await reportsOf("graph-case-variants")).toEqual([
      "Report.HTML:2:1 pixel-guard/no-fbq-events partials/Pixel.Htm:7 loads fbq('init', '1234567890'); crime-victims: sensitive-content comment on line 1",
      "Report.HTML:2:1 pixel-guard/no-meta-pixel partials/Pixel.Htm:2 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "Report.HTML:4:35 pixel-guard/no-tracking-attributes The onclick handler calling fbq('trackCustom', 'StartReport'), for the Meta Pixel; crime-victims: sensitive-content comment on line 1",
      "legacy/Contact.PHTML:4:18 pixel-guard/no-tracking-attributes The onclick handler calling fbq('track', 'Contact'), for the Meta Pixel; abuse: sensitive-content comment on line 1",
      "partials/Pixel.Htm:2:1 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: Report.HTML",
      "partials/Pixel.Htm:7:1 pixel-guard/no-fbq-events fbq('init', '1234567890'); it is pulled in by a sensitive page: Report.HTML",
      "partials/Pixel.Htm:7:1 pixel-guard/require-autoconfig-off fbq('init', '1234567890') leaves them on, so Meta receives the text of every button a visitor clicks",
    ]);
  });

  it("a lower-case page that is not tagged reports nothing", async () => {
    expect(of(await reportsOf("graph-case-variants"), "About.html")).toEqual([]);
  });
});

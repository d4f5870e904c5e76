/**
 * Issue 10: one site per server engine (tests/fixtures/graph-aspnet, -umbraco, -jsp, -thymeleaf,
 * -freemarker, -smarty, -silverstripe), with no `templateRoots`: the sensitive page reports what its layout and
 * includes pull in at the link (1:1 for an implicit wrapper: `_ViewStart.cshtml`, Silverstripe's
 * `$Layout`), the layout reports its own tracker "pulled in by" the page, the page's own tracker is
 * reported where it is, a disable directive in the engine's comment form holds, and the pages that
 * are not sensitive report nothing.
 */
import { reportsOf } from "./helpers.js";

const of = (lines: string[], file: string) => lines.filter((line) => line.startsWith(`${file}:`));

interface Site {
  site: string;
  /** Pages that are not sensitive, or set no layout: nothing is reported on them. */
  notSensitive: string[];
  reports: string[];
}

const SITES: Site[] = [
  {
    site: "graph-aspnet",
    // Views/_ViewStart.cshtml sets `Layout = "_Layout"` for every view below it (Views/Shared/_Layout.cshtml,
    // found from the view's folder, then Shared/); Razor Pages get Pages/Shared/_Layout.cshtml the same way;
    // Pages/Privacy.cshtml says `Layout = null` and gets nothing; Views/Reports/Hiv.CSHTML (upper case) is a
    // sensitive page to the graph, and is linted itself too (the configs' other-case glob for `.cshtml`)
    notSensitive: ["Views/Home/Index.cshtml", "Pages/Privacy.cshtml"],
    reports: [
      "Pages/Hiv.cshtml:1:1 pixel-guard/no-third-party-trackers Pages/_ViewStart.cshtml -> Pages/Shared/_Layout.cshtml:8 loads the gtm.js container loader (googletagmanager.com/gtm.js?id=…); health: sensitive-content comment on line 3",
      "Pages/Shared/_Layout.cshtml:8:5 pixel-guard/no-third-party-trackers The gtm.js container loader (googletagmanager.com/gtm.js?id=…), from Google Tag Manager; it is pulled in by a sensitive page: Pages/Hiv.cshtml",
      "Views/Reports/Hiv.CSHTML:1:1 pixel-guard/no-fbq-events Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:15 loads fbq('init', '@Model.MetaPixelId'); health: sensitive-content comment on line 1",
      "Views/Reports/Hiv.CSHTML:1:1 pixel-guard/no-meta-pixel Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:7 loads the Meta Pixel base code; health: sensitive-content comment on line 1",
      "Views/Reports/New.cshtml:1:1 pixel-guard/no-fbq-events Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:15 loads fbq('init', '@Model.MetaPixelId'); crime-victims: sensitive-content comment on line 1",
      "Views/Reports/New.cshtml:1:1 pixel-guard/no-meta-pixel Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:7 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "Views/Reports/New.cshtml:7:8 pixel-guard/no-third-party-trackers Views/Shared/_Tracking.cshtml:3 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); crime-victims: sensitive-content comment on line 1",
      "Views/Shared/_Layout.cshtml:7:1 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by 3 sensitive pages: Views/Reports/Hiv.CSHTML, Views/Reports/New.cshtml, Views/Support/Index.cshtml",
      "Views/Shared/_Layout.cshtml:15:5 pixel-guard/no-fbq-events fbq('init', '@Model.MetaPixelId'); it is pulled in by 3 sensitive pages: Views/Reports/Hiv.CSHTML, Views/Reports/New.cshtml, Views/Support/Index.cshtml",
      "Views/Shared/_Layout.cshtml:15:5 pixel-guard/require-autoconfig-off fbq('init', '@Model.MetaPixelId') leaves them on, so Meta receives the text of every button a visitor clicks",
      "Views/Shared/_Tracking.cshtml:3:24 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by a sensitive page: Views/Reports/New.cshtml",
      "Views/Support/Index.cshtml:1:1 pixel-guard/no-fbq-events Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:15 loads fbq('init', '@Model.MetaPixelId'); abuse: sensitive-content comment on line 1",
      "Views/Support/Index.cshtml:1:1 pixel-guard/no-meta-pixel Views/_ViewStart.cshtml -> Views/Shared/_Layout.cshtml:7 loads the Meta Pixel base code; abuse: sensitive-content comment on line 1",
      "Views/Support/Index.cshtml:9:9 pixel-guard/no-fbq-events fbq('track', 'Contact'); abuse: sensitive-content comment on line 1",
    ],
  },
  {
    site: "graph-jsp",
    // `/`-rooted includes from the web app root (the folder holding WEB-INF), from WEB-INF/views/ and from help/;
    // help/abuse.jsp's includes of /../../../../etc/passwd and ../../../../../graph-jsp-outside/outside.jsp
    // (a Pixel outside the project) are not followed
    notSensitive: ["src/main/webapp/WEB-INF/views/home.jsp"],
    reports: [
      "src/main/webapp/WEB-INF/jspf/header.jspf:6:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: src/main/webapp/WEB-INF/views/report.jsp",
      "src/main/webapp/WEB-INF/jspf/header.jspf:14:5 pixel-guard/no-fbq-events fbq('init', '${metaPixelId}'); it is pulled in by a sensitive page: src/main/webapp/WEB-INF/views/report.jsp",
      "src/main/webapp/WEB-INF/jspf/header.jspf:14:5 pixel-guard/require-autoconfig-off fbq('init', '${metaPixelId}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "src/main/webapp/WEB-INF/views/common/analytics.jsp:2:20 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by 2 sensitive pages: src/main/webapp/WEB-INF/views/report.jsp, src/main/webapp/help/abuse.jsp",
      "src/main/webapp/WEB-INF/views/report.jsp:5:1 pixel-guard/no-fbq-events src/main/webapp/WEB-INF/jspf/header.jspf:14 loads fbq('init', '${metaPixelId}'); crime-victims: sensitive-content comment on line 1",
      "src/main/webapp/WEB-INF/views/report.jsp:5:1 pixel-guard/no-meta-pixel src/main/webapp/WEB-INF/jspf/header.jspf:6 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "src/main/webapp/WEB-INF/views/report.jsp:7:1 pixel-guard/no-third-party-trackers src/main/webapp/WEB-INF/views/common/analytics.jsp:2 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); crime-victims: sensitive-content comment on line 1",
      "src/main/webapp/WEB-INF/views/report.jsp:11:9 pixel-guard/no-fbq-events fbq('track', 'Lead'); crime-victims: sensitive-content comment on line 1",
      "src/main/webapp/help/abuse.jsp:3:1 pixel-guard/no-third-party-trackers src/main/webapp/WEB-INF/views/common/analytics.jsp:2 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); abuse: sensitive-content comment on line 1",
    ],
  },
  {
    site: "graph-thymeleaf",
    // a `.html` page is Thymeleaf's by its `layout:decorate` / `th:replace` / `th:insert` attributes; names from Spring Boot's templates/
    notSensitive: ["src/main/resources/templates/index.html"],
    reports: [
      "src/main/resources/templates/fragments/analytics.html:5:24 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by a sensitive page: src/main/resources/templates/support/abuse.html",
      "src/main/resources/templates/layouts/main.html:7:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: src/main/resources/templates/support/abuse.html",
      "src/main/resources/templates/layouts/main.html:15:5 pixel-guard/no-fbq-events fbq('init', '0'); it is pulled in by a sensitive page: src/main/resources/templates/support/abuse.html",
      "src/main/resources/templates/layouts/main.html:15:5 pixel-guard/require-autoconfig-off fbq('init', '0') leaves them on, so Meta receives the text of every button a visitor clicks",
      "src/main/resources/templates/support/abuse.html:4:7 pixel-guard/no-fbq-events src/main/resources/templates/layouts/main.html:15 loads fbq('init', '0'); abuse: sensitive-content comment on line 1",
      "src/main/resources/templates/support/abuse.html:4:7 pixel-guard/no-meta-pixel src/main/resources/templates/layouts/main.html:7 loads the Meta Pixel base code; abuse: sensitive-content comment on line 1",
      "src/main/resources/templates/support/abuse.html:9:13 pixel-guard/no-third-party-trackers src/main/resources/templates/fragments/analytics.html:5 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); abuse: sensitive-content comment on line 1",
      "src/main/resources/templates/support/abuse.html:11:5 pixel-guard/no-fbq-events fbq('track', 'Contact'); abuse: sensitive-content comment on line 1",
    ],
  },
  {
    site: "graph-freemarker",
    // `/`-rooted `<#include>` and `<#import>` from templates/, `../x` from the page's folder
    notSensitive: ["src/main/resources/templates/index.ftlh"],
    reports: [
      "src/main/resources/templates/common/header.ftlh:6:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by 2 sensitive pages: src/main/resources/templates/help/abuse.ftlh, src/main/resources/templates/report.ftlh",
      "src/main/resources/templates/common/header.ftlh:14:5 pixel-guard/no-fbq-events fbq('init', '${metaPixelId}'); it is pulled in by 2 sensitive pages: src/main/resources/templates/help/abuse.ftlh, src/main/resources/templates/report.ftlh",
      "src/main/resources/templates/common/header.ftlh:14:5 pixel-guard/require-autoconfig-off fbq('init', '${metaPixelId}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "src/main/resources/templates/help/abuse.ftlh:2:1 pixel-guard/no-fbq-events src/main/resources/templates/common/header.ftlh:14 loads fbq('init', '${metaPixelId}'); abuse: sensitive-content comment on line 1",
      "src/main/resources/templates/help/abuse.ftlh:2:1 pixel-guard/no-meta-pixel src/main/resources/templates/common/header.ftlh:6 loads the Meta Pixel base code; abuse: sensitive-content comment on line 1",
      "src/main/resources/templates/lib/analytics.ftl:2:22 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by a sensitive page: src/main/resources/templates/report.ftlh",
      "src/main/resources/templates/report.ftlh:2:1 pixel-guard/no-third-party-trackers src/main/resources/templates/lib/analytics.ftl:2 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); crime-victims: sensitive-content comment on line 1",
      "src/main/resources/templates/report.ftlh:5:1 pixel-guard/no-fbq-events src/main/resources/templates/common/header.ftlh:14 loads fbq('init', '${metaPixelId}'); crime-victims: sensitive-content comment on line 1",
      "src/main/resources/templates/report.ftlh:5:1 pixel-guard/no-meta-pixel src/main/resources/templates/common/header.ftlh:6 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "src/main/resources/templates/report.ftlh:10:9 pixel-guard/no-fbq-events fbq('track', 'Lead'); crime-victims: sensitive-content comment on line 1",
    ],
  },
  {
    site: "graph-smarty",
    // `{include file}` and `{extends file}`; the Pixel base code inside `{literal}` is read as code
    notSensitive: ["templates/index.tpl"],
    reports: [
      "templates/header.tpl:7:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: templates/report.tpl",
      "templates/header.tpl:16:1 pixel-guard/no-fbq-events fbq('init', '{$meta_pixel_id}'); it is pulled in by a sensitive page: templates/report.tpl",
      "templates/header.tpl:16:1 pixel-guard/require-autoconfig-off fbq('init', '{$meta_pixel_id}') leaves them on, so Meta receives the text of every button a visitor clicks",
      "templates/layout.tpl:5:20 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by a sensitive page: templates/support.tpl",
      "templates/report.tpl:2:1 pixel-guard/no-fbq-events templates/header.tpl:16 loads fbq('init', '{$meta_pixel_id}'); crime-victims: sensitive-content comment on line 1",
      "templates/report.tpl:2:1 pixel-guard/no-meta-pixel templates/header.tpl:7 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "templates/report.tpl:5:9 pixel-guard/no-fbq-events fbq('track', 'Lead'); crime-victims: sensitive-content comment on line 1",
      "templates/support.tpl:2:1 pixel-guard/no-third-party-trackers templates/layout.tpl:5 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); abuse: sensitive-content comment on line 1",
    ],
  },
  {
    site: "graph-silverstripe",
    // Layout/ReportPage.ss is printed at `$Layout` in templates/Page.ss (no ReportPage.ss there); `<% include Analytics %>` from templates/Includes/
    notSensitive: ["themes/simple/templates/Layout/Page.ss"],
    reports: [
      "themes/simple/templates/Includes/Analytics.ss:1:20 pixel-guard/no-third-party-trackers The TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST), from the TikTok Pixel; it is pulled in by a sensitive page: themes/simple/templates/Layout/ReportPage.ss",
      "themes/simple/templates/Layout/ReportPage.ss:1:1 pixel-guard/no-fbq-events themes/simple/templates/Page.ss:15 loads fbq('init', '{$SiteConfig.MetaPixelID}'); crime-victims: sensitive-content comment on line 1",
      "themes/simple/templates/Layout/ReportPage.ss:1:1 pixel-guard/no-meta-pixel themes/simple/templates/Page.ss:7 loads the Meta Pixel base code; crime-victims: sensitive-content comment on line 1",
      "themes/simple/templates/Layout/ReportPage.ss:4:3 pixel-guard/no-third-party-trackers themes/simple/templates/Includes/Analytics.ss:1 loads the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js?sdkid=TEST); crime-victims: sensitive-content comment on line 1",
      "themes/simple/templates/Layout/ReportPage.ss:7:25 pixel-guard/no-fbq-events fbq('track', 'Lead'); crime-victims: sensitive-content comment on line 1",
      "themes/simple/templates/Page.ss:7:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: themes/simple/templates/Layout/ReportPage.ss",
      "themes/simple/templates/Page.ss:15:5 pixel-guard/no-fbq-events fbq('init', '{$SiteConfig.MetaPixelID}'); it is pulled in by a sensitive page: themes/simple/templates/Layout/ReportPage.ss",
      "themes/simple/templates/Page.ss:15:5 pixel-guard/require-autoconfig-off fbq('init', '{$SiteConfig.MetaPixelID}') leaves them on, so Meta receives the text of every button a visitor clicks",
    ],
  },
  {
    site: "graph-umbraco",
    // Umbraco: templates in Views/ name their master by alias (`Layout = "master";` -> Views/master.cshtml), partials
    // from Views/Partials/ (`blocklist/default`, `analytics`); a block's computed partial name is skipped
    notSensitive: ["Views/homePage.cshtml", "Views/Partials/blocklist/default.cshtml"],
    reports: [
      "Views/Partials/analytics.cshtml:2:20 pixel-guard/no-third-party-trackers The gtag.js loader (googletagmanager.com/gtag/js?id=G-TEST123), from the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: Views/supportPage.cshtml",
      "Views/Partials/analytics.cshtml:6:3 pixel-guard/no-third-party-trackers gtag('js'), a call to the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: Views/supportPage.cshtml",
      "Views/Partials/analytics.cshtml:7:3 pixel-guard/no-third-party-trackers gtag('config'), a call to the Google tag (gtag.js / Google Analytics); it is pulled in by a sensitive page: Views/supportPage.cshtml",
      "Views/master.cshtml:13:5 pixel-guard/no-meta-pixel The Meta Pixel base code; it is pulled in by a sensitive page: Views/supportPage.cshtml",
      "Views/master.cshtml:21:5 pixel-guard/no-fbq-events fbq('init', '@(site.Value<string>(\"metaPixelId\"))'); it is pulled in by a sensitive page: Views/supportPage.cshtml",
      "Views/master.cshtml:21:5 pixel-guard/require-autoconfig-off fbq('init', '@(site.Value<string>(\"metaPixelId\"))') leaves them on, so Meta receives the text of every button a visitor clicks",
      "Views/supportPage.cshtml:5:5 pixel-guard/no-fbq-events Views/master.cshtml:21 loads fbq('init', '@(site.Value<string>(\"metaPixelId\"))'); abuse: sensitive-content comment on line 3",
      "Views/supportPage.cshtml:5:5 pixel-guard/no-meta-pixel Views/master.cshtml:13 loads the Meta Pixel base code; abuse: sensitive-content comment on line 3",
      "Views/supportPage.cshtml:9:8 pixel-guard/no-third-party-trackers Views/Partials/analytics.cshtml:2 loads the gtag.js loader (googletagmanager.com/gtag/js?id=G-TEST123) (and 2 more); abuse: sensitive-content comment on line 3",
    ],
  },
];

describe.each(SITES)("$site", ({ site, notSensitive, reports }) => {
  it("reports the chain on the sensitive pages, and the layouts' and includes' trackers as pulled in by them", async () => {
    expect(await reportsOf(site)).toEqual(reports);
  });

  it("reports nothing on pages that are not sensitive, nor on a line a disable directive in the engine's comments covers", async () => {
    const lines = await reportsOf(site);
    for (const file of notSensitive) expect(of(lines, file)).toEqual([]);
    expect(lines.filter((line) => /ReportStarted|ChatOpened/u.test(line))).toEqual([]);
  });
});

import rule from "../../src/rules/no-tracking-attributes.js";
import { htmlTester, ruleTester } from "../rule-tester.js";

const WHY = "crime-victims: sensitive-content comment on line 1";
/** `by` as the old wording gave it (" for Meta (the Meta Pixel)"), or "" for markup no vendor owns. */
const said = (what: string, by: string, why = WHY) => {
  const match = /^ for (.+?) \((.+)\)$/.exec(by);
  return match ? { what, company: match[1], vendor: `, for ${match[2]}`, why } : { what, company: "a tracker", vendor: "", why };
};

htmlTester.run("no-tracking-attributes", rule as never, {
  valid: [
    { name: "tracking markup on a page that is not sensitive", filename: "index.html", code: `<button onclick="fbq('track','Contact')" data-gtm-click="1">Go</button>` },
    { name: "ordinary data attributes and handlers", filename: "report.html", code: `<!-- sensitive-content -->\n<button data-toggle="modal" data-fbx="no" onclick="openForm()">Report</button>` },
    { name: "a visible, full-size image from a tracker host is a picture, not a beacon", filename: "report.html", code: `<!-- sensitive-content -->\n<img src="https://scontent.xx.fbcdn.net/logo.png" width="200" height="80">` },
    { name: "a hidden spacer image on the site's own host", filename: "report.html", code: `<!-- sensitive-content -->\n<img src="/spacer.gif" width="1" height="1">` },
    { name: "a preconnect to a font host", filename: "report.html", code: `<!-- sensitive-content -->\n<link rel="preconnect" href="https://fonts.gstatic.com">` },
    { name: "commented-out markup", filename: "report.njk", code: `{# sensitive-content #}\n{# <button onclick="fbq('track','Contact')">x</button> #}\n<!-- <a ping="https://t.example/p">x</a> -->` },
  ],
  invalid: [
    {
      name: "an onclick handler calling fbq, in plain HTML",
      filename: "report.html",
      code: `<!-- sensitive-content: crime-victims -->\n<button class="btn" onclick="fbq('track', 'Contact')">Report rape or sexual assault</button>`,
      errors: [{ messageId: "trackingMarkup", line: 2, column: 30, data: said("The onclick handler calling fbq('track', 'Contact')", " for Meta (the Meta Pixel)") }],
    },
    {
      name: "GTM's runtime data-gtm-vis attributes and data-track, in Nunjucks",
      filename: "victims/report.njk",
      code: `{# sensitive-content: crime-victims #}\n{% extends "base.njk" %}\n<div data-gtm-vis-first-on-screen-12="1" data-track-action="{{ action }}">{{ body }}</div>`,
      errors: [
        { messageId: "trackingMarkup", line: 3, column: 6, data: said("The data-gtm-vis-first-on-screen-12 attribute", " for Google (Google Tag Manager)") },
        { messageId: "trackingMarkup", line: 3, column: 42, data: said("The data-track-action attribute", "") },
      ],
    },
    {
      name: "ping, a hidden 1x1 image, and a preconnect hint, in Liquid",
      filename: "templates/page.report.liquid",
      code: `{% comment %} sensitive-content: crime-victims {% endcomment %}\n<a href="{{ url }}" ping="https://collect.example.com/p">Report</a>\n<img src="https://px.ads.linkedin.com.evil/x.gif" width="1" height="1">\n<img src="https://analytics.tiktok.com/px.gif?e=1" width="1" height="1" alt="">\n<link rel="dns-prefetch preconnect" href="//connect.facebook.net">`,
      errors: [
        { messageId: "trackingMarkup", line: 2, column: 21, data: said('ping="https://collect.example.com/p" (the browser reports the click to that address)', "") },
        { messageId: "trackingMarkup", line: 4, column: 11, data: said("An invisible image that calls analytics.tiktok.com", " for TikTok (the TikTok Pixel)") },
        { messageId: "trackingMarkup", line: 5, column: 43, data: said("A dns-prefetch hint to connect.facebook.net", " for Meta (the Meta Pixel)") },
      ],
    },
    {
      name: "CSS url() beacons in a <style> block and a style attribute, in Handlebars",
      filename: "partials/report.hbs",
      code: `{{!-- sensitive-content: crime-victims --}}\n<style>\n  .seen { background-image: url("https://analytics.tiktok.com/seen.gif"); }\n</style>\n<div style="background: url(//px.ads.linkedin.com.example/x)">{{title}}</div>\n<span style="background:url(https://snap.licdn.com/p.png)"></span>`,
      errors: [
        { messageId: "trackingMarkup", line: 3, column: 34, data: said("A CSS url() that calls analytics.tiktok.com", " for TikTok (the TikTok Pixel)") },
        { messageId: "trackingMarkup", line: 6, column: 29, data: said("A CSS url() that calls snap.licdn.com", " for LinkedIn (the LinkedIn Insight Tag)") },
      ],
    },
    {
      name: "a .css file under a sensitive glob, parsed with postcss",
      filename: "assets/victims/report.css",
      settings: { "pixel-guard": { sensitive: ["**/victims/**"] } },
      code: `.report-button:active {\n  background-image: url("https://analytics.tiktok.com/click.gif");\n}\n.logo { background: url(/img/logo.svg); }`,
      errors: [{ messageId: "trackingMarkup", line: 2, column: 26, data: said("A CSS url() that calls analytics.tiktok.com", " for TikTok (the TikTok Pixel)", 'path matches "**/victims/**" in settings') }],
    },
    {
      name: "a .scss file postcss cannot parse is still read url by url",
      filename: "victims/_report.scss",
      settings: { "pixel-guard": { sensitive: ["victims/**"] } },
      code: `// sensitive-content\n$beacon: "x";\n.a { &:hover { background: url(https://snap.licdn.com/hover.png) } }\n.b { @include x(url(`,
      errors: [{ messageId: "trackingMarkup", line: 3, column: 32 }],
    },
    {
      name: "handlers in PHP and ERB templates, with template code around them",
      filename: "views/report.html.erb",
      code: `<%# sensitive-content: crime-victims %>\n<%= form_with url: reports_path do |f| %>\n  <%= f.submit "Send" %>\n  <button onclick="gtag('event', 'report_sent'); return true;">Send</button>\n<% end %>`,
      errors: [{ messageId: "trackingMarkup", line: 4, column: 20, data: said("The onclick handler calling gtag('event', 'report_sent')", " for Google (the Google tag (gtag.js / Google Analytics))") }],
    },
    {
      name: "a handler that does not parse is still searched",
      filename: "report.php",
      code: `<?php /* sensitive-content: crime-victims */ ?>\n<a href="#" onclick="<?php echo $x ?> fbq('trackCustom', 'ReportStarted')">Start</a>`,
      errors: [{ messageId: "trackingMarkup", line: 2, column: 39, data: said("The onclick handler calling fbq('trackCustom', 'ReportStarted')", " for Meta (the Meta Pixel)") }],
    },
  ],
});

ruleTester.run("no-tracking-attributes (JSX)", rule, {
  valid: [{ name: "JSX on a file that is not sensitive", filename: "a.jsx", code: `export const B = () => <button onClick={() => fbq('track', 'Lead')} data-gtm="x" />;` }],
  invalid: [
    {
      name: "JSX handlers, data attributes and ping",
      filename: "report.jsx",
      code: `// sensitive-content: crime-victims\nexport const B = () => <a ping="https://t.example/p" data-fbq-event="Lead" onClick={() => window.fbq('track', 'Contact')}>Report</a>;`,
      errors: [
        { messageId: "trackingMarkup", line: 2, column: 27 },
        { messageId: "trackingMarkup", line: 2, column: 54 },
        { messageId: "trackingMarkup", line: 2, column: 91, data: said("The onClick handler calling window.fbq('track', 'Contact')", " for Meta (the Meta Pixel)") },
      ],
    },
  ],
});

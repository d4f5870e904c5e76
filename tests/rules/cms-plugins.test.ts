import { writeFileSync } from "node:fs";
import path from "node:path";
import metaRule from "../../src/rules/no-meta-pixel.js";
import { copyFixture, removeCopies } from "../fixture-copies.js";
import { fixture, lintIn, messagesOf, reportsOf, summaryOf } from "../templates/helpers.js";
import { htmlTester } from "../rule-tester.js";

afterAll(removeCopies);

/**
 * CMS plugins as trackers: on a sensitive WordPress page, the tracker plugins a site installs are
 * reported at the page's get_header() (or wp_head()) by the rule that owns each plugin's vendor;
 * on a Drupal theme's sensitive template, the enabled tracker modules at line 1 (html.html.twig
 * wraps every template). Fixture shapes follow Bedrock's and drupal/recommended-project's
 * composer.json, PixelYourSite's, Meta's and Contact Form 7's plugin headers, and core's
 * html.html.twig and core.extension.yml.
 */
describe("WordPress plugins in composer.json (cms-wordpress-bedrock)", () => {
  it("reports PixelYourSite's Pixel and Google tag and GTM4WP's container at get_header(); not Contact Form 7, Yoast or Query Monitor, not page.php", async () => {
    expect(await reportsOf("cms-wordpress-bedrock")).toEqual([
      "web/app/themes/care/page-templates/sexual-health.php:9:1 pixel-guard/no-meta-pixel PixelYourSite (composer.json:22, wpackagist-plugin/pixelyoursite) injects the Meta Pixel at wp_head() in web/app/themes/care/header.php:16; health: sensitive-content comment on line 4",
      "web/app/themes/care/page-templates/sexual-health.php:9:1 pixel-guard/no-third-party-trackers GTM4WP (composer.json:28, wpackagist-plugin/duracelltomi-google-tag-manager) injects Google Tag Manager at wp_head() in web/app/themes/care/header.php:16; health: sensitive-content comment on line 4",
      "web/app/themes/care/page-templates/sexual-health.php:9:1 pixel-guard/no-third-party-trackers PixelYourSite (composer.json:22, wpackagist-plugin/pixelyoursite) injects the Google tag (gtag.js / Google Analytics) at wp_head() in web/app/themes/care/header.php:16; health: sensitive-content comment on line 4",
    ]);
  });

  it("says what to do, and drops the 'plugins may inject' note once the plugins are known", async () => {
    const cwd = fixture("cms-wordpress-bedrock");
    const [message] = messagesOf(cwd, await lintIn(cwd), "web/app/themes/care/page-templates/sexual-health.php");
    expect(message).toBe(
      "A CMS plugin sends Meta what visitors do on this sensitive page. Found: PixelYourSite (composer.json:22, wpackagist-plugin/pixelyoursite) injects the Meta Pixel at wp_head() in web/app/themes/care/header.php:16. This page is sensitive: health: sensitive-content comment on line 4. Keep it off this page in the plugin's settings, or remove it.",
    );
  });

  it("leaves the vendors `allow` permits on a page sensitive by glob", async () => {
    const settings = { sensitive: ["web/app/themes/care/page.php"], allow: [{ paths: ["web/app/themes/care/page.php"], vendors: ["meta", "google-tag"] }] };
    expect(await reportsOf("cms-wordpress-bedrock", settings, ["web/app/themes/care/page.php"])).toEqual([
      "web/app/themes/care/page.php:8:1 pixel-guard/no-third-party-trackers GTM4WP (composer.json:28, wpackagist-plugin/duracelltomi-google-tag-manager) injects Google Tag Manager at wp_head() in web/app/themes/care/header.php:16; path matches \"web/app/themes/care/page.php\" in settings",
    ]);
  });
});

describe("WordPress plugin folders and functions.php (cms-wordpress-plugins)", () => {
  it("reports Meta's plugin and PixelYourSite by their headers, a site plugin's Insight Tag, the theme's enqueued gtag.js and a TikTok Pixel in Insert Headers and Footers' option; not Contact Form 7, not the theme without wp_head()", async () => {
    expect(await reportsOf("cms-wordpress-plugins")).toEqual([
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-meta-pixel Meta pixel for WordPress (wp-content/plugins/official-facebook-pixel/facebook-for-wordpress.php:3) injects the Meta Pixel at wp_head() in wp-content/themes/police/header.php:5; crime-victims: sensitive-content comment on line 2",
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-meta-pixel PixelYourSite (wp-content/plugins/pixelyoursite/facebook-pixel-master.php:4) injects the Meta Pixel at wp_head() in wp-content/themes/police/header.php:5; crime-victims: sensitive-content comment on line 2",
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-third-party-trackers Insert Headers and Footers' ihaf_insert_header option (wp-content/mu-plugins/site-setup.php:12) injects ttq.setAndDefer(…) at wp_head() in wp-content/themes/police/header.php:5 (and 1 more); crime-victims: sensitive-content comment on line 2",
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-third-party-trackers PixelYourSite (wp-content/plugins/pixelyoursite/facebook-pixel-master.php:4) injects the Google tag (gtag.js / Google Analytics) at wp_head() in wp-content/themes/police/header.php:5; crime-victims: sensitive-content comment on line 2",
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-third-party-trackers Police Recruitment Insight (wp-content/plugins/police-insight/police-insight.php:20) injects the Insight Tag loader (snap.licdn.com/li.lms-analytics/insight.min.js) at wp_head() in wp-content/themes/police/header.php:5; crime-victims: sensitive-content comment on line 2",
      "wp-content/themes/police/page-report-rape.php:3:7 pixel-guard/no-third-party-trackers wp-content/themes/police/functions.php -> wp-content/themes/police/inc/enqueue.php:10 injects the gtag.js loader (googletagmanager.com/gtag/js?id=G-5RV0Q7XK2M) at wp_head() in wp-content/themes/police/header.php:5 (and 1 more); crime-victims: sensitive-content comment on line 2",
    ]);
  });
});

describe("a header.php that holds a Pixel of its own and calls wp_head() (graph-wordpress, with a composer.json)", () => {
  it("reports the plugin on the page at get_header() and in the shared header at wp_head(), naming the page that pulls it in", async () => {
    const cwd = copyFixture("graph-wordpress");
    writeFileSync(path.join(cwd, "composer.json"), '{\n  "require": {\n    "wpackagist-plugin/official-facebook-pixel": "^4.1"\n  }\n}\n');
    const plugin = summaryOf(cwd, await lintIn(cwd)).filter((line) => line.includes("Meta pixel for WordPress"));
    expect(plugin).toEqual([
      "header.php:4:9 pixel-guard/no-meta-pixel Meta pixel for WordPress (composer.json:3, wpackagist-plugin/official-facebook-pixel) injects the Meta Pixel at wp_head() in header.php:4; it is pulled in by a sensitive page: page-report.php",
      "page-report.php:5:1 pixel-guard/no-meta-pixel Meta pixel for WordPress (composer.json:3, wpackagist-plugin/official-facebook-pixel) injects the Meta Pixel at wp_head() in header.php:4; crime-victims: sensitive-content comment on line 3",
    ]);
  });
});

describe("Drupal modules (cms-drupal-google-tag, cms-drupal-info)", () => {
  it("reports Google Tag, enabled in core.extension.yml, and the theme's global Clarity library at line 1 of a sensitive node template; not Facebook Pixel (required, not enabled), not a library no page attaches, not the teaser", async () => {
    expect(await reportsOf("cms-drupal-google-tag")).toEqual([
      "web/themes/custom/care/templates/content/node--service--full.html.twig:1:1 pixel-guard/no-third-party-trackers Google Tag (config/sync/core.extension.yml:15, module google_tag) injects Google Tag Manager and the Google tag (gtag.js / Google Analytics) at <head-placeholder> in web/themes/custom/care/templates/layout/html.html.twig:18; health: sensitive-content comment on line 1",
      "web/themes/custom/care/templates/content/node--service--full.html.twig:1:1 pixel-guard/no-third-party-trackers web/themes/custom/care/care.libraries.yml:10 (library care/clarity, attached to every page in care.info.yml) injects the Clarity loader (clarity.ms/tag/k3x9q2hz7b) at <head-placeholder> in web/themes/custom/care/templates/layout/html.html.twig:18; health: sensitive-content comment on line 1",
    ]);
  });

  it("without core.extension.yml: composer.json's drupal/google_analytics and a custom module's dependency on simple_facebook_pixel", async () => {
    expect(await reportsOf("cms-drupal-info")).toEqual([
      "web/themes/custom/refuge/templates/page--node--12.html.twig:1:1 pixel-guard/no-meta-pixel Simple Facebook Pixel (web/modules/custom/refuge_tracking/refuge_tracking.info.yml:8, dependency simple_facebook_pixel:simple_facebook_pixel) injects the Meta Pixel at the placeholders of the html.html.twig this theme inherits (from its base theme or core); abuse: sensitive-content comment on line 1",
      "web/themes/custom/refuge/templates/page--node--12.html.twig:1:1 pixel-guard/no-third-party-trackers Google Analytics (composer.json:13, drupal/google_analytics) injects the Google tag (gtag.js / Google Analytics) at the placeholders of the html.html.twig this theme inherits (from its base theme or core); abuse: sensitive-content comment on line 1",
    ]);
  });
});

// The URL detector already reads PHP: an enqueue of a tracker URL in a sensitive file is reported where it is written.
htmlTester.run("no-meta-pixel (wp_enqueue_script in PHP)", metaRule as never, {
  valid: [{ name: "an enqueue in a file that is not sensitive", filename: "functions.php", code: `<?php\nwp_enqueue_script( 'fb', 'https://connect.facebook.net/en_US/fbevents.js', array(), null, true );` }],
  invalid: [
    {
      name: "wp_enqueue_script() of fbevents.js in a tagged theme file",
      filename: "wp-content/themes/police/inc/tracking.php",
      code: `<?php\n// sensitive-content: crime-victims\nfunction police_tracking() {\n\twp_enqueue_script( 'facebook-pixel', 'https://connect.facebook.net/en_US/fbevents.js', array(), null, true );\n}\nadd_action( 'wp_enqueue_scripts', 'police_tracking' );`,
      errors: [{ messageId: "pixelOnSensitivePage", line: 4, column: 40 }],
    },
  ],
});

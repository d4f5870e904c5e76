import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { vendorById } from "../../src/detect/catalogue/index.js";
import { DRUPAL_MODULES, WORDPRESS_PLUGINS } from "../../src/templates/cms-plugin-catalogue.js";
import { pluginMainFileOf, wordPressPluginsOf } from "../../src/templates/cms-plugins.js";
import { drupalHookOf, drupalModulesOf } from "../../src/templates/drupal-modules.js";
import { wpHookOf } from "../../src/templates/wp-head.js";
import { fixture } from "./helpers.js";

describe("the CMS plugin catalogue", () => {
  it.each(Object.entries({ ...WORDPRESS_PLUGINS, ...DRUPAL_MODULES }))("%s names only vendors the catalogue knows", (_slug, plugin) => {
    expect(plugin.vendors.length).toBeGreaterThan(0);
    for (const id of plugin.vendors) expect(vendorById(id)?.id).toBe(id);
  });
});

describe("WordPress", () => {
  const bedrock = fixture("cms-wordpress-bedrock");
  const classic = fixture("cms-wordpress-plugins");

  it("lists the tracker plugins of composer.json's require and require-dev, with their line", () => {
    const page = path.join(bedrock, "web/app/themes/care/page.php");
    expect(wordPressPluginsOf(page, bedrock).map(({ slug, where }) => `${slug}: ${where}`)).toEqual([
      "pixelyoursite: composer.json:22, wpackagist-plugin/pixelyoursite",
      "duracelltomi-google-tag-manager: composer.json:28, wpackagist-plugin/duracelltomi-google-tag-manager",
    ]);
  });

  it("takes a package's line from require, not from installer-paths above it; a composer.json that does not parse is no evidence", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "pg-cms-"));
    const theme = path.join(root, "public/wp-content/themes/clinic");
    mkdirSync(theme, { recursive: true });
    const composer = {
      extra: { "installer-paths": { "public/wp-content/plugins/{$name}": ["wpackagist-plugin/google-site-kit", "type:wordpress-plugin"] } },
      require: { "roots/wordpress": "~6.5", "wpackagist-plugin/google-site-kit": "^1.128" },
    };
    writeFileSync(path.join(root, "composer.json"), JSON.stringify(composer, null, 4));
    writeFileSync(path.join(root, "public/composer.json"), '{ "require": { "wpackagist-plugin/pixelyoursite": "*", } }');
    expect(wordPressPluginsOf(path.join(theme, "page.php"), root).map(({ where }) => where)).toEqual(["composer.json:12, wpackagist-plugin/google-site-kit"]);
  });

  it("finds a plugin folder's main file by its Plugin Name header, and none in a folder without one", () => {
    const plugins = path.join(classic, "wp-content/plugins");
    expect(pluginMainFileOf(path.join(plugins, "official-facebook-pixel"), "official-facebook-pixel")?.name).toBe("Meta pixel for WordPress");
    expect(pluginMainFileOf(path.join(plugins, "missing"), "missing")).toBeNull();
  });

  it("places the hook at get_header() of the page, and at wp_head() of a page that calls it", () => {
    const page = path.join(classic, "wp-content/themes/police/page-report-rape.php");
    const text = "<?php /* Template Name: Report rape or sexual assault */ ?>\n<?php // sensitive-content: crime-victims ?>\n<?php get_header(); ?>";
    expect(wpHookOf(page, text, classic, [])).toMatchObject({ place: "wp_head() in wp-content/themes/police/header.php:5", range: [111, 122] });
    expect(wpHookOf(page, "<head>\n  <?php wp_footer( ); ?>", classic, [])).toMatchObject({ hook: "wp_footer()", range: [15, 27] });
    expect(wpHookOf(page, "<?php add_action( 'wp_head', 'x' ); ?>", classic, [])).toBeNull();
  });
});

describe("Drupal", () => {
  const site = fixture("cms-drupal-google-tag");
  const template = path.join(site, "web/themes/custom/care/templates/content/node--service--full.html.twig");

  it("core.extension.yml decides: an enabled module counts, a required one that is not enabled does not", () => {
    expect(drupalModulesOf(template, site, path.join(site, "web/themes/custom/care")).map(({ where }) => where)).toEqual(["config/sync/core.extension.yml:15, module google_tag"]);
  });

  it("a template outside a theme (no info.yml of type theme above it) has no hook", () => {
    expect(drupalHookOf(path.join(site, "templates/report.html.twig"), "", site)).toBeNull();
  });

  it("html.html.twig itself is reported at its first placeholder", () => {
    const html = path.join(site, "web/themes/custom/care/templates/layout/html.html.twig");
    expect(drupalHookOf(html, "<html>\n  <head>\n    <head-placeholder token=\"{{ placeholder_token }}\">", site)).toMatchObject({ range: [20, 37] });
  });
});

describe("docs/templates.md", () => {
  it("names every plugin and module of the catalogue", async () => {
    const { readFileSync } = await import("node:fs");
    const docs = readFileSync(new URL("../../docs/templates.md", import.meta.url), "utf8");
    for (const slug of Object.keys({ ...WORDPRESS_PLUGINS, ...DRUPAL_MODULES })) expect(docs).toContain(`\`${slug}\``);
  });
});

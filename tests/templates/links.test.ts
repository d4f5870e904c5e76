import { isGraphFile, linksOf, type Link } from "../../src/templates/links.js";

/** Each link as [kind, target, the text at its range, relative], in order. */
const read = (text: string, filename: string): Array<[string, string, string, boolean]> =>
  linksOf(text, filename).map((link) => [link.kind, link.target, text.slice(link.range[0], link.range[1]), link.relative]);

const only = (text: string, filename: string): Link => {
  const links = linksOf(text, filename);
  expect(links).toHaveLength(1);
  return links[0] as Link;
};

describe("linksOf: Nunjucks, Jinja, Twig", () => {
  const page = [
    '{% extends "layouts/base.njk" %}',
    "{% include 'partials/analytics.njk' %}",
    '{%- import "macros/forms.njk" as forms -%}',
    '{% from "macros/tiktok.njk" import tiktokPixel %}',
    '{% embed "card.njk" %}{% endembed %}',
    "{% include partialName %}",
  ].join("\n");

  it("reads extends, include, import, from and embed, each range on its tag; a computed name is no link", () => {
    expect(read(page, "/site/report.njk")).toEqual([
      ["extends", "layouts/base.njk", '{% extends "layouts/base.njk"', false],
      ["include", "partials/analytics.njk", "{% include 'partials/analytics.njk'", false],
      ["import", "macros/forms.njk", '{%- import "macros/forms.njk"', false],
      ["from", "macros/tiktok.njk", '{% from "macros/tiktok.njk"', false],
      ["embed", "card.njk", '{% embed "card.njk"', false],
    ]);
  });

  it("looks a name up as written", () => {
    expect(only('{% include "partials/analytics.njk" %}', "/site/a.njk").candidates).toEqual(["partials/analytics.njk"]);
  });

  it.each(["page.njk", "page.nunjucks", "page.jinja", "page.jinja2", "page.j2", "page.twig"])("reads %s", (filename) => {
    expect(read('{% extends "base.html" %}', `/site/${filename}`)).toEqual([["extends", "base.html", '{% extends "base.html"', false]]);
  });
});

describe("linksOf: Liquid (Jekyll, Eleventy, Shopify)", () => {
  it("reads include, render, section and include_relative, with their folders", () => {
    const text = ["{% include 'header' %}", "{%- render 'pixel', product: product -%}", "{% section 'footer' %}", "{% include_relative notes.html %}", "{% include {{ page.partial }} %}"].join("\n");
    const links = linksOf(text, "/shop/snippets/card.liquid");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative])).toEqual([
      ["include", "header", "{% include 'header", false],
      ["render", "pixel", "{%- render 'pixel", false],
      ["section", "footer", "{% section 'footer", false],
      ["include_relative", "notes.html", "{% include_relative notes.html", true],
    ]);
    expect(links[0]?.candidates).toEqual(["_includes/header.liquid", "snippets/header.liquid", "header.liquid", "_includes/header.html", "snippets/header.html", "header.html", "_includes/header", "snippets/header", "header"]);
    expect(links[1]?.candidates).toEqual(["_includes/pixel.liquid", "snippets/pixel.liquid", "pixel.liquid", "_includes/pixel.html", "snippets/pixel.html", "pixel.html", "_includes/pixel", "snippets/pixel", "pixel"]);
    expect(links[2]?.candidates).toEqual(["sections/footer.liquid", "sections/footer.html", "sections/footer"]);
    expect(links[3]?.candidates).toEqual(["notes.html"]);
  });

  it("a name with an extension keeps it", () => {
    expect(only("{% include analytics.html %}", "/blog/_layouts/default.liquid").candidates).toEqual(["_includes/analytics.html", "snippets/analytics.html", "analytics.html"]);
  });

  it("reads the front matter layout (Jekyll `_layouts/`, Eleventy `_includes/`), its range on the `layout:` line", () => {
    const jekyll = "---\ntitle: Report\nlayout: default\n---\n<h1>Report</h1>\n";
    const link = only(jekyll, "/blog/report.liquid");
    expect([link.kind, link.target, jekyll.slice(...link.range), link.relative]).toEqual(["layout", "default", "layout: default", false]);
    expect(link.candidates).toEqual([
      "_layouts/default.liquid", "_includes/default.liquid", "_includes/layouts/default.liquid",
      "_layouts/default.html", "_includes/default.html", "_includes/layouts/default.html",
      "_layouts/default", "_includes/default", "_includes/layouts/default",
    ]);
    const eleventy = '---\nlayout: "base.njk"\n---\n';
    expect(only(eleventy, "/site/report.liquid").candidates).toEqual(["_layouts/base.njk", "_includes/base.njk", "_includes/layouts/base.njk"]);
  });

  it("a `layout:` outside the front matter is no link", () => {
    expect(linksOf("<pre>\nlayout: default\n</pre>\n", "/blog/a.liquid")).toEqual([]);
    expect(linksOf("---\ntitle: x\n---\nlayout: default\n", "/blog/a.liquid")).toEqual([]);
  });

  it("Shopify: layout/theme.liquid wraps templates/*.liquid, at the file's start, unless {% layout none %}", () => {
    expect(linksOf("<h1>{{ page.title }}</h1>", "/shop/templates/page.report.liquid")).toEqual([
      { target: "layout/theme.liquid", candidates: ["layout/theme.liquid"], range: [0, 0], kind: "wrapper", relative: false },
    ]);
    expect(linksOf("{% layout none %}\n<h1>x</h1>", "/shop/templates/page.helpline.liquid")).toEqual([]);
    expect(linksOf("{%- layout none -%}", "/shop/templates/page.helpline.liquid")).toEqual([]);
    // not a template: sections, snippets, the layout itself
    expect(linksOf("<h1>x</h1>", "/shop/sections/header.liquid")).toEqual([]);
    expect(linksOf("<h1>x</h1>", "/shop/layout/theme.liquid")).toEqual([]);
  });
});

describe("linksOf: .html pages are read by the Nunjucks, Liquid and Handlebars engines", () => {
  it("Jekyll: front matter layout and an unquoted include", () => {
    const text = "---\nlayout: default\n---\n{% include analytics.html %}\n";
    expect(read(text, "/blog/_layouts/post.html")).toEqual([
      ["layout", "default", "layout: default", false],
      ["include", "analytics.html", "{% include analytics.html", false],
    ]);
  });

  it("one link per tag when two engines read it", () => {
    const text = '{% include "partials/analytics.html" %}\n{{> nav}}';
    expect(read(text, "/site/index.html")).toEqual([
      ["include", "partials/analytics.html", '{% include "partials/analytics.html"', false],
      ["partial", "nav", "{{> nav", false],
    ]);
  });

  it(".htm is read too, other files are not", () => {
    expect(linksOf("{% include 'a.html' %}", "/site/index.htm")).toHaveLength(1);
    expect(linksOf("{% include 'a.html' %}", "/site/README.txt")).toEqual([]);
    // Markdown pages are Jekyll's and Eleventy's too: Liquid runs over them first
    expect(linksOf("{% include 'a.html' %}", "/site/README.md")).toHaveLength(1);
    expect(linksOf("{% include 'a.html' %}", "/site/data.json")).toEqual([]);
  });
});

describe("linksOf: Handlebars, Mustache, EJS", () => {
  it("reads {{> partial}}, quoted names and {{#> layout}}; a computed partial is no link", () => {
    const text = "{{> analytics}}\n{{> 'nav' }}\n{{#> layouts/main title=\"x\"}}{{/layouts/main}}\n{{> (lookup . 'name') }}";
    expect(read(text, "/site/views/report.hbs")).toEqual([
      ["partial", "analytics", "{{> analytics", false],
      ["partial", "nav", "{{> 'nav", false],
      ["partial", "layouts/main", "{{#> layouts/main", false],
    ]);
  });

  it("looks partials up in the usual partials folders, with each extension", () => {
    expect(only("{{> analytics}}", "/site/views/report.handlebars").candidates.slice(0, 5)).toEqual([
      "partials/analytics.hbs", "views/partials/analytics.hbs", "templates/partials/analytics.hbs", "_partials/analytics.hbs", "analytics.hbs",
    ]);
    expect(only("{{> analytics}}", "/site/report.mustache").candidates).toContain("partials/analytics.mustache");
    expect(only("{{> analytics.html}}", "/site/report.hbs").candidates).toEqual(["partials/analytics.html", "views/partials/analytics.html", "templates/partials/analytics.html", "_partials/analytics.html", "analytics.html"]);
  });

  it("EJS: include() and the old `<% include x %>`, relative to the file", () => {
    const text = "<%- include('partials/analytics') %>\n<% include footer.ejs %>";
    const links = linksOf(text, "/site/views/report.ejs");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative, link.candidates])).toEqual([
      ["include", "partials/analytics", "<%- include('partials/analytics", true, ["partials/analytics.ejs", "partials/analytics"]],
      ["include", "footer.ejs", "<% include footer.ejs", true, ["footer.ejs"]],
    ]);
  });
});

describe("linksOf: ERB (Rails)", () => {
  it("reads render, render partial: and render(), as _partial files, also under app/views/", () => {
    const text = '<%= render "shared/tracking" %>\n<%= render partial: "form" %>\n<%= render("nav") %>';
    const links = linksOf(text, "/app/app/views/reports/_list.html.erb");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative])).toEqual([
      ["render", "shared/tracking", 'render "shared/tracking"', false],
      ["render", "form", 'render partial: "form"', false],
      ["render", "nav", 'render("nav"', false],
    ]);
    expect(links[0]?.candidates).toEqual(["shared/_tracking.html.erb", "shared/_tracking.erb", "app/views/shared/_tracking.html.erb", "app/views/shared/_tracking.erb"]);
    expect(links[1]?.candidates).toEqual(["_form.html.erb", "_form.erb", "app/views/_form.html.erb", "app/views/_form.erb"]);
  });

  it("layouts/application wraps every view, not layouts or partials", () => {
    const wrapper = { target: "app/views/layouts/application.html.erb", candidates: ["app/views/layouts/application.html.erb"], range: [0, 0], kind: "wrapper", relative: false };
    expect(linksOf("<h1>New report</h1>", "/rails/app/views/reports/new.html.erb")).toEqual([wrapper]);
    expect(linksOf("<h1>x</h1>", "/rails/app/views/layouts/admin.html.erb")).toEqual([]);
    expect(linksOf("<h1>x</h1>", "/rails/app/views/reports/_form.html.erb")).toEqual([]);
    expect(linksOf("<h1>x</h1>", "/rails/lib/templates/x.html.erb")).toEqual([]);
  });
});

describe("linksOf: PHP, WordPress, Blade", () => {
  it("reads get_header/footer/sidebar with and without a name, looked up from the theme root (climbing)", () => {
    const text = "<?php get_header(); ?>\n<?php get_footer( 'shop' ); ?>\n<?php get_sidebar(); ?>";
    const links = linksOf(text, "/theme/page-report.php");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative, link.candidates])).toEqual([
      ["get_header", "header.php", "get_header(", false, ["header.php"]],
      ["get_footer", "footer-shop.php", "get_footer( 'shop'", false, ["footer-shop.php"]],
      ["get_sidebar", "sidebar.php", "get_sidebar(", false, ["sidebar.php"]],
    ]);
  });

  it("reads get_template_part with a slug and a name, and literal include/require", () => {
    const text = "<?php\nget_template_part('parts/gtm');\nget_template_part( 'template-parts/content', 'page' );\nrequire_once __DIR__ . '/inc/tracking.php';\ninclude('footer-scripts.php');\ninclude $dynamic;\n";
    const links = linksOf(text, "/theme/page.php");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative, link.candidates])).toEqual([
      ["get_template_part", "parts/gtm.php", "get_template_part('parts/gtm'", false, ["parts/gtm.php"]],
      ["get_template_part", "template-parts/content-page.php", "get_template_part( 'template-parts/content', 'page'", false, ["template-parts/content-page.php", "template-parts/content.php"]],
      ["include", "inc/tracking.php", "require_once __DIR__ . '/inc/tracking.php'", true, ["inc/tracking.php"]],
      ["include", "footer-scripts.php", "include('footer-scripts.php'", true, ["footer-scripts.php"]],
    ]);
  });

  it("Blade: @extends, @include and <x-component>, from resources/views/", () => {
    const text = "@extends('layouts.app')\n@include('partials.nav')\n<x-tracking.pixel />";
    const links = linksOf(text, "/laravel/resources/views/report.blade.php");
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative, link.candidates])).toEqual([
      ["@extends", "layouts.app", "@extends('layouts.app'", false, ["resources/views/layouts/app.blade.php", "layouts/app.blade.php"]],
      ["@include", "partials.nav", "@include('partials.nav'", false, ["resources/views/partials/nav.blade.php", "partials/nav.blade.php"]],
      ["component", "<x-tracking.pixel>", "<x-tracking.pixel", false, ["resources/views/components/tracking/pixel.blade.php", "components/tracking/pixel.blade.php"]],
    ]);
  });
});

describe("linksOf: JavaScript and TypeScript", () => {
  it("reads relative imports, re-exports, import() and require(); other specifiers are alias links, never node: or URLs", () => {
    const text = 'import Script from "next/script";\nimport { Gtm } from "../components/gtm";\nexport * from "./pixel.js";\nconst Lazy = import("./lazy");\nconst cjs = require(\'./cjs\');\nimport "./side-effect";\nimport fs from "node:fs";\nimport x from "https://esm.sh/x";\n';
    const all = linksOf(text, "/next/lib/analytics.ts");
    // a package or an alias (`@/x`): resolved only through tsconfig/jsconfig paths (tests/templates/aliases.test.ts)
    expect(all.filter((link) => link.alias).map((link) => [link.target, link.relative, link.candidates[0]])).toEqual([["next/script", false, ""]]);
    const links = all.filter((link) => !link.alias);
    expect(links.map((link) => [link.kind, link.target, text.slice(...link.range), link.relative])).toEqual([
      ["import", "../components/gtm", 'from "../components/gtm"', true],
      ["import", "./pixel.js", 'from "./pixel.js"', true],
      ["import", "./lazy", 'import("./lazy"', true],
      ["import", "./cjs", "require('./cjs'", true],
      ["import", "./side-effect", 'import "./side-effect"', true],
    ]);
    expect(links[0]?.candidates).toEqual([
      "../components/gtm.tsx", "../components/gtm.ts", "../components/gtm.jsx", "../components/gtm.js", "../components/gtm.mjs", "../components/gtm.cjs",
      "../components/gtm/index.tsx", "../components/gtm/index.ts", "../components/gtm/index.jsx", "../components/gtm/index.js", "../components/gtm/index.mjs", "../components/gtm/index.cjs",
    ]);
    expect(links[1]?.candidates).toEqual(["./pixel.js"]);
  });

  it("Next.js app router: every layout from the page's folder up to app/ wraps the page", () => {
    const links = linksOf("export default function Page() {}", "/next/app/report/victims/page.tsx");
    expect(links.map((link) => [link.kind, link.target, link.range, link.relative, link.candidates[0]])).toEqual([
      ["wrapper", "./layout", [0, 0], true, "./layout.tsx"],
      ["wrapper", "../layout", [0, 0], true, "../layout.tsx"],
      ["wrapper", "../../layout", [0, 0], true, "../../layout.tsx"],
    ]);
    expect(linksOf("", "/next/src/app/page.jsx").map((link) => link.target)).toEqual(["./layout"]);
    // a layout or a component is not a page
    expect(linksOf("", "/next/app/layout.tsx")).toEqual([]);
    expect(linksOf("", "/next/app/report/form.tsx")).toEqual([]);
  });

  it("Next.js pages router: _app and _document wrap every page; Gatsby's wrappers wrap src/pages", () => {
    expect(linksOf("", "/next/pages/report/index.tsx").map((link) => [link.kind, link.target, link.range, link.candidates[0]])).toEqual([
      ["wrapper", "pages/_app", [0, 0], "../_app.tsx"],
      ["wrapper", "pages/_document", [0, 0], "../_document.tsx"],
    ]);
    expect(linksOf("", "/next/pages/_app.tsx")).toEqual([]);
    expect(linksOf("", "/gatsby/src/pages/report.js").map((link) => [link.target, link.candidates[0]])).toEqual([
      ["pages/_app", "./_app.tsx"],
      ["pages/_document", "./_document.tsx"],
      ["gatsby-ssr", "../../gatsby-ssr.tsx"],
      ["gatsby-browser", "../../gatsby-browser.tsx"],
    ]);
  });
});

describe("isGraphFile", () => {
  it.each([
    ["a.njk", true], ["a.liquid", true], ["a.hbs", true], ["a.ejs", true], ["a.html.erb", true], ["a.php", true], ["a.blade.php", true],
    ["a.tsx", true], ["a.mjs", true], ["a.html", true], ["a.htm", true], ["a.md", true], ["a.txt", false], ["a.css", false], ["a.json", false],
  ])("%s: %s", (name, expected) => {
    expect(isGraphFile(`/site/${name}`)).toBe(expected);
  });
});

/**
 * The links of Pug, Go templates and Hugo, server-side includes, and where Django, Drupal and Hugo
 * sites keep what those links name; links that leave the project are not followed.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { linksOf, type Link } from "../../src/templates/links.js";
import { forgetFiles, resolveLink } from "../../src/templates/resolve.js";
import { fixture } from "./helpers.js";

/** Each link as [kind, target, the text at its range, relative]. */
const read = (text: string, filename: string): Array<[string, string, string, boolean]> =>
  linksOf(text, filename).map((link) => [link.kind, link.target, text.slice(link.range[0], link.range[1]), link.relative]);

function linkOf(text: string, filename: string): Link {
  const [link] = linksOf(text, filename);
  if (!link) throw new Error(`no link in ${text}`);
  return link;
}

const rel = (root: string, file: string | null) => (file === null ? null : path.relative(root, file).split(path.sep).join("/"));

describe("Pug links", () => {
  it("reads extends, extend and include (with a filter) from the file's folder, an absolute path from the basedir; range from the keyword", () => {
    const text = ["extends ../layout", "block content", "  include partials/analytics.pug", "  include:markdown-it /docs/intro.md", "extend base", "p include this is text"].join("\n");
    expect(read(text, "/site/views/report.pug")).toEqual([
      ["extends", "../layout", "extends ../layout", true],
      ["include", "partials/analytics.pug", "include partials/analytics.pug", true],
      ["include", "/docs/intro.md", "include:markdown-it /docs/intro.md", false],
      ["extends", "base", "extend base", true],
    ]);
    expect(linkOf("extends ../layout", "/site/views/a.pug").candidates).toEqual(["../layout.pug", "../layout.jade"]);
    expect(linkOf("include /docs/intro.md", "/site/views/a.jade").candidates).toEqual(["docs/intro.md"]);
  });
});

describe("Go template and Hugo links", () => {
  const text = [
    '{{ define "main" }}',
    '{{ template "header.html" . }}',
    '{{- template "_internal/google_analytics.html" . -}}',
    '{{ partial "head.html" . }}',
    '{{ $meta := partialCached "analytics/meta" . }}',
    "{{ end }}",
  ].join("\n");

  it("reads template, partial and partialCached; a {{ define }} fills baseof.html; Hugo's _internal templates are no files", () => {
    expect(read(text, "/site/layouts/posts/single.html")).toEqual([
      ["baseof", "baseof.html", '{{ define "main"', false],
      ["template", "header.html", '{{ template "header.html"', false],
      ["partial", "head.html", 'partial "head.html"', false],
      ["partial", "analytics/meta", 'partialCached "analytics/meta"', false],
    ]);
  });

  it("looks partials up in partials/ and _partials/, baseof.html in the template's folder then _default/", () => {
    const links = linksOf(text, "/site/layouts/posts/single.gohtml");
    expect(links.find((link) => link.target === "head.html")?.candidates).toEqual(["partials/head.html", "_partials/head.html"]);
    expect(links.find((link) => link.target === "analytics/meta")?.candidates).toEqual([
      "partials/analytics/meta.html",
      "_partials/analytics/meta.html",
      "partials/analytics/meta",
      "_partials/analytics/meta",
    ]);
    const hugo = fixture("graph-hugo-templates");
    const page = path.join(hugo, "layouts/support/single.html");
    expect(rel(hugo, resolveLink(linkOf('{{ define "main" }}{{ end }}', page), page, hugo, []))).toBe("layouts/_default/baseof.html");
  });
});

describe("server-side include links", () => {
  it("reads virtual (from the document root when it starts with /, else the page's folder) and file (the page's folder)", () => {
    const text = ['<!--#include virtual="/includes/head.html" -->', '<!--#include file="footer.html" -->', "<!-- #include virtual='nav.html'-->"].join("\n");
    expect(read(text, "/site/help/page.shtml").map(([kind, target, , relative]) => [kind, target, relative])).toEqual([
      ["include virtual", "/includes/head.html", false],
      ["include file", "footer.html", true],
      ["include virtual", "nav.html", true],
    ]);
    expect(linkOf('<!--#include virtual="/includes/head.html" -->', "/site/a.shtml").candidates).toEqual(["includes/head.html"]);
  });

  it("reads them in .html pages too (Apache's XBitHack)", () => {
    expect(read('<!--#include virtual="/includes/head.html" -->', "/site/index.html").map(([kind]) => kind)).toEqual(["include virtual"]);
  });
});

describe("Django and Drupal names", () => {
  it("a Django name is also looked up in templates/ and in its app's templates/ folder", () => {
    expect(linkOf('{% extends "support/base.html" %}', "/site/support/templates/support/x.html").candidates).toEqual([
      "support/base.html",
      "templates/support/base.html",
      "support/templates/support/base.html",
    ]);
    const django = fixture("graph-django");
    const page = path.join(django, "templates/base.html");
    expect(rel(django, resolveLink(linkOf('{% include "core/tag_manager_noscript.html" %}', page), page, django, []))).toBe("core/templates/core/tag_manager_noscript.html");
  });

  it("a Drupal @theme/ name is the theme's templates/ folder, wherever the site keeps themes", () => {
    const candidates = linkOf("{% include '@civic/includes/meta-pixel.html.twig' %}", "/site/x.html.twig").candidates;
    expect(candidates).toEqual(expect.arrayContaining(["civic/templates/includes/meta-pixel.html.twig", "web/themes/custom/civic/templates/includes/meta-pixel.html.twig", "docroot/themes/contrib/civic/templates/includes/meta-pixel.html.twig"]));
    const drupal = fixture("graph-drupal");
    const from = path.join(drupal, "web/themes/custom/civic/templates/layout/html.html.twig");
    expect(rel(drupal, resolveLink(linkOf("{% include '@civic/includes/meta-pixel.html.twig' %}", from), from, drupal, []))).toBe("web/themes/custom/civic/templates/includes/meta-pixel.html.twig");
  });

  it("a template in a theme's templates/ is wrapped by page.html.twig (page templates by html.html.twig); html.html.twig and Symfony-style files elsewhere are not", () => {
    const wrappers = (file: string) => linksOf("<p>x</p>", file).map((link) => [link.kind, link.target, link.range]);
    expect(wrappers("/site/themes/custom/civic/templates/content/node--article.html.twig")).toEqual([["wrapper", "page.html.twig", [0, 0]]]);
    expect(wrappers("/site/themes/custom/civic/templates/layout/page--front.html.twig")).toEqual([["wrapper", "html.html.twig", [0, 0]]]);
    expect(wrappers("/site/themes/custom/civic/templates/layout/html.html.twig")).toEqual([]);
    expect(wrappers("/site/themes/custom/civic/components/card.twig")).toEqual([]);
  });
});

describe("links that leave the project", () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    outside = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-outside-")));
    root = path.join(outside, "site");
    mkdirSync(path.join(root, "views"), { recursive: true });
    writeFileSync(path.join(outside, "secret.pug"), "p secret\n");
    writeFileSync(path.join(root, "views", "page.pug"), "include ../../secret.pug\n");
    writeFileSync(path.join(root, "views", "ok.pug"), "p ok\n");
    forgetFiles();
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it("are not read, relative or absolute; a file inside still is", () => {
    const page = path.join(root, "views", "page.pug");
    expect(resolveLink(linkOf("include ../../secret.pug", page), page, root, [])).toBeNull();
    expect(resolveLink(linkOf('{% include "../secret.pug" %}', path.join(root, "a.njk")), path.join(root, "a.njk"), root, [])).toBeNull();
    expect(rel(root, resolveLink(linkOf("include ok.pug", page), page, root, []))).toBe("views/ok.pug");
    // a template root outside the project is part of it: the user named it
    expect(rel(outside, resolveLink(linkOf('{% include "secret.pug" %}', path.join(root, "a.njk")), path.join(root, "a.njk"), root, [outside]))).toBe("secret.pug");
  });
});

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { linksOf, type Link } from "../../src/templates/links.js";
import { forgetFiles, resolveLink } from "../../src/templates/resolve.js";
import { fixture } from "./helpers.js";

const nunjucks = fixture("graph-nunjucks");
const eleventy = fixture("graph-eleventy");
const wordpress = fixture("graph-wordpress");

/** The one link of a template text, as the engine of `filename` reads it. */
function linkOf(text: string, filename: string): Link {
  const [link] = linksOf(text, filename);
  if (!link) throw new Error(`no link in ${text}`);
  return link;
}

const rel = (root: string, file: string | null) => (file === null ? null : path.relative(root, file).split(path.sep).join("/"));

describe("resolveLink", () => {
  it("finds a name from the page's folder, climbing to the root", () => {
    const page = path.join(nunjucks, "victims/story-1.njk");
    expect(rel(nunjucks, resolveLink(linkOf('{% extends "layouts/base.njk" %}', page), page, nunjucks, []))).toBe("layouts/base.njk");
  });

  it("tries the page's own folder first", () => {
    const page = path.join(nunjucks, "cycle/a.njk");
    expect(rel(nunjucks, resolveLink(linkOf('{% include "b.njk" %}', page), page, nunjucks, []))).toBe("cycle/b.njk");
  });

  it("a missing file is null", () => {
    const page = path.join(nunjucks, "support.njk");
    expect(resolveLink(linkOf('{% include "partials/missing.njk" %}', page), page, nunjucks, [])).toBeNull();
  });

  it("a name that names a folder (a computed include's literal part) is null", () => {
    const page = path.join(nunjucks, "support.njk");
    expect(resolveLink(linkOf('{% include "partials/" ~ name %}', page), page, nunjucks, [])).toBeNull();
  });

  it("a file never resolves to itself", () => {
    const page = path.join(nunjucks, "cycle/a.njk");
    expect(resolveLink(linkOf('{% include "a.njk" %}', page), page, nunjucks, [])).toBeNull();
  });

  it("stops at the root: a file above it is not found", () => {
    const page = path.join(nunjucks, "report.njk");
    // tests/fixtures/graph-jekyll/report.html exists, one folder above this root
    expect(resolveLink(linkOf('{% include "graph-jekyll/report.html" %}', page), page, nunjucks, [])).toBeNull();
    expect(rel(nunjucks, resolveLink(linkOf('{% include "graph-jekyll/report.html" %}', page), page, path.dirname(nunjucks), []))).toBe("../graph-jekyll/report.html");
  });

  it("uses templateRoots (relative to the root) after the page's folders", () => {
    // A .njk page: only Nunjucks reads the tag, so no `_includes/` candidate comes from Liquid.
    const page = path.join(eleventy, "report.njk");
    const link = linkOf('{% include "base.njk" %}', page);
    expect(resolveLink(link, page, eleventy, [])).toBeNull();
    expect(rel(eleventy, resolveLink(link, page, eleventy, ["_includes"]))).toBe("_includes/base.njk");
    expect(rel(eleventy, resolveLink(link, page, eleventy, ["missing", "_includes"]))).toBe("_includes/base.njk");
  });

  it("a relative link (include_relative, EJS include) looks in the file's own folder only", () => {
    const part = path.join(wordpress, "parts/gtm.php");
    const relative: Link = { target: "header.php", candidates: ["header.php"], range: [0, 0], kind: "include", relative: true };
    // header.php exists at the root, one folder up
    expect(resolveLink(relative, part, wordpress, [])).toBeNull();
    expect(rel(wordpress, resolveLink({ ...relative, relative: false }, part, wordpress, []))).toBe("header.php");
    expect(rel(wordpress, resolveLink(relative, path.join(wordpress, "page.php"), wordpress, []))).toBe("header.php");
  });

  it("WordPress: get_header() and get_template_part() from a page template at the theme root", () => {
    const page = path.join(wordpress, "page-report.php");
    expect(rel(wordpress, resolveLink(linkOf("<?php get_header(); ?>", page), page, wordpress, []))).toBe("header.php");
    expect(rel(wordpress, resolveLink(linkOf("<?php get_template_part('parts/gtm'); ?>", page), page, wordpress, []))).toBe("parts/gtm.php");
  });

  it("wrappers resolve from the page: Shopify, Rails, Next.js", () => {
    const shop = fixture("graph-shopify");
    const template = path.join(shop, "templates/page.report.liquid");
    const wrapper = linksOf("", template).find((link) => link.kind === "wrapper") as Link;
    expect(rel(shop, resolveLink(wrapper, template, shop, []))).toBe("layout/theme.liquid");

    const rails = fixture("graph-rails");
    const view = path.join(rails, "app/views/reports/new.html.erb");
    const [render, application] = linksOf('<%= render "shared/tracking" %>', view) as [Link, Link];
    expect(rel(rails, resolveLink(render, view, rails, []))).toBe("app/views/shared/_tracking.html.erb");
    expect(rel(rails, resolveLink(application, view, rails, []))).toBe("app/views/layouts/application.html.erb");

    const next = fixture("graph-next-app");
    const page = path.join(next, "app/report/page.tsx");
    expect(linksOf("", page).map((link) => rel(next, resolveLink(link, page, next, [])))).toEqual([null, "app/layout.tsx"]);
  });

  describe("the file cache", () => {
    let root: string;
    beforeAll(() => {
      root = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-resolve-")));
      mkdirSync(path.join(root, "partials"));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("remembers what it saw until forgetFiles()", () => {
      const page = path.join(root, "page.njk");
      const link = linkOf('{% include "partials/late.njk" %}', page);
      expect(resolveLink(link, page, root, [])).toBeNull();
      writeFileSync(path.join(root, "partials/late.njk"), "<p>late</p>\n");
      expect(resolveLink(link, page, root, [])).toBeNull();
      forgetFiles();
      expect(rel(root, resolveLink(link, page, root, []))).toBe("partials/late.njk");
    });
  });
});

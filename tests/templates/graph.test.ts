import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chainHitsOf, resolvedLinksOf, type ChainHit } from "../../src/templates/graph.js";
import "../../src/rules/index.js";
import { trackerOwners } from "../../src/rules/tracker-rule.js";
import { linksOf } from "../../src/templates/links.js";
import { reachOf } from "../../src/templates/project-index.js";

/** The sensitive pages the project index says pull a file in ([] for none). */
const sensitivePagesReaching = (file: string, root: string, sensitive: string[], templateRoots: string[]): string[] => reachOf(file, root, { sensitive, allow: [], templateRoots })?.pages ?? [];
import { fixture } from "./helpers.js";

const nunjucks = fixture("graph-nunjucks");

/** Chain hits grouped as the rules report them: per link, the first tracker each rule owns, and how many more. */
function byRule(hits: ChainHit[]): Array<ChainHit & { rule: string; what: string; more: number }> {
  const groups = new Map<string, ChainHit & { rule: string; what: string; more: number }>();
  for (const hit of hits) {
    const rule = [...trackerOwners].find(([, owns]) => owns(hit.tracker))?.[0] ?? "none";
    const key = `${hit.link.range[0]}:${hit.link.target}:${rule}`;
    const known = groups.get(key);
    if (known) known.more++;
    else groups.set(key, { ...hit, rule, what: hit.tracker.label, more: 0 });
  }
  return [...groups.values()];
}

/** A page's chain hits, as "<rule> <chain> <what> +<more> @<text at the link>". */
function hitsOf(root: string, page: string, templateRoots: string[] = []): string[] {
  const file = path.join(root, page);
  const text = readFileSync(file, "utf8");
  return byRule(chainHitsOf(file, text, root, templateRoots)).map((hit) => `${hit.rule} ${hit.chain} ${hit.what} +${hit.more} @${text.slice(hit.link.range[0], hit.link.range[1])}`);
}

const relative = (root: string, files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join("/")).sort();

describe("chainHitsOf", () => {
  it("follows extends then include, first tracker of each rule with how many more", () => {
    expect(hitsOf(nunjucks, "report.njk")).toEqual([
      'no-meta-pixel layouts/base.njk -> partials/analytics.njk:3 the Meta Pixel base code +0 @{% extends "layouts/base.njk"',
      "no-fbq-events layouts/base.njk -> partials/analytics.njk:4 fbq('set') +2 @{% extends \"layouts/base.njk\"",
    ]);
  });

  it("import and from are links like include; missing and computed names are skipped", () => {
    expect(hitsOf(nunjucks, "support.njk")).toEqual([
      'no-tracking-attributes macros/forms.njk:2 the data-gtm-field attribute +0 @{% import "macros/forms.njk"',
      'no-third-party-trackers macros/tiktok.njk:2 the TikTok Pixel loader (analytics.tiktok.com/i18n/pixel/events.js) +0 @{% from "macros/tiktok.njk"',
    ]);
    const file = path.join(nunjucks, "support.njk");
    const links = linksOf(readFileSync(file, "utf8"), file);
    expect(links.map((link) => link.target)).toEqual(["macros/forms.njk", "macros/tiktok.njk", "partials/missing.njk"]);
    expect(relative(nunjucks, resolvedLinksOf(file, links, nunjucks, []).map(({ file: target }) => target))).toEqual(["macros/forms.njk", "macros/tiktok.njk"]);
  });

  it("a cycle ends (a.njk includes b.njk includes a.njk)", () => {
    expect(hitsOf(nunjucks, "cycle/a.njk")).toEqual(['no-fbq-events cycle/b.njk:3 fbq(\'track\', \'Lead\') +0 @{% include "b.njk"']);
    // from b's side, a.njk holds nothing: no hit, and no endless walk
    expect(hitsOf(nunjucks, "cycle/b.njk")).toEqual([]);
  });

  it("an implicit wrapper's link is at the file's start", () => {
    const next = fixture("graph-next-pages");
    const page = path.join(next, "pages/report.tsx");
    const hits = byRule(chainHitsOf(page, readFileSync(page, "utf8"), next, []));
    expect(hits.map((hit) => [hit.rule, hit.chain, hit.link.kind, hit.link.range, hit.more])).toEqual([
      ["no-meta-pixel", "pages/_app.tsx:3", "wrapper", [0, 0], 0],
      ["no-fbq-events", "pages/_app.tsx:7", "wrapper", [0, 0], 1],
    ]);
  });

  it("a layout reaches the partial it includes; a partial that pulls nothing in has no hits, nor has a file no engine reads", () => {
    expect(hitsOf(nunjucks, "layouts/base.njk").map((hit) => hit.split(" ")[0])).toEqual(["no-meta-pixel", "no-fbq-events"]);
    expect(hitsOf(nunjucks, "partials/analytics.njk")).toEqual([]);
    expect(chainHitsOf(path.join(nunjucks, "notes.txt"), '{% include "partials/analytics.njk" %}', nunjucks, [])).toEqual([]);
  });

  describe("depth", () => {
    let root: string;
    /** page.njk -> f1.njk -> … -> f13.njk; `tracked` holds the Pixel. */
    function chainOf(tracked: number): string {
      for (let i = 1; i <= 13; i++) {
        const next = i < 13 ? `{% include "f${i + 1}.njk" %}\n` : "";
        writeFileSync(path.join(root, `f${i}.njk`), `${next}${i === tracked ? "<script>fbq('track', 'PageView');</script>\n" : ""}`);
      }
      writeFileSync(path.join(root, "page.njk"), '{# sensitive-content #}\n{% include "f1.njk" %}\n');
      return "page.njk";
    }
    beforeEach(() => {
      root = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-depth-")));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it("follows chains twelve files deep", () => {
      const hits = hitsOf(root, chainOf(12));
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatch(/^no-fbq-events f1\.njk -> f2\.njk -> .* -> f12\.njk:2 fbq\('track', 'PageView'\) \+0 @\{% include "f1\.njk"$/);
    });

    it("and not thirteen", () => {
      expect(hitsOf(root, chainOf(13))).toEqual([]);
    });
  });
});

describe("sensitivePagesReaching (the project index)", () => {
  it("lists the tagged pages that pull a file in, through every level", () => {
    expect(relative(nunjucks, sensitivePagesReaching(path.join(nunjucks, "partials/analytics.njk"), nunjucks, [], []))).toEqual(["careers/counsellor.njk", "report.njk"]);
    expect(relative(nunjucks, sensitivePagesReaching(path.join(nunjucks, "layouts/base.njk"), nunjucks, [], []))).toEqual(["careers/counsellor.njk", "report.njk"]);
    expect(relative(nunjucks, sensitivePagesReaching(path.join(nunjucks, "macros/tiktok.njk"), nunjucks, [], []))).toEqual(["support.njk"]);
    expect(relative(nunjucks, sensitivePagesReaching(path.join(nunjucks, "cycle/b.njk"), nunjucks, [], []))).toEqual(["cycle/a.njk"]);
  });

  it("adds the pages the sensitive globs match", () => {
    expect(relative(nunjucks, sensitivePagesReaching(path.join(nunjucks, "partials/analytics.njk"), nunjucks, ["victims/**"], []))).toEqual([
      "careers/counsellor.njk", "report.njk", "victims/story-1.njk", "victims/story-2.njk", "victims/story-3.njk", "victims/story-4.njk",
    ]);
  });

  it("a sensitive page itself, and a file no sensitive page pulls in, are reached by none", () => {
    expect(sensitivePagesReaching(path.join(nunjucks, "report.njk"), nunjucks, [], [])).toEqual([]);
    expect(sensitivePagesReaching(path.join(nunjucks, "about.njk"), nunjucks, [], [])).toEqual([]);
  });

  it("follows front matter layouts, wrappers and templateRoots", () => {
    const jekyll = fixture("graph-jekyll");
    expect(relative(jekyll, sensitivePagesReaching(path.join(jekyll, "_includes/analytics.html"), jekyll, [], []))).toEqual(["report.html"]);
    const shop = fixture("graph-shopify");
    // page.helpline.liquid is sensitive too, but says {% layout none %}
    expect(relative(shop, sensitivePagesReaching(path.join(shop, "layout/theme.liquid"), shop, [], []))).toEqual(["templates/page.report.liquid"]);
    const next = fixture("graph-next-app");
    expect(relative(next, sensitivePagesReaching(path.join(next, "components/gtm.tsx"), next, ["app/report/**"], []))).toEqual(["app/report/page.tsx"]);
    expect(sensitivePagesReaching(path.join(next, "components/gtm.tsx"), next, [], [])).toEqual([]);
  });
});

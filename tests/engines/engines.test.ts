import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COMPONENT_FILES, ENGINES, engineOf, HTML_FILES } from "../../src/engines/index.js";
import { enginesTableOf, TABLE_MARKERS } from "../../src/engines/table.js";
import { HtmlSourceCode, parseHtml, type Document } from "../../src/language/index.js";
import { explicitTagOf, looksTagged } from "../../src/sensitivity/explicit-tag.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("engineOf", () => {
  it.each([
    ["Index.HTML", "html"],
    ["page.htm", "html"],
    ["report.blade.php", "blade"],
    ["Report.BLADE.PHP", "blade"],
    ["header.php", "php"],
    ["new.html.erb", "erb"],
    ["mailer.text.erb", "erb"],
    ["page.html.twig", "nunjucks"],
    ["base.njk", "nunjucks"],
    ["theme.liquid", "liquid"],
    ["nav.hbs", "handlebars"],
    ["App.vue", "vue"],
    ["site.scss", "stylesheet"],
    ["app.tsx", "script"],
  ])("%s is %s", (filename, id) => {
    expect(engineOf(`/site/${filename}`)?.id).toBe(id);
  });

  it("is undefined for files no engine reads", () => {
    expect(engineOf("/site/README.txt")).toBeUndefined();
    expect(engineOf("/site/README.md")?.id).toBe("markdown");
    expect(engineOf("/site/data.json")).toBeUndefined();
  });
});

describe("the flat-config globs, made from the engines", () => {
  it("keep the values the configs and the command have always used, in order (a new engine adds its own)", () => {
    const html = [
      "**/*.html", "**/*.htm", "**/*.njk", "**/*.nunjucks", "**/*.jinja", "**/*.jinja2", "**/*.j2", "**/*.twig", "**/*.liquid",
      "**/*.hbs", "**/*.handlebars", "**/*.mustache", "**/*.ejs", "**/*.erb", "**/*.php", "**/*.css", "**/*.scss",
    ];
    const components = ["**/*.vue", "**/*.svelte", "**/*.astro"];
    expect(HTML_FILES.filter((glob) => html.includes(glob))).toEqual(html);
    expect(COMPONENT_FILES.filter((glob) => components.includes(glob))).toEqual(components);
    // `.blade.php` and `.html.erb` are covered by `**/*.php` and `**/*.erb`
    expect(HTML_FILES.filter((glob) => glob.split(".").length > 2)).toEqual([]);
  });

  it("each extension belongs to one engine", () => {
    const extensions = ENGINES.flatMap((engine) => engine.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const extension of extensions) expect(extension).toBe(extension.toLowerCase());
  });
});

describe("one list of comment syntaxes: the language, the tag reader and the project index read the same", () => {
  const cases = ENGINES.filter((engine) => engine.linted !== "script" && engine.id !== "stylesheet").flatMap((engine) =>
    engine.comments.filter((comment) => comment.in !== "code").map((comment) => [engine.id, `${comment.open} sensitive-content: health ${comment.close}`, engine.extensions[0] as string] as const),
  );

  it.each(cases)("%s: %s tags the page and holds eslint directives", (_id, comment, extension) => {
    const text = `${comment}\n<p>x</p>\n`;
    const result = parseHtml(text, `/site/page${extension}`);
    if (!result.ok) throw new Error("did not parse");
    expect(explicitTagOf(result.ast)).toMatchObject({ source: "comment", categories: ["health"], line: 1 });
    expect(looksTagged(text)).toBe(true);
    const directive = text.replace("sensitive-content: health", "eslint-disable-next-line");
    const parsed = parseHtml(directive, `/site/page${extension}`) as { ok: true; ast: Document };
    const { directives } = new HtmlSourceCode({ text: directive, ast: parsed.ast }).getDisableDirectives();
    expect(directives.map((d) => d.type)).toEqual(["disable-next-line"]);
  });
});

describe("src/engines is the bottom layer", () => {
  it("imports nothing of the plugin but src/literals.ts", () => {
    const folder = path.join(root, "src", "engines");
    for (const file of readdirSync(folder)) {
      const text = readFileSync(path.join(folder, file), "utf8");
      for (const [, specifier] of text.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"/gm)) {
        const allowed = specifier?.startsWith("./") || specifier?.startsWith("node:") || specifier === "../literals.js";
        expect([file, specifier, allowed]).toEqual([file, specifier, true]);
      }
    }
  });
});

describe("docs/templates.md", () => {
  it("lists the engines as generated from src/engines (run `npm run build && node scripts/engines-doc.js`)", () => {
    const doc = readFileSync(path.join(root, "docs", "templates.md"), "utf8");
    const begin = doc.indexOf(TABLE_MARKERS.begin);
    const end = doc.indexOf(TABLE_MARKERS.end);
    expect(begin).toBeGreaterThanOrEqual(0);
    expect(doc.slice(begin + TABLE_MARKERS.begin.length, end).trim()).toBe(enginesTableOf(ENGINES));
  });
});

/**
 * Markdown pages through the one parse entry point: micromark finds the raw HTML (blocks and
 * inline) and the code (fenced, indented, code spans); only the HTML and the front matter are read
 * as a page, at the .md file's own lines and columns.
 */
import type { Element } from "../../src/language/index.js";
import { parseSource } from "../../src/language/index.js";
import { hasAbsurdNesting, markdownAsHtml } from "../../src/language/markdown.js";

const PAGE = [
  "---", // 1
  "layout: base.njk",
  "sensitive: health",
  "---",
  "# HIV testing", // 5
  "",
  'Book a test <img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"> today.',
  "",
  "```html",
  "<script>fbq('init', '1');</script>", // 10
  "```",
  "",
  '    <img src="https://www.facebook.com/tr?id=2">',
  "",
  "Inline `<img src=x>` code and an autolink <https://www.facebook.com/tr?id=3>.", // 15
  "",
  '<div class="consent">',
  "<script>fbq('track', 'Lead');</script>",
  "</div>",
  "",
].join("\n");

describe("Markdown pages", () => {
  it("keeps the length and line breaks, the front matter and the raw HTML; blanks code and prose brackets", () => {
    const page = markdownAsHtml(PAGE);
    expect(page).toHaveLength(PAGE.length);
    expect(page.split("\n")).toHaveLength(PAGE.split("\n").length);
    const lines = page.split("\n");
    expect(lines.slice(0, 4)).toEqual(PAGE.split("\n").slice(0, 4));
    expect(lines[6]).toBe('Book a test <img src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"> today.');
    expect(lines[9]?.trim()).toBe("");
    expect(lines[12]?.trim()).toBe("");
    expect(lines[14]).toBe("Inline " + " ".repeat("`<img src=x>`".length) + " code and an autolink  https://www.facebook.com/tr?id=3 .");
    expect(lines[17]).toBe("<script>fbq('track', 'Lead');</script>");
  });

  it("parses into a Document with the front matter and the HTML at their .md positions", () => {
    const parsed = parseSource(PAGE, "content/hiv.md");
    expect(parsed.kind).toBe("page");
    if (parsed.kind !== "page") return;
    expect(parsed.ast.frontMatter?.value).toEqual({ layout: "base.njk", sensitive: "health" });
    const elements = parsed.ast.children.filter((child): child is Element => child.type === "Element");
    expect(elements.map((element) => [element.name, element.loc.start.line, element.loc.start.column])).toEqual([
      ["img", 7, 12],
      ["div", 17, 0],
    ]);
    expect(parsed.ast.scripts).toHaveLength(1);
  });

  it("reads .markdown and .mdx the same way, JSX blocks as HTML", () => {
    const mdx = 'import Chart from "./chart.js";\n\n# Results\n\n<Chart data={[1, 2]} />\n\n```js\nfbq("init", "1");\n```\n';
    const parsed = parseSource(mdx, "docs/results.mdx");
    expect(parsed.kind).toBe("page");
    expect(markdownAsHtml(mdx)).not.toContain("fbq");
    expect(markdownAsHtml("Text <b>bold</b>\n")).toBe("Text <b>bold</b>\n");
    expect(parseSource("# x\n", "README.markdown").kind).toBe("page");
  });
});

describe("Markdown pages with no HTML", () => {
  it("are handed to the page parser as written (no `<`, nothing is markup), and their code stays text", () => {
    const text = "---\nsensitive: health\n---\n# Clinics\n\n```js\nfbq('init', '1');\n```\n";
    expect(markdownAsHtml(text)).toBe(text);
    const parsed = parseSource(text, "clinics.md");
    expect(parsed.kind === "page" && parsed.ast.children.every((child) => child.type === "Text")).toBe(true);
    expect(parsed.kind === "page" && parsed.ast.scripts).toEqual([]);
  });
});

describe("Markdown pages nested deeper than any real page", () => {
  const BEACON = '<img src="https://www.facebook.com/tr?id=1">';

  it("tells absurd nesting from real nesting (quotes, lists, indented code)", () => {
    expect(hasAbsurdNesting(`${"> ".repeat(101)}a`)).toBe(true);
    expect(hasAbsurdNesting(`${" ".repeat(401)}- a`)).toBe(true);
    expect(hasAbsurdNesting("> > > a quote three deep\n\n- a\n  - list\n    - nested\n\n        indented code\n")).toBe(false);
    // the prefix ends at the first other character: a long line of prose with `>` in it is not nesting
    expect(hasAbsurdNesting(`a ${"> ".repeat(500)}`)).toBe(false);
    // each line starts again
    expect(hasAbsurdNesting(`${"> ".repeat(60)}a\n${"> ".repeat(60)}b`)).toBe(false);
  });

  it("reads such a page as written (micromark is quadratic on it), so its HTML is still found at its place", () => {
    const text = `<!-- sensitive-content -->\n\n${"> ".repeat(20000)}a\n\n${BEACON}\n`;
    expect(markdownAsHtml(text)).toBe(text);
    const parsed = parseSource(text, "page.md");
    expect(parsed.kind).toBe("page");
    if (parsed.kind !== "page") return;
    const elements = parsed.ast.children.filter((child): child is Element => child.type === "Element");
    expect(elements.map((element) => [element.name, element.loc.start.line, element.loc.start.column])).toEqual([["img", 5, 0]]);
  });
});

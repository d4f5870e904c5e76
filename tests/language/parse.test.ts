import type * as ESTree from "estree";
import type { Document, Element, HtmlNode } from "../../src/language/ast.js";
import { parseHtml } from "../../src/language/parse.js";
import { nodesBelow } from "./estree-nodes.js";

function documentOf(text: string, filename = "page.html"): Document {
  const result = parseHtml(text, filename);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.ast;
}

/** Every Element of the tree, in document order (iterative). */
function elementsOf(document: Document): Element[] {
  const found: Element[] = [];
  const stack: HtmlNode[] = [...document.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type !== "Element") continue;
    found.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as HtmlNode);
  }
  return found;
}

function elementNamed(document: Document, name: string, nth = 0): Element {
  const element = elementsOf(document).filter((candidate) => candidate.name === name)[nth];
  if (!element) throw new Error(`no <${name}>`);
  return element;
}

/** Every ESTree node of a Program with the given type. */
function estreeNodes(program: ESTree.Program, type: string): ESTree.Node[] {
  return nodesBelow(program).filter((node) => node.type === type) as unknown as ESTree.Node[];
}

describe("parseHtml", () => {
  it("builds Elements, Attributes and Text in file coordinates", () => {
    const text = "<p class=\"lead\">Hi <b>there</b></p>";
    const document = documentOf(text);
    expect(document).toMatchObject({ type: "Document", range: [0, text.length], frontMatter: null });
    const p = elementNamed(document, "p");
    expect(p).toMatchObject({ name: "p", range: [0, text.length], loc: { start: { line: 1, column: 0 } } });
    expect(p.attributes[0]).toMatchObject({ type: "Attribute", name: "class", value: "lead", valueRange: [10, 14] });
    expect(p.children.map((child) => child.type)).toEqual(["Text", "Element"]);
    expect(p.children[0]).toMatchObject({ type: "Text", value: "Hi ", range: [16, 19] });
  });

  it("flattens the html, head and body that parse5 invents", () => {
    const document = documentOf("<!doctype html><title>x</title><p>y");
    expect(document.children.map((child) => (child.type === "Element" ? child.name : child.type))).toEqual(["title", "p"]);
  });

  it("keeps a page's own html, head and body", () => {
    const document = documentOf("<!DOCTYPE html>\n<html lang=en><head></head><body><p>y</p></body></html>");
    expect(elementsOf(document).map((element) => element.name)).toEqual(["html", "head", "body", "p"]);
  });

  it("puts an attribute after a template tag at its real column", () => {
    const text = "<div>\n  <a data-x=\"{{ id }}\" href=\"/help\">{% if a %}Help{% endif %}</a>";
    const a = elementNamed(documentOf(text, "page.njk"), "a");
    const href = a.attributes.find((attribute) => attribute.name === "href");
    expect(href?.loc.start).toEqual({ line: 2, column: 23 });
    expect(text.slice(...(href?.valueRange ?? [0, 0]))).toBe("/help");
    expect(a.attributes[0]?.value).toBe("        ");
  });

  it("parses <noscript> content as markup and decodes attribute values", () => {
    const text = '<noscript><img height="1" src="https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1"/></noscript>';
    const img = elementNamed(documentOf(text), "img");
    const src = img.attributes.find((attribute) => attribute.name === "src");
    expect(src?.value).toBe("https://www.facebook.com/tr?id=1&ev=PageView&noscript=1");
    expect(text.slice(...(src?.valueRange ?? [0, 0]))).toBe("https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1");
  });

  it("parses script bodies into Programs whose ranges are file offsets", () => {
    const text = "<html><head>\n<script>\n  !function(){}();\n  fbq('init', '123');\n</script>";
    const script = elementNamed(documentOf(text), "script");
    expect(script.script?.type).toBe("Program");
    const call = estreeNodes(script.script as ESTree.Program, "CallExpression").find(
      (node) => text.slice(...(node.range as [number, number])).startsWith("fbq"),
    );
    expect(text.slice(...(call?.range as [number, number]))).toBe("fbq('init', '123')");
    expect(call?.loc).toEqual({ start: { line: 4, column: 2 }, end: { line: 4, column: 20 } });
    expect(script.text).toBe("\n  !function(){}();\n  fbq('init', '123');\n");
  });

  it("parses a script with template tags in it", () => {
    const text = "<script>\nfbq('init', '{{ pixel_id }}');\nvar id = {{ id }};\n</script>";
    const script = elementNamed(documentOf(text, "a.njk"), "script");
    expect(script.scriptError).toBeNull();
    const literal = estreeNodes(script.script as ESTree.Program, "Literal")[1] as ESTree.Literal;
    expect(text.slice(...(literal.range as [number, number]))).toBe("'{{ pixel_id }}'");
  });

  it("keeps a script that does not parse as text, with the error in file coordinates", () => {
    const script = elementNamed(documentOf("<p>x</p>\n<script>\nfbq('init',, 1);\n</script>"), "script");
    expect(script.script).toBeNull();
    expect(script.scriptError).toMatchObject({ line: 3, column: 11 });
    expect(script.text).toContain("fbq('init',, 1)");
  });

  it.each([
    ["application/ld+json", false],
    ["application/json", false],
    ["text/template", false],
    ["text/x-handlebars-template", false],
    ["text/javascript", true],
    ["module", true],
    ["text/partytown", true],
  ])("parses a script of type %s: %s", (type, parsed) => {
    const script = elementNamed(documentOf(`<script type="${type}">fbq('track', 'Lead')</script>`), "script");
    expect(script.script !== null).toBe(parsed);
    expect(script.text).toBe("fbq('track', 'Lead')");
  });

  it("parses a consent manager's blocked script", () => {
    const text = '<script type="text/plain" data-cookieconsent="marketing">fbq("init", "1")</script>';
    expect(elementNamed(documentOf(text), "script").script).not.toBeNull();
  });

  it("parses on* handlers as scripts", () => {
    const text = "<button onclick=\"fbq('track', 'Contact'); return false\">Call</button>";
    const onclick = elementNamed(documentOf(text), "button").attributes[0];
    const call = estreeNodes(onclick?.script as ESTree.Program, "CallExpression")[0];
    expect(text.slice(...(call?.range as [number, number]))).toBe("fbq('track', 'Contact')");
  });

  it("parses a <style> body as text only", () => {
    const style = elementNamed(documentOf("<style>.a{background:url(/t.gif)}</style>"), "style");
    expect(style).toMatchObject({ script: null, text: ".a{background:url(/t.gif)}", children: [] });
  });

  it("reads front matter with the yaml package", () => {
    const text = "---\ntitle: Report\nsensitive: [sexual-offences]\n---\n<p>{{ title }}</p>";
    const document = documentOf(text, "report.njk");
    expect(document.frontMatter).toMatchObject({ value: { title: "Report", sensitive: ["sexual-offences"] }, range: [0, 50] });
    expect(document.frontMatter?.loc.end).toEqual({ line: 4, column: 3 });
    expect(elementNamed(document, "p").loc.start).toEqual({ line: 5, column: 0 });
  });

  it("keeps broken front matter as an error, not a crash", () => {
    const document = documentOf("---\ntitle: [unclosed\n---\n<p>x</p>");
    expect(document.frontMatter?.value).toBeNull();
    expect(document.frontMatter?.error).toMatch(/line \d+/u);
    expect(elementNamed(document, "p").loc.start.line).toBe(4);
  });

  it("parses a partial as a fragment", () => {
    const document = documentOf("<tr><td>{{ x }}</td></tr>\n<li>y</li>", "row.hbs");
    expect(document.children.filter((child) => child.type === "Element").map((child) => (child as Element).name)).toEqual(["tr", "li"]);
  });

  it("recovers from broken markup the way parse5 (and browsers) do", () => {
    const document = documentOf("<div><p>unclosed <b>x < y</div><img src=a <span>");
    // the unclosed <b> is reopened after </div>, as a browser does, with the first <b>'s start
    expect(elementsOf(document).map((element) => element.name)).toEqual(["div", "p", "b", "b", "img"]);
    expect(elementNamed(document, "img").attributes.map((attribute) => attribute.name)).toEqual(["src", "<span"]);
    const unclosed = documentOf("<script>fbq('init', '1')");
    expect(elementNamed(unclosed, "script").script).not.toBeNull();
  });

  it("collects HTML and template comments off the tree, in file order", () => {
    const document = documentOf("<!-- a {{ b }} -->{# c #}<p>{{!-- d --}}</p><%# e %>", "x.html");
    expect(document.comments.map((comment) => [comment.kind, comment.value])).toEqual([
      ["html", " a {{ b }} "],
      ["template", " c "],
      ["template", " d "],
      ["template", " e "],
    ]);
    expect(document.templateTags.map((tag) => tag.value)).toEqual(["{{ b }}"]);
  });

  it("keeps ERB tags searchable", () => {
    const text = '<head><%= javascript_include_tag "https://connect.facebook.net/en_US/fbevents.js" %></head>';
    const [tag] = documentOf(text, "layouts/application.html.erb").templateTags;
    expect(tag?.value).toContain("connect.facebook.net");
    expect(text.slice(...(tag?.range ?? [0, 0]))).toBe(tag?.value);
  });

  it("counts \\r\\n and lone \\r as line breaks", () => {
    const document = documentOf("<p>\r\n<b>x</b>\r<i>y</i></p>");
    expect(elementNamed(document, "b").loc.start).toEqual({ line: 2, column: 0 });
    expect(elementNamed(document, "i").loc.start).toEqual({ line: 3, column: 0 });
  });

  it("walks 20,000 nested elements without a stack overflow", () => {
    const depth = 20_000;
    const text = "<div>".repeat(depth) + "<img src=x>" + "</div>".repeat(depth);
    const document = documentOf(text);
    expect(elementsOf(document)).toHaveLength(depth + 1);
  });

  it("never throws", () => {
    for (const text of ["", "<", "</", "<!--", "{{", "<?php", "---\n", "\u0000<script>\u2028</script>"]) {
      expect(parseHtml(text, "x.blade.php").ok).toBe(true);
    }
  });
});

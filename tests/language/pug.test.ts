/**
 * Pug read with Pug's own lexer and parser into the html language's Document: elements,
 * attributes (shorthand classes, boolean and expression values), `script.` and piped bodies with
 * interpolations blanked, `on*` handlers parsed, `//-` and `//` comments, all at their offsets.
 */
import type * as ESTree from "estree";
import { parseSource, type Document, type Element } from "../../src/language/index.js";

function documentOf(text: string): Document {
  const parsed = parseSource(text, "/site/views/page.pug");
  if (parsed.kind !== "page") throw new Error(`not a page: ${parsed.kind}`);
  return parsed.ast;
}

/** Every element, depth first. */
function elementsOf(document: Document): Element[] {
  const found: Element[] = [];
  const stack = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node?.type !== "Element") continue;
    found.push(node);
    stack.push(...[...node.children].reverse());
  }
  return found;
}

const at = (text: string, range: [number, number]) => text.slice(range[0], range[1]);

describe("parseSource on a .pug file", () => {
  const text = [
    "doctype html",
    "html(lang='en')",
    "  head",
    '    script(async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123DEF4")',
    "    script.",
    "      window.dataLayer = window.dataLayer || [];",
    "      fbq('init', '#{pixelId}');",
    "  body.home",
    "    //- sensitive-content: health",
    "    // rendered",
    '    a.button#call(href="tel:0800", onclick="fbq(\'track\', \'Contact\')") Call',
    "    p",
    "      | Text #[img(src=beacon)] more",
    "",
  ].join("\n");
  const document = documentOf(text);
  const elements = elementsOf(document);

  it("gives each element its name and place, children under their parents", () => {
    expect(elements.map((element) => [element.name, element.loc.start.line, element.loc.start.column])).toEqual([
      ["html", 2, 0],
      ["head", 3, 2],
      ["script", 4, 4],
      ["script", 5, 4],
      ["body", 8, 2],
      ["a", 11, 4],
      ["p", 12, 4],
      ["img", 13, 15],
    ]);
    expect((elements[0] as Element).children.map((child) => (child as Element).name)).toEqual(["head", "body"]);
  });

  it("reads attributes with the value's range inside its quotes; a bare one has no value, an expression no literal value", () => {
    const [, , loader, , body, link, , image] = elements as Element[];
    expect(loader?.attributes.map((a) => [a.name, a.value, a.valueRange && at(text, a.valueRange)])).toEqual([
      ["async", "", null],
      ["src", "https://www.googletagmanager.com/gtag/js?id=G-ABC123DEF4", "https://www.googletagmanager.com/gtag/js?id=G-ABC123DEF4"],
    ]);
    expect(body?.attributes.map((a) => [a.name, a.value])).toEqual([["class", "home"]]);
    expect(link?.attributes.map((a) => [a.name, a.value, a.loc.start.column])).toEqual([
      ["class", "button", 5],
      ["id", "call", 12],
      ["href", "tel:0800", 18],
      ["onclick", "fbq('track', 'Contact')", 35],
    ]);
    expect(image?.attributes.map((a) => [a.name, a.value, a.valueRange])).toEqual([["src", "", null]]);
  });

  it("parses a script. body at its place, an interpolation read as blanks", () => {
    const inline = elements[3] as Element;
    expect(inline.text).toBe("window.dataLayer = window.dataLayer || [];\n      fbq('init', '#{pixelId}');");
    const calls = (inline.script?.body ?? []).map((statement) => (statement as ESTree.ExpressionStatement).expression);
    const fbq = calls[1] as ESTree.CallExpression;
    expect(fbq.loc?.start).toMatchObject({ line: 7, column: 6 });
    expect((fbq.arguments[1] as ESTree.Literal).value).toBe("          ");
    expect(document.scripts).toContain(inline.script);
  });

  it("parses an onclick handler in file coordinates", () => {
    const handler = (elements[5] as Element).attributes.find((a) => a.name === "onclick")?.script;
    const call = (handler?.body[0] as ESTree.ExpressionStatement).expression;
    expect(call.loc?.start).toMatchObject({ line: 11, column: 44 });
  });

  it("keeps //- comments as template comments and // ones as html comments", () => {
    expect(document.comments.map((comment) => [comment.kind, comment.value, comment.loc.start.line, comment.loc.start.column])).toEqual([
      ["template", " sensitive-content: health", 9, 4],
      ["html", " rendered", 10, 4],
    ]);
  });

  it("reads an indented //- block comment with its lines", () => {
    const block = documentOf("//-\n  sensitive-content: abuse\n  (support pages)\np x\n");
    expect(block.comments.map((comment) => [comment.value, comment.range])).toEqual([["\nsensitive-content: abuse\n(support pages)", [0, 48]]]);
  });

  it("reads markup Pug prints raw (pasted <script> lines, a div. block of HTML, inline tags) as HTML at its place", () => {
    const raw = [
      "html",
      "  head",
      "    <!-- Meta Pixel Code -->",
      '    <script async src="https://connect.facebook.net/en_US/fbevents.js"></script>',
      "  body",
      "    div.",
      "      <script>",
      '        fbq("track", "Lead");',
      "      </script>",
      "    p Call <b>0808 2000 247</b>",
      "",
    ].join("\n");
    const parsed = documentOf(raw);
    const pasted = elementsOf(parsed).filter((element) => element.name === "script" || element.name === "b");
    expect(pasted.map((element) => [element.name, element.loc.start.line, element.loc.start.column])).toEqual([
      ["script", 4, 4],
      ["script", 7, 6],
      ["b", 10, 11],
    ]);
    expect(pasted[0]?.attributes.map((a) => [a.name, a.value, a.loc.start.column])).toEqual([
      ["async", "", 12],
      ["src", "https://connect.facebook.net/en_US/fbevents.js", 18],
    ]);
    expect((pasted[1]?.script?.body[0] as ESTree.ExpressionStatement).expression.loc?.start).toMatchObject({ line: 8, column: 8 });
    expect(parsed.comments.map((comment) => [comment.kind, comment.value, comment.loc.start.line])).toEqual([["html", " Meta Pixel Code ", 3]]);
  });

  it("keeps exact places in a file with CRLF line endings (Pug's lexer reads them as LF)", () => {
    const crlf = documentOf('//- sensitive-content\r\nhtml\r\n  body\r\n    script.\r\n      fbq("track", "Lead");\r\n    a(onclick="fbq(1)") x\r\n');
    const [html] = crlf.children as Element[];
    const [script, link] = (html?.children[0] as Element).children as Element[];
    expect(crlf.comments.map((comment) => comment.value)).toEqual([" sensitive-content"]);
    expect(script?.script?.body[0]?.loc?.start).toMatchObject({ line: 5, column: 6 });
    expect(link?.attributes[0]?.script?.body[0]?.loc?.start).toMatchObject({ line: 6, column: 15 });
  });

  it("a Pug syntax error is the file's one parse error, at Pug's line and column", () => {
    const parsed = parseSource("p(\n", "/site/broken.pug");
    expect(parsed).toMatchObject({ kind: "text", ast: null });
    expect(parsed.kind === "text" ? parsed.error : "").toMatch(/could not read this Pug file: .*closing bracket/);
  });
});

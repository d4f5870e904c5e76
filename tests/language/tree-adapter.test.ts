/**
 * The language builds its AST straight from parse5 through its own tree adapter. These tests hold
 * it to parse5's default tree for the shapes where a tree adapter can go wrong: foster parenting,
 * the adoption agency, `<template>` content, elements parse5 invents, html/body attributes merged
 * from a second tag, end tags that close several elements, and an unclosed script at the end.
 */
import { parse, parseFragment, type DefaultTreeAdapterTypes as P5 } from "parse5";
import type { ChildNode, Document } from "../../src/language/ast.js";
import { parseHtml } from "../../src/language/parse.js";

const OPTIONS = { sourceCodeLocationInfo: true, scriptingEnabled: false } as const;

function documentOf(text: string): Document {
  const result = parseHtml(text, "page.html");
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.ast;
}

/** One line per node of our AST: depth, kind, name or text, range. */
function outlineOf(document: Document): string[] {
  const lines: string[] = [];
  const stack: Array<[ChildNode, number]> = [...document.children].reverse().map((node) => [node, 0]);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const [node, depth] = frame;
    if (node.type === "Text") {
      lines.push(`${depth} #text ${JSON.stringify(node.value)} ${node.range.join("-")}`);
      continue;
    }
    const attributes = node.attributes.map((attribute) => `${attribute.name}=${attribute.value}`).join(",");
    lines.push(`${depth} ${node.name}[${attributes}] ${node.range.join("-")}`);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push([node.children[i] as ChildNode, depth + 1]);
  }
  return lines;
}

/** The same outline from parse5's default tree: invented elements give way to their children. */
function referenceOutline(text: string): string[] {
  const whole = /<(?:!doctype|html|head|body)[\s/>]/iu.test(text);
  const root = whole ? parse(text, OPTIONS) : parseFragment(text, OPTIONS);
  const lines: string[] = [];
  const stack: Array<[P5.ChildNode, number]> = [...root.childNodes].reverse().map((node) => [node, 0]);
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const [node, depth] = frame;
    if (node.nodeName === "#comment" || node.nodeName === "#documentType") continue;
    if (node.nodeName === "#text") {
      const where = (node as P5.TextNode).sourceCodeLocation;
      if (where) lines.push(`${depth} #text ${JSON.stringify((node as P5.TextNode).value)} ${where.startOffset}-${where.endOffset}`);
      continue;
    }
    const element = node as P5.Element;
    const content = (element as Partial<P5.Template>).content; // an SVG or MathML <template> has none
    const kids = content ? [...element.childNodes, ...content.childNodes] : element.childNodes;
    const where = element.sourceCodeLocation;
    const childDepth = where ? depth + 1 : depth;
    if (where) {
      const attributes = element.attrs.map((attribute) => `${attribute.name.toLowerCase()}=${attribute.value}`).join(",");
      const scriptLike = element.tagName === "script" || element.tagName === "style";
      // an unclosed script or style runs on to the end of its text (parse5 ends it at its start tag)
      const textEnd = (kids.at(-1) as P5.TextNode | undefined)?.sourceCodeLocation?.endOffset ?? 0;
      const end = scriptLike && !where.endTag ? Math.max(where.endOffset, textEnd) : where.endOffset;
      lines.push(`${depth} ${element.tagName.toLowerCase()}[${attributes}] ${where.startOffset}-${end}`);
      if (scriptLike) continue;
    }
    for (let i = kids.length - 1; i >= 0; i -= 1) stack.push([kids[i] as P5.ChildNode, childDepth]);
  }
  return lines;
}

const SHAPES: Record<string, string> = {
  "foster parenting (text and a script inside a table)":
    '<table>a<!--c-->b<tr><td>x</td></tr>text<script>fbq("track","X")</script></table>',
  "the adoption agency (misnested formatting tags)": "<p>1<b>2<i>3</p>4</b>5</i>",
  "stray end tags (parse5 invents a <p>)": "</p></p><p>x</br>",
  "<template> content": '<template id="t"><tr><td>in</td></tr><script>fbq("init","1")</script></template>',
  "a second <html> and <body> merging their attributes":
    '<!doctype html><html lang="en"><body class="a"><html data-x="1"><body data-y="2"><p>hi</p></body></html>',
  "SVG with camelCase tag names": '<svg viewBox="0 0 1 1"><foreignObject><p>hi</p></foreignObject></svg>',
  "implied end tags": "<ul><li>one<li>two</ul><dl><dt>a<dd>b</dl><select><option>1<option>2</select>",
  "nested forms and anchors": '<form><form><input type=hidden></form><a href="x"><div><a href="y">z</a></div></a>',
  "an invented tbody with many rows": `<table>${"<tr><td>cell</td></tr>".repeat(50)}</table>`,
  "comments between text": "<div>a <!-- x --> b <!-- y --> c</div>",
  "an unclosed script at the end of the file": '<div>x</div><script>fbq("track",',
  "plaintext to the end": "<p>a<plaintext>rest of <b>file",
  "text with entities (values decoded, ranges raw)": "<p>Fish &amp; chips &lt;3 &#x1F600; &copy 2026 &notanentity; x</p>",
  "a page with \\r\\n line endings": "<div>\r\n  <p>one\r\n two</p>\r\n</div>\r\n",
  "a page with lone \\r line breaks": "<div>\r  <p>one\r two</p>\r</div>",
  "NUL characters in text, a textarea and a title": "<p>a\u0000b</p><textarea>x\u0000y &amp; z</textarea><title>t\u0000</title>",
  "the newline after <pre> and <textarea>": "<pre>\n  code\n</pre><textarea>\nnote &amp; more</textarea>",
  "text fostered out of a table from two places": "<table>one<tr><td>x</td></tr>two &amp; three</table>after",
  "a whole page with text after </html>": "<html><head><title>t</title></head><body><p>x</p></body></html>\ntrailing <b>bold</b>",
};

/** A small seeded PRNG (mulberry32), so the generated pages are the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that make parse5 recover, move, merge and normalise: a page is a random string of them. */
const PIECES = [
  "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<div>", "</div>", "<table>", "</table>",
  "<tr>", "<td>", "</td>", "<template>", "</template>", "<select>", "<option>", "<pre>\n", "</pre>",
  "<textarea>", "</textarea>", "<title>", "</title>", "<svg>", "</svg>", "<math>", "<li>", "<ul>", "</ul>",
  "<script>f()</script>", "<style>a{}</style>", "<!-- c -->", "<br>", "</br>", "<img src=x>", "<html lang=en>",
  "<body class=b>", "<head>", "<form>", "</form>", "<h1>", "</h1>", "<nobr>", "<frameset>", "<plaintext>",
  "text", " ", "  ", "\n", "\r\n", "\r", "&amp;", "&lt", "&#x1F600;", "&nope;", "\u0000", "<", ">", "a < b",
];

function randomPage(random: () => number): string {
  const length = 5 + Math.floor(random() * 40);
  let page = random() < 0.3 ? "<!doctype html>" : "";
  for (let i = 0; i < length; i += 1) page += PIECES[Math.floor(random() * PIECES.length)];
  return page;
}

describe("the tree adapter", () => {
  it("builds the same tree as parse5's default adapter on 2,000 generated broken pages", () => {
    const random = prng(2026);
    for (let i = 0; i < 2000; i += 1) {
      const page = randomPage(random);
      expect({ page, outline: outlineOf(documentOf(page)) }).toEqual({ page, outline: referenceOutline(page) });
    }
  });

  it.each(Object.entries(SHAPES))("builds the same tree as parse5's default adapter: %s", (_name, text) => {
    expect(outlineOf(documentOf(text))).toEqual(referenceOutline(text));
  });

  it("keeps HTML comments off the tree, with their locations", () => {
    const document = documentOf("<div>a <!-- x --> b</div>");
    expect(document.comments).toMatchObject([{ type: "Comment", kind: "html", value: " x ", range: [7, 17] }]);
    expect((document.children[0] as { children: ChildNode[] }).children.map((child) => child.range)).toEqual([[5, 7], [17, 19]]);
  });

  it("works out loc from range when it is read, and writes it to JSON", () => {
    const document = documentOf("<p>\n  <a href=x>y</a></p>");
    const anchor = (document.children[0] as { children: ChildNode[] }).children[1];
    expect(anchor?.loc).toEqual({ start: { line: 2, column: 2 }, end: { line: 2, column: 17 } });
    const json = JSON.parse(JSON.stringify(anchor)) as Record<string, unknown>;
    expect(json).toMatchObject({ type: "Element", name: "a", range: [6, 21], loc: { start: { line: 2, column: 2 } } });
    // what parse5 needed while it built the tree is not part of the AST
    expect(Object.keys(json).sort()).toEqual(
      ["attributes", "children", "end", "loc", "name", "range", "script", "scriptError", "start", "text", "textRange", "type"],
    );
  });

  it("lists every parsed script and handler on the Document, with parents set", () => {
    const document = documentOf('<script>fbq("init", "1");</script><button onclick="fbq(\'track\')">b</button>');
    expect(document.scripts).toHaveLength(2);
    const [script] = document.scripts;
    const statement = script?.body[0] as { parent?: unknown } | undefined;
    expect(statement?.parent).toBe(script);
  });
});

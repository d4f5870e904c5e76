/**
 * One analysis per file, whoever parsed it: which tree the scan reads, and the TypeScript file read
 * as text when no TypeScript parser is installed (call by call, exact locations, tag still found).
 */
import * as espree from "espree";
import { parsedView, viewOf } from "../../src/detect/analysis.js";
import { scanFile } from "../../src/detect/scan.js";
import { HtmlSourceCode, parseHtml, type Document } from "../../src/language/index.js";

const typed = "// sensitive-content: health\nconst id: string = '42';\nwindow.fbq!('track', 'Schedule', { value: 1 as number });\n";

describe("viewOf", () => {
  it("reads the html language's own tree", () => {
    const text = "<!-- sensitive-content -->\n<button onclick=\"fbq('track', 'Lead')\">Go</button>";
    const ast = (parseHtml(text, "page.html") as { ast: Document }).ast;
    const view = viewOf(new HtmlSourceCode({ text, ast }), "page.html");
    expect(view.ast).toBe(ast);
    expect(view.isPage).toBe(true);
  });

  it("reads ESTree of a script file as it is", () => {
    const text = "fbq('track', 'Lead');";
    const ast = espree.parse(text, { ecmaVersion: "latest", range: true, loc: true });
    const view = viewOf({ text, ast, getAllComments: () => [] }, "src/track.js");
    expect(view.ast).toBe(ast);
    expect(view.isPage).toBe(false);
  });

  it("reads a component another parser made a Program of through the page parser, and only when asked", () => {
    const text = "<template><button @click=\"fbq('track', 'Lead')\">Go</button></template>";
    const view = viewOf({ text, ast: { type: "Program", body: [], templateBody: {} } }, "src/Report.vue");
    expect(view.isPage).toBe(true);
    expect((view.ast as Document).type).toBe("Document");
    const start = text.indexOf("fbq(");
    expect(scanFile(view).calls.map((call) => call.range)).toEqual([[start, text.indexOf(")", start) + 1]]);
  });

  it("reads a page under @html-eslint's language (another Document) through the page parser", () => {
    const text = "<img src=\"https://www.facebook.com/tr?id=1&ev=PageView\" width=\"1\" height=\"1\">";
    const view = viewOf({ text, ast: { type: "Document", children: [] } }, "public/index.html");
    expect(view.isPage).toBe(true);
    expect(scanFile(view).findings.map((finding) => finding.vendor.id)).toEqual(["meta"]);
  });
});

describe("a TypeScript file with no TypeScript parser", () => {
  const view = parsedView(typed, "src/book.ts", () => ({ kind: "text", ast: null, visitorKeys: {}, error: "no parser" }));

  it("is read call by call, with exact locations", () => {
    const scan = scanFile(view);
    expect(scan.error).toBeNull();
    const start = typed.indexOf("fbq!(");
    const end = typed.indexOf(");", start) + 1;
    expect(scan.calls.map((call) => [call.vendor.id, call.method, call.event, typed.slice(...call.range)])).toEqual([["meta", "track", "Schedule", typed.slice(start, end)]]);
  });

  it("is no parse failure: the view says it is not a page and has no error", () => {
    expect(view.isPage).toBe(false);
    expect(view.error).toBeNull();
  });
});


import type * as ESTree from "estree";
import { LineIndex } from "../../src/language/line-index.js";
import { parseScript } from "../../src/language/scripts.js";
import { nodesBelow, type Located } from "./estree-nodes.js";

/** Every node of a Program and its comments. */
function nodesOf(program: ESTree.Program): Located[] {
  return nodesBelow(program, ...(program.comments ?? []));
}

describe("parseScript", () => {
  const page = [
    "<p>before</p>\r\n<script>",
    "  /* base code */ !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?",
    "  n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window, document,'script',",
    "  `https://connect.facebook.net/${locale}/fbevents.js`);",
    "  class A { #x = 1; static m() { return a?.b ?? c + d * e; } } // done",
    "  const re = /a+b/gu, t = tag`x${1}y${`z${2}`}`;",
    "</script>",
  ].join("\n");
  const start = page.indexOf("<script>") + "<script>".length;
  const end = page.indexOf("</script>");
  const lines = new LineIndex(page);

  it("puts every node and comment at its file offset, with loc matching the file's lines", () => {
    const { program, error } = parseScript({ code: page.slice(start, end), start, tags: [] }, lines);
    expect(error).toBeNull();
    const nodes = nodesOf(program as ESTree.Program);
    expect(nodes.length).toBeGreaterThan(30);
    for (const node of nodes) {
      expect([node.type, node.loc.start, node.loc.end]).toEqual([
        node.type, lines.positionOf(node.range[0]), lines.positionOf(node.range[1]),
      ]);
      expect([node.start, node.end]).toEqual(node.range);
    }
    const url = nodes.find((node) => node.type === "TemplateLiteral" && page.slice(...node.range).includes("facebook"));
    expect(page.slice(...(url?.range ?? [0, 0]))).toBe("`https://connect.facebook.net/${locale}/fbevents.js`");
    expect(url?.loc.start).toMatchObject({ line: 5, column: 2 });
  });

  it("retries with a value in place of output tags when blanks do not parse", () => {
    const code = "var id =         ;"; // `var id = {{ id }};`, masked
    const { program, error } = parseScript(
      { code, start: 0, tags: [{ kind: "tag", value: "{{ id }}", range: [9, 17] }] },
      new LineIndex(code),
    );
    expect(error).toBeNull();
    expect(program?.body[0]?.type).toBe("VariableDeclaration");
  });

  it("allows a top-level return in handlers only", () => {
    const code = "return false";
    expect(parseScript({ code, start: 0, tags: [], handler: true }, new LineIndex(code)).program).not.toBeNull();
    expect(parseScript({ code, start: 0, tags: [] }, new LineIndex(code)).error).not.toBeNull();
  });

  it("parses module syntax", () => {
    const code = "import { a } from './a.js'; await a();";
    expect(parseScript({ code, start: 0, tags: [] }, new LineIndex(code)).program?.sourceType).toBe("module");
  });
});

import type { File } from "@eslint/core";
import type { Document, Element } from "../../src/language/ast.js";
import { html, HTML_FILES, HtmlSourceCode } from "../../src/language/index.js";

function fileOf(body: string, path = "page.html"): File {
  return { path, physicalPath: path, bom: false, body };
}

function sourceCodeOf(text: string, path = "page.html"): HtmlSourceCode {
  const file = fileOf(text, path);
  const result = html.parse(file, { languageOptions: {} });
  if (!result.ok) throw new Error(String(result.errors[0]?.message));
  return html.createSourceCode(file, result as { ok: true; ast: Document }, { languageOptions: {} });
}

/** The nodes the traversal enters, as `type` or `type:name`. */
function entered(sourceCode: HtmlSourceCode): string[] {
  const names: string[] = [];
  for (const step of sourceCode.traverse()) {
    const node = step.target as { type: string; name?: string };
    if (step.kind === 1 && step.phase === 1) names.push(node.name ? `${node.type}:${node.name}` : node.type);
  }
  return names;
}

describe("HtmlSourceCode", () => {
  const text = "<!-- a -->\n<div id=x>\n<script>\n/* b */ fbq('init', '1'); // c\n</script>{# d #}</div>";

  it("walks the markup, then into the scripts, entering and leaving every node", () => {
    const sourceCode = sourceCodeOf(text, "page.njk");
    expect(entered(sourceCode).slice(0, 9)).toEqual([
      "Document", "Text", "Element:div", "Attribute:id", "Text", "Element:script", "Program", "ExpressionStatement", "CallExpression",
    ]);
    const steps = [...sourceCode.traverse()];
    expect(steps.filter((step) => step.kind === 1 && step.phase === 1)).toHaveLength(steps.length / 2);
  });

  it("gives ESTree nodes their parent and climbs from a script into the markup", () => {
    const sourceCode = sourceCodeOf(text, "page.njk");
    const steps = [...sourceCode.traverse()];
    const call = steps.find((step) => (step.target as { type: string }).type === "CallExpression")?.target as {
      type: string;
      parent: { type: string };
    };
    expect(call.parent.type).toBe("ExpressionStatement");
    expect(sourceCode.getAncestors(call as never).map((node) => node.type)).toEqual([
      "Document", "Element", "Element", "Program", "ExpressionStatement",
    ]);
  });

  it("lists HTML, template and script comments in file order", () => {
    const sourceCode = sourceCodeOf(text, "page.njk");
    expect(sourceCode.getAllComments().map((comment) => [comment.type, comment.value])).toEqual([
      ["Comment", " a "], ["Block", " b "], ["Line", " c"], ["Comment", " d "],
    ]);
  });

  it("agrees with its own line index on every location", () => {
    const sourceCode = sourceCodeOf("<p>\r\n<b>x</b>\r<i>y</i></p>");
    const i = (sourceCode.ast.children[0] as Element).children[3] as Element;
    expect(sourceCode.getLocFromIndex(i.range[0])).toEqual(i.loc.start);
    expect(sourceCode.getIndexFromLoc(i.loc.start)).toBe(i.range[0]);
    expect(sourceCode.lines).toEqual(["<p>", "<b>x</b>", "<i>y</i></p>"]);
    expect(sourceCode.getText(i)).toBe("<i>y</i>");
  });

  it("refuses an eslint-disable-line comment that spans lines", () => {
    const sourceCode = sourceCodeOf("<img><!-- eslint-disable-line\nrule -->");
    expect(sourceCode.getDisableDirectives().problems[0]?.message).toMatch(/should not span multiple lines/u);
  });

  it("reads directives from every comment syntax", () => {
    const sourceCode = sourceCodeOf(
      "<!-- eslint-disable a -->{{!-- eslint-enable a --}}<%# eslint-disable-line b %>{% comment %} eslint-disable-next-line c{% endcomment %}",
      "page.liquid",
    );
    const { directives } = sourceCode.getDisableDirectives();
    expect(directives.map((directive) => [directive.type, directive.value.trim()])).toEqual([
      ["disable", "a"], ["enable", "a"], ["disable-line", "b"], ["disable-next-line", "c"],
    ]);
  });
});

describe("the html Language object", () => {
  it("describes itself as ESLint expects", () => {
    expect(html).toMatchObject({ fileType: "text", lineStart: 1, columnStart: 0, nodeTypeKey: "type" });
    expect(html.visitorKeys?.Element).toEqual(["attributes", "children", "script"]);
    expect(html.visitorKeys?.CallExpression).toEqual(["callee", "arguments"]);
  });

  it("validates language options", () => {
    expect(() => html.validateLanguageOptions({})).not.toThrow();
    expect(() => html.validateLanguageOptions(undefined as never)).not.toThrow();
    expect(() => html.validateLanguageOptions({ tolerant: true })).toThrow(/"tolerant"/u);
  });

  it("turns an internal failure into one parse error", () => {
    const result = html.parse({ ...fileOf(""), body: null as never }, { languageOptions: {} });
    expect(result).toMatchObject({ ok: false, errors: [{ line: 1, column: 0 }] });
  });

  it("lists the template file globs", () => {
    for (const glob of ["**/*.html", "**/*.njk", "**/*.liquid", "**/*.hbs", "**/*.erb", "**/*.php", "**/*.twig"]) {
      expect(HTML_FILES).toContain(glob);
    }
  });
});

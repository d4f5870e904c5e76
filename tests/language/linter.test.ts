/**
 * End to end through ESLint's Linter: the language is registered by a plugin, a tiny rule reports
 * every <img> and every fbq call, and disable comments of each template syntax silence it.
 */
import type { Rule } from "eslint";
import { Linter } from "eslint";
import { html } from "../../src/language/index.js";

const probe: Rule.RuleModule = {
  meta: { type: "problem", languages: ["t/html"], messages: { img: "img", fbq: "fbq", callback: "callback" }, schema: [] },
  create(context) {
    return {
      Element(node: { name: string }) {
        if (node.name === "img") context.report({ node: node as never, messageId: "img" });
      },
      CallExpression(node: Rule.Node) {
        const callee = (node as { callee?: { type: string; name?: string } }).callee;
        if (callee?.type === "Identifier" && callee.name === "fbq") context.report({ node, messageId: "fbq" });
      },
      "CallExpression > :function"(node: Rule.Node) {
        context.report({ node, messageId: "callback" });
      },
    };
  },
};

const config: Linter.Config[] = [
  {
    files: ["**/*.html", "**/*.njk", "**/*.hbs", "**/*.erb", "**/*.php"],
    plugins: { t: { languages: { html }, rules: { probe } } },
    language: "t/html",
    rules: { "t/probe": "error" },
  },
];

function lint(code: string, filename = "page.html"): Linter.LintMessage[] {
  return new Linter({ configType: "flat" }).verify(code, config, { filename });
}

function where(messages: Linter.LintMessage[]): string[] {
  return messages.map((message) => `${message.ruleId ?? "fatal"} ${message.line}:${message.column} ${message.message}`);
}

describe("the html language in ESLint", () => {
  it("reports Elements with 1-based lines and columns", () => {
    const code = "<p>\n  {{ a }} <img src=\"https://www.facebook.com/tr?id=1\">\n</p>";
    expect(where(lint(code, "a.njk"))).toEqual(["t/probe 2:11 img"]);
  });

  it("walks into inline scripts and on* handlers", () => {
    const code = "<script>\n  fbq('init', '{{ id }}');\n</script>\n<a onclick=\"fbq('track', 'Lead')\">x</a>";
    expect(where(lint(code, "a.njk"))).toEqual(["t/probe 2:3 fbq", "t/probe 4:13 fbq"]);
  });

  it("matches selector classes such as :function inside scripts", () => {
    const code = "<script>setTimeout(() => 1, 5)</script>";
    expect(where(lint(code))).toEqual(["t/probe 1:20 callback"]);
  });

  it.each([
    ["an HTML comment", "<!-- eslint-disable-next-line t/probe -- the tracking team owns this -->", "a.html"],
    ["a Nunjucks comment", "{# eslint-disable-next-line t/probe #}", "a.njk"],
    ["a Handlebars comment", "{{!-- eslint-disable-next-line t/probe --}}", "a.hbs"],
    ["an ERB comment", "<%# eslint-disable-next-line t/probe %>", "a.html.erb"],
  ])("is silenced by %s", (_name, comment, filename) => {
    const code = `<p>\n${comment}\n<img src="a.gif">\n<img src="b.gif"></p>`;
    expect(where(lint(code, filename))).toEqual(["t/probe 4:1 img"]);
  });

  it("is silenced by a disable comment inside a script", () => {
    const code = "<script>\n// eslint-disable-next-line t/probe\nfbq('init', '1');\nfbq('track', 'Lead');\n</script>";
    expect(where(lint(code))).toEqual(["t/probe 4:1 fbq"]);
  });

  it("honours eslint-disable / eslint-enable ranges", () => {
    const code = "<!-- eslint-disable t/probe -->\n<img>\n<!-- eslint-enable t/probe -->\n<img>";
    expect(where(lint(code))).toEqual(["t/probe 4:1 img"]);
  });

  it("applies inline rule config", () => {
    const code = "<!-- eslint t/probe: off -->\n<img>";
    expect(lint(code)).toEqual([]);
  });

  it("reports unused disable directives at the comment", () => {
    const code = "<p>\n<!-- eslint-disable-next-line t/probe -->\n<b>x</b></p>";
    const strict: Linter.Config[] = [...config, { linterOptions: { reportUnusedDisableDirectives: "error" } }];
    const messages = new Linter({ configType: "flat" }).verify(code, strict, { filename: "a.html" });
    expect(where(messages)).toEqual([
      "fatal 2:1 Unused eslint-disable directive (no problems were reported from 't/probe').",
    ]);
  });

  it("accepts the JavaScript language options that shared configs set for every file", () => {
    const shared: Linter.Config[] = [{ languageOptions: { sourceType: "module", ecmaVersion: "latest" } }, ...config];
    expect(new Linter({ configType: "flat" }).verify("<img>", shared, { filename: "a.html" })).toHaveLength(1);
  });

  it("rejects unknown language options by name", () => {
    const wrong: Linter.Config[] = [{ ...config[0], languageOptions: { tolerant: true } }];
    expect(() => new Linter({ configType: "flat" }).verify("<img>", wrong, { filename: "a.html" })).toThrow(/"tolerant"/u);
  });

  it("matches attribute selectors on markup and script nodes, as docs/language.md shows", () => {
    const selectors: Rule.RuleModule = {
      meta: { type: "problem", languages: ["t/html"], messages: { ping: "ping", fbq: "fbq {{ parent }}" }, schema: [] },
      create(context) {
        return {
          'Attribute[name="ping"]'(node: Rule.Node) {
            context.report({ node, messageId: "ping" });
          },
          'CallExpression[callee.name="fbq"]'(node: Rule.Node) {
            const source = context.sourceCode as unknown as { getParent(node: unknown): { type: string; name?: string } | undefined };
            let up: { type: string } | undefined = node;
            while (up && up.type !== "Program") up = source.getParent(up);
            const host = up ? source.getParent(up) : undefined;
            context.report({ node, messageId: "fbq", data: { parent: `${host?.type ?? "-"} ${host?.name ?? ""}`.trim() } });
          },
        };
      },
    };
    const withSelectors: Linter.Config[] = [
      { ...config[0], plugins: { t: { languages: { html }, rules: { selectors } } }, rules: { "t/selectors": "error" } },
    ];
    const code = '<a href="/x" ping="https://t.example/p">x</a>\n<script>\n  fbq("track", "Lead");\n</script>';
    const messages = new Linter({ configType: "flat" }).verify(code, withSelectors, { filename: "a.html" });
    expect(where(messages)).toEqual(["t/selectors 1:14 ping", "t/selectors 3:3 fbq Element script"]);
  });
});

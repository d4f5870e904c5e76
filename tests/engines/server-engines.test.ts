/**
 * Issue 10's engines: ASP.NET Razor, JSP, FreeMarker, Smarty, Silverstripe (Thymeleaf pages are
 * `.html`): their extensions in any letter case, and what the mask scanner blanks in their files —
 * code and template tags — while the markup inside a Razor code block stays readable, at the same
 * offsets.
 */
import { engineOf } from "../../src/engines/index.js";
import { maskTemplateSyntax } from "../../src/language/mask.js";

const masked = (file: string, text: string): string => maskTemplateSyntax(text, { engine: engineOf(file) }).text;
/** The text with everything but markup blanked, lines trimmed on the right, empty lines dropped. */
const kept = (file: string, text: string): string[] =>
  masked(file, text)
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");

describe("engineOf: the server engines", () => {
  it.each([
    ["Index.cshtml", "razor"],
    ["Index.CSHTML", "razor"],
    ["Counter.razor", "razor"],
    ["report.jsp", "jsp"],
    ["header.jspf", "jsp"],
    ["date.tag", "jsp"],
    ["report.ftlh", "freemarker"],
    ["header.FTL", "freemarker"],
    ["report.tpl", "smarty"],
    ["Page.ss", "silverstripe"],
  ])("%s is %s", (filename, id) => {
    expect(engineOf(`/site/${filename}`)?.id).toBe(id);
  });
});

describe("Razor masking", () => {
  it("blanks directives, expressions and code, keeps the markup inside @if/@else/@foreach blocks", () => {
    const text = [
      "@model ReportViewModel",
      "@{",
      '    Layout = "_Layout";',
      '    var tags = new List<string> { "a", "b" };',
      "}",
      '<h1>@ViewData["Title"] for @Model.Name.</h1>',
      "<p>write to help@example.org or @@handle</p>",
      "@if (Model.Consent && a < b) {",
      "    <script>",
      "      fbq('track', 'Lead');",
      "    </script>",
      "} else {",
      "    <p>none</p>",
      "}",
      "@foreach (var item in Model.Items) { <li>@item.Name</li> }",
      '@await Html.PartialAsync("_Tracking")',
      "<style>@media print { a { color: red } }</style>",
    ].join("\n");
    expect(kept("/site/Index.cshtml", text)).toEqual([
      "<h1>                   for            .</h1>",
      "<p>write to help@example.org or @@handle</p>",
      "    <script>",
      "      fbq('track', 'Lead');",
      "    </script>",
      "    <p>none</p>",
      "                                     <li>          </li>",
      "<style>@media print { a { color: red } }</style>",
    ]);
    expect(masked("/site/Index.cshtml", text)).toHaveLength(text.length);
  });

  it("reads `@:` text lines and `@section` blocks, and stays linear on unclosed blocks and parentheses", () => {
    expect(kept("/site/x.cshtml", "@section Scripts {\n  <script src=\"/a.js\"></script>\n}\n@{ if (x) { @:plain @x\n} }")).toEqual(['  <script src="/a.js"></script>', "              plain"]);
    const unclosed = "@{ ".repeat(20_000) + "@Html.Raw(".repeat(20_000);
    expect(masked("/site/x.cshtml", unclosed)).toHaveLength(unclosed.length);
  });
});

describe("JSP, FreeMarker, Smarty and Silverstripe masking", () => {
  it("blanks their tags and expressions, not the markup", () => {
    expect(kept("/site/x.jsp", '<%@ include file="/WEB-INF/h.jspf" %>\n<p>${user.name} #{bean.x}</p><% if (a) { %><b/><% } %>')).toEqual(["<p>                      </p>              <b/>"]);
    expect(kept("/site/x.ftlh", '<#include "/h.ftlh">\n<#if user??><p>${user.name}</p></#if>\n<@a.tiktok/>')).toEqual(["            <p>            </p>"]);
    expect(kept("/site/x.ss", "<% include Header %>\n<p>$Title {$Title.XML}</p><% if $X %>y<% end_if %>")).toEqual(["<p>$Title             </p>           y"]);
  });

  it("Smarty: `{ ` is text (auto-literal) and `{literal}` content is read as it is", () => {
    const text = '{include file="h.tpl"}\n<script>\n{literal}\n  !function(f){ if(f.fbq)return; }(window);\n{/literal}\nvar a = { b: 1 };\n</script>\n{$x|escape}{ldelim}';
    expect(kept("/site/x.tpl", text)).toEqual(["<script>", "  !function(f){ if(f.fbq)return; }(window);", "var a = { b: 1 };", "</script>"]);
  });
});

import { HTML_COMMENT } from "./shared-syntax.js";
import { CSS_AT_RULES } from "./stylesheet.js";
import { fileNamesOf, linksMatching, type Engine, type Link } from "./types.js";

/** `@Html.Partial("x")`, `@await Html.PartialAsync("x")`, `Html.RenderPartial("x")`, Umbraco's `Html.CachedPartial("x")`. */
const HTML_PARTIAL = /\bHtml\.(?:Render|Cached)?Partial(?:Async)?\(\s*"([^"]+)"/g;
/** `<partial name="_Hero" />`, with other attributes before the name. */
const PARTIAL_TAG = /<partial(?:\s+[\w:.-]+="[^"]*")*?\s+name="([^"]+)"/g;
/** `Layout = "_Layout";` in a `@{ }` block or a `_ViewStart.cshtml`. */
const LAYOUT = /\bLayout\s*=\s*"([^"]+)"/g;
/** Blazor: `@layout MainLayout`. */
const BLAZOR_LAYOUT = /^@layout[ \t]+([\w.]+)/gm;

const EXTENSIONS = [".cshtml", ".razor"];

/** A view name's files: `~/Views/Shared/_Nav.cshtml` and `/Views/…` from the app root, `_Nav` with `.cshtml`. */
export function viewFilesOf(name: string, extensions: readonly string[] = EXTENSIONS.slice(0, 1)): string[] {
  const fromRoot = name.replace(/^~?\//u, "");
  return fileNamesOf(fromRoot, extensions);
}

function razorLinksOf(text: string): Link[] {
  const view = (kind: string) => (match: RegExpMatchArray, range: [number, number]): Link => ({ target: match[1] as string, candidates: viewFilesOf(match[1] as string), range, kind, relative: false });
  return [
    ...linksMatching(text, LAYOUT, view("layout")),
    ...linksMatching(text, HTML_PARTIAL, view("partial")),
    ...linksMatching(text, PARTIAL_TAG, view("partial")),
    ...linksMatching(text, BLAZOR_LAYOUT, (match, range) => ({ target: match[1] as string, candidates: [`${(match[1] as string).split(".").at(-1) as string}.razor`], range, kind: "layout", relative: false })),
  ];
}

/** ASP.NET Razor views and pages (MVC, Razor Pages, Umbraco, Sitecore) and Blazor components. */
export const razor: Engine = {
  id: "razor",
  name: "ASP.NET Razor (MVC, Razor Pages, Umbraco, Blazor)",
  extensions: EXTENSIONS,
  linted: "html",
  comments: [HTML_COMMENT, { open: "@*", close: "*@", in: "template", ownFilesOnly: true }],
  mask: {
    code: {
      sigil: "@",
      escapes: ["@@"],
      textLine: "@:",
      lineDirectives: ["model", "using", "inject", "inherits", "implements", "namespace", "page", "layout", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "attribute", "rendermode", "typeparam", "preservewhitespace"],
      blockKeywords: ["if", "for", "foreach", "while", "switch", "using", "lock", "try", "do", "section", "functions", "code"],
      continuations: ["else", "catch", "finally"],
      prefixes: ["await"],
      notCode: CSS_AT_RULES,
    },
  },
  fence: "yaml",
  links: [{ engine: "razor", writes: ['Layout = "x"', '@Html.Partial("x")', '@await Html.PartialAsync("x")', '<partial name="x" />', "@layout X"], read: razorLinksOf }],
};

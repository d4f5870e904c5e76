/**
 * Markdown as the html language reads it: CommonMark parsed with micromark (mdast-util-from-markdown,
 * which gives every node exact offsets), then every code block and code span blanked to spaces of
 * the same length (a page that shows the Pixel snippet as an example loads nothing), and every `<`
 * and `>` outside raw HTML blanked too (an autolink `<https://…>` or an escaped `\<img>` is text).
 * Raw HTML blocks, inline HTML and the front matter are kept as written, so what the html parser
 * finds in them has the line and column of the .md file.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { blankOut } from "./segments.js";
import { fenceEndOf } from "./front-matter.js";

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Node types whose text is code, not markup. */
const CODE = new Set(["code", "inlineCode"]);

/** The `[start, end)` ranges of raw HTML and of code in a Markdown text, each in document order. */
function rangesOf(text: string): { html: Array<[number, number]>; code: Array<[number, number]> } {
  const html: Array<[number, number]> = [];
  const code: Array<[number, number]> = [];
  const stack: MdNode[] = [fromMarkdown(text) as MdNode];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "html" && start !== undefined && end !== undefined) html.push([start, end]);
    else if (CODE.has(node.type) && start !== undefined && end !== undefined) code.push([start, end]);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as MdNode);
  }
  return { html, code };
}

/** Past these, a line's container prefix is no real page's: micromark's time grows with its square. */
const MAX_QUOTE_DEPTH = 100;
const MAX_PREFIX_LENGTH = 400;

/**
 * Whether some line opens containers deeper than any real page does (`> > > …` 20,000 levels, a
 * list nested 1,000 deep): micromark takes quadratic time on those (20k / 40k quote levels: 2.5 /
 * 13.9 s), so such a file is read as written instead, without the code blanking. One linear scan.
 */
export function hasAbsurdNesting(text: string): boolean {
  let quotes = 0;
  let prefix = 0;
  let inPrefix = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 10 || char === 13) {
      quotes = 0;
      prefix = 0;
      inPrefix = true;
    } else if (inPrefix && (char === 32 || char === 9 || char === 62)) {
      prefix += 1;
      if (char === 62) quotes += 1;
      if (quotes > MAX_QUOTE_DEPTH || prefix > MAX_PREFIX_LENGTH) return true;
    } else inPrefix = false;
  }
  return false;
}

/** Blanks `<` and `>` in prose (same length): only raw HTML is markup. */
function blankAngles(text: string): string {
  return text.replace(/[<>]/gu, " ");
}

/**
 * The Markdown text as a page of the same length: front matter and raw HTML as written, code
 * blanked, angle brackets of prose blanked, the prose itself kept (the page's words are read for
 * sensitivity).
 */
export function markdownAsHtml(text: string): string {
  const fence = Math.max(0, fenceEndOf(text));
  // the front matter is YAML, not Markdown: blanked for the Markdown parser, kept for the page
  // no `<` past the front matter: no HTML to find, and code read as text holds no markup either
  // (micromark reads about 0.2 MB/s: most content pages are left to parse5 alone)
  if (!text.includes("<", fence) || hasAbsurdNesting(text)) return text;
  const body = blankOut(text.slice(0, fence)) + text.slice(fence);
  const { html, code } = rangesOf(body);
  const kept: Array<{ range: [number, number]; as: "html" | "code" }> = [
    ...html.map((range) => ({ range, as: "html" as const })),
    ...code.map((range) => ({ range, as: "code" as const })),
  ].sort((a, b) => a.range[0] - b.range[0]);
  let out = text.slice(0, fence);
  let at = fence;
  for (const { range, as } of kept) {
    const [start, end] = range;
    if (start < at) continue;
    out += blankAngles(body.slice(at, start));
    out += as === "html" ? body.slice(start, end) : blankOut(body.slice(start, end));
    at = end;
  }
  return out + blankAngles(body.slice(at));
}

/**
 * The minimal tree. Most pages of a site hold nothing any rule looks for; parsing them fully is
 * most of a lint's cost. For such a page the language hands ESLint a Document with no children, no
 * template tags and no scripts, but the right range and loc; comments are kept whenever the text
 * could hold an ESLint directive (the page is then parsed fully), so `eslint-disable` comments and
 * `--report-unused-disable-directives` behave as on a full tree.
 *
 * Which text needs a full tree is not the language's to know (it knows no catalogue): the plugin
 * registers the test (src/index.ts). With no test registered, or with `languageOptions.fullTree`,
 * every page gets its full tree. A rule that needs the tree of a minimal page parses it through
 * `parsePage` (detect/analysis.ts does, on first use, for the rare page a later question needs).
 */
import type { Document, Range } from "./ast.js";
import { LineIndex } from "./line-index.js";

/** Any text that may hold a directive comment (`eslint`, `eslint-disable...`: the ones HtmlSourceCode reads). */
const MAY_HOLD_DIRECTIVE = "eslint";

let needsTree: ((text: string) => boolean) | null = null;

/** Registers what text needs a full tree (the plugin: a catalogue needle, a sensitivity tag, ...). */
export function setFullTreeTest(test: (text: string) => boolean): void {
  needsTree = test;
}

/** Whether this page's text can make do with the minimal tree: one linear pass per test. */
export function canUseMinimalTree(text: string): boolean {
  return needsTree !== null && !text.includes(MAY_HOLD_DIRECTIVE) && !needsTree(text);
}

/** A Document with nothing in it, spanning the whole text. */
export function minimalDocument(text: string): Document {
  const range: Range = [0, text.length];
  return {
    type: "Document",
    children: [],
    comments: [],
    templateTags: [],
    frontMatter: null,
    scripts: [],
    minimal: true,
    start: 0,
    end: text.length,
    range,
    loc: new LineIndex(text).locOf(range),
  };
}

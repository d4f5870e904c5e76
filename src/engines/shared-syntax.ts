/** Syntax that more than one engine writes: comments, `{{ }}` tags, `<% %>` tags. */
import type { CommentSyntax, MaskSyntax, StatementSyntax, TagSyntax } from "./types.js";

/** `<!-- -->`: every markup engine's comments (read by parse5). */
export const HTML_COMMENT: CommentSyntax = { open: "<!--", close: "-->", in: "markup" };

/** JavaScript, PHP and CSS block comments. */
export const BLOCK_COMMENT: CommentSyntax = { open: "/*", close: "*/", in: "code" };

/** JavaScript and PHP line comments: to the end of the line. */
export const LINE_COMMENT: CommentSyntax = { open: "//", close: "\n", in: "code" };

/** Code's comments (scripts, stylesheets). */
export const CODE_COMMENTS: CommentSyntax[] = [BLOCK_COMMENT, LINE_COMMENT];

/** Markup with code in it (PHP, Vue, Svelte, Astro). */
export const MARKUP_AND_CODE_COMMENTS: CommentSyntax[] = [HTML_COMMENT, ...CODE_COMMENTS];

/** The comments a statement syntax writes: `{% comment %}…{% endcomment %}`, Liquid's `{% # … %}`. */
export function statementCommentsOf(statements: StatementSyntax): CommentSyntax[] {
  const { open, close } = statements;
  const blocks = statements.commentBlocks.map((name): CommentSyntax => ({ open: `${open} ${name} ${close}`, close: `${open} end${name} ${close}`, in: "statement" }));
  return statements.lineComment ? [...blocks, { open: `${open} ${statements.lineComment}`, close, in: "statement" }] : blocks;
}

/** `{% name %}` statements (Nunjucks, Jinja, Twig, Liquid). */
export const PERCENT_STATEMENT = { open: "{%", close: "%}" } as const;

/** `{{ x }}`: prints a value (Nunjucks, Liquid, Handlebars, Vue, Blade). */
export const DOUBLE_BRACE_TAG: TagSyntax = { open: "{{", close: "}}", prints: true };

/** `<%# %>`: EJS and ERB comments. */
export const ANGLE_PERCENT_COMMENT: CommentSyntax = { open: "<%#", close: "%>", in: "template" };

/** `<% %>` tags (EJS, ERB): `<%= %>` and `<%- %>` print, `<%%` is a literal `<%`. */
export const ANGLE_PERCENT_TAGS: MaskSyntax = {
  tags: [
    { open: "<%=", close: "%>", prints: true },
    { open: "<%-", close: "%>", prints: true },
    { open: "<%", close: "%>" },
  ],
  text: ["<%%"],
};

import { markupTagOf, templateCodeTagOf } from "./markup.js";
import { commentTagOf, type Evidence } from "./tags.js";

type CommentLike = Parameters<typeof commentTagOf>[0][number];

/**
 * The tag a file gives itself (a sensitive-content comment, front matter, a meta tag, a
 * data-sensitive attribute, a comment in template code), from its AST alone. Rules pass the
 * comments their SourceCode holds; the project index, which has no SourceCode, the AST's own.
 */
export function explicitTagOf(ast: unknown, comments?: readonly CommentLike[]): Evidence | null {
  if (typeof ast !== "object" || ast === null) return null;
  const own = comments ?? ((ast as { comments?: CommentLike[] }).comments ?? []);
  return commentTagOf(own) ?? markupTagOf(ast) ?? templateCodeTagOf(ast);
}

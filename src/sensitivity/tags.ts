/** Where a file says it is sensitive, and in which categories. */
export interface Evidence {
  source: "comment" | "meta" | "front-matter" | "data-sensitive" | "glob" | "vocabulary" | "reach";
  categories: string[];
  /** 1-based line of the tag; null for a glob. */
  line: number | null;
  /** The glob or the words, when that is the evidence. */
  detail?: string;
  /** For a layout pulled in by sensitive pages: the vendors every one of those pages allows. */
  allowedVendors?: string[];
}

const TAG = /(?<![\w-])sensitive-content(?![\w-])(?:[ \t]*:([^\n]*))?/;
const CATEGORY = /^[a-z][\w-]*/i;

/** The categories after `sensitive-content:` (`crime-victims, health` -> both). */
export function categoriesOf(list: string | undefined): string[] {
  if (!list) return [];
  const categories: string[] = [];
  for (const part of list.split(",")) {
    const match = CATEGORY.exec(part.trim());
    if (!match) break;
    categories.push(match[0].toLowerCase());
  }
  return categories;
}

/** A `sensitive-content` tag in a comment's text, with its categories and the line it is on within the comment (0 = first). */
export function tagInComment(text: string): { categories: string[]; lineInComment: number } | null {
  if (!text.includes("sensitive-content")) return null;
  const match = TAG.exec(text);
  if (!match) return null;
  let lineInComment = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < match.index; i = text.indexOf("\n", i + 1)) lineInComment++;
  return { categories: categoriesOf(match[1]), lineInComment };
}

interface CommentLike {
  value: string;
  loc?: { start: { line: number } } | null;
}

/** The first comment of the file that tags it sensitive. */
export function commentTagOf(comments: readonly CommentLike[]): Evidence | null {
  for (const comment of comments) {
    const tag = tagInComment(comment.value);
    if (tag) return { source: "comment", categories: tag.categories, line: comment.loc ? comment.loc.start.line + tag.lineInComment : null };
  }
  return null;
}

/** How a message says why a file counts as sensitive: "crime-victims: comment on line 1". */
export function describeEvidence(evidence: Evidence): string {
  const categories = evidence.categories.length > 0 ? `${evidence.categories.join(", ")}: ` : "";
  const line = evidence.line === null ? "" : ` on line ${evidence.line}`;
  switch (evidence.source) {
    case "comment":
      return `${categories}sensitive-content comment${line}`;
    case "meta":
      return `${categories}<meta name="sensitive-content">${line}`;
    case "front-matter":
      return `${categories}front matter "sensitive"${line}`;
    case "data-sensitive":
      return `${categories}data-sensitive attribute${line}`;
    case "glob":
      return `${categories}path matches "${evidence.detail ?? ""}" in settings`;
    case "vocabulary":
      return `reads as ${categories}${evidence.detail ?? ""}`;
    case "reach":
      return `it is pulled in by ${evidence.detail ?? "sensitive pages"}`;
  }
}

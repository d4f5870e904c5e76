/**
 * What masking leaves behind: the masked template tags (`MaskedSegment`), and what the rest of the
 * language asks of them (is it an output tag, what a template comment says), read with the engines'
 * delimiters (src/engines/).
 */
import { COMMENT_SYNTAXES, ENGINES } from "../engines/index.js";
import { scanSyntaxOf } from "./mask-syntax.js";

export interface MaskedSegment {
  /** "comment" for template comments (`{# #}`, `{{!-- --}}`, `{{! }}`, `<%# %>`, `{% comment %}`). */
  kind: "comment" | "tag";
  /** The raw original text, delimiters included. */
  value: string;
  range: [number, number];
}

/** The same text with every character but `\n` and `\r` turned into a space. */
export function blankOut(text: string): string {
  // one blank per UTF-16 unit: an astral character (two units) gives two, so offsets stay put
  return text.replace(/[^\n\r]/gu, (char) => (char.length === 1 ? " " : "  "));
}

interface Opener {
  open: string;
  close: string;
  comment: boolean;
  prints: boolean;
}

/** Every engine's template comments and tags, longest opener first (`{{!--` before `{{!` before `{{`). */
const OPENERS: Opener[] = [
  ...COMMENT_SYNTAXES.filter((comment) => comment.in === "template").map(({ open, close }) => ({ open, close, comment: true, prints: false })),
  ...ENGINES.flatMap((engine) => engine.mask.tags ?? []).map(({ open, close, prints }) => ({ open, close, comment: false, prints: prints ?? false })),
].sort((a, b) => b.open.length - a.open.length);

/** `{% %}` statements, whose comments are blocks (`{% comment %}…{% endcomment %}`) or Liquid's `{% # … %}`. */
const STATEMENTS = scanSyntaxOf(undefined).statements;

function openerOf(value: string): Opener | undefined {
  return OPENERS.find((opener) => value.startsWith(opener.open));
}

/** True when the segment prints a value (`{{ x }}`, `<%= x %>`, `{!! x !!}`, `<?= x ?>`). */
export function isOutputTag(value: string): boolean {
  return openerOf(value)?.prints ?? false;
}

/** The text of a template comment without its delimiters (`{# x #}` -> " x "). */
export function templateCommentValue(raw: string): string {
  const opener = openerOf(raw);
  if (opener?.comment) {
    const { open, close } = opener;
    const end = raw.endsWith(close) ? raw.length - close.length : raw.length;
    return trimDash(raw.slice(open.length, Math.max(open.length, end)));
  }
  if (STATEMENTS && raw.startsWith(STATEMENTS.open)) {
    const { open, close } = STATEMENTS;
    // `{% comment %}...{% endcomment %}` or Liquid's inline `{% # ... %}`
    const openEnd = raw.indexOf(close);
    const closeStart = raw.lastIndexOf(open);
    if (closeStart > openEnd && openEnd !== -1) return raw.slice(openEnd + close.length, closeStart);
    const inner = trimDash(raw.slice(open.length, raw.endsWith(close) ? -close.length : raw.length)).trimStart();
    const mark = STATEMENTS.lineComment ?? "";
    return mark && inner.startsWith(mark) ? inner.slice(mark.length) : inner;
  }
  return raw;
}

/** Strips Jinja/Twig whitespace-control dashes: `{#- x -#}` -> " x ". */
function trimDash(inner: string): string {
  let start = 0;
  let end = inner.length;
  if (inner.startsWith("-")) start = 1;
  if (end > start && inner.endsWith("-")) end -= 1;
  return inner.slice(start, end);
}

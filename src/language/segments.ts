/**
 * What masking leaves behind: the masked template tags (`MaskedSegment`), and what the rest of the
 * language asks of them (is it an output tag, what a template comment says).
 */

export interface MaskedSegment {
  /** "comment" for template comments (`{# #}`, `{{!-- --}}`, `{{! }}`, `<%# %>`, `{% comment %}`). */
  kind: "comment" | "tag";
  /** The raw original text, delimiters included. */
  value: string;
  range: [number, number];
}

/** The same text with every character but `\n` and `\r` turned into a space. */
export function blankOut(text: string): string {
  return text.replace(/[^\n\r]/gu, " ");
}

/** True when the segment prints a value (`{{ x }}`, `<%= x %>`, `{!! x !!}`, `<?= x ?>`). */
export function isOutputTag(value: string): boolean {
  if (value.startsWith("{{")) return !value.startsWith("{{!") && !value.startsWith("{{--");
  return value.startsWith("<%=") || value.startsWith("<%-") || value.startsWith("{!!") || value.startsWith("<?=");
}

/** The text of a template comment without its delimiters (`{# x #}` -> " x "). */
export function templateCommentValue(raw: string): string {
  const pairs: Array<[string, string]> = [
    ["{{!--", "--}}"],
    ["{{--", "--}}"],
    ["{{!", "}}"],
    ["{#", "#}"],
    ["<%#", "%>"],
  ];
  for (const [open, close] of pairs) {
    if (raw.startsWith(open)) {
      const end = raw.endsWith(close) ? raw.length - close.length : raw.length;
      return trimDash(raw.slice(open.length, Math.max(open.length, end)));
    }
  }
  if (raw.startsWith("{%")) {
    // `{% comment %}...{% endcomment %}` or Liquid's inline `{% # ... %}`
    const openEnd = raw.indexOf("%}");
    const closeStart = raw.lastIndexOf("{%");
    if (closeStart > openEnd && openEnd !== -1) return raw.slice(openEnd + 2, closeStart);
    const inner = trimDash(raw.slice(2, raw.endsWith("%}") ? -2 : raw.length)).trimStart();
    return inner.startsWith("#") ? inner.slice(1) : inner;
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

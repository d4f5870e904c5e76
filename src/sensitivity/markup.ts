import { categoriesOf, commentTagOf, type Evidence } from "./tags.js";

interface MarkupNode {
  type: string;
  name?: string;
  attributes?: Array<{ name: string; value: string; loc?: { start: { line: number } } }>;
  children?: MarkupNode[];
  loc?: { start: { line: number } };
}

interface FrontMatter {
  value: unknown;
  loc?: { start: { line: number } };
}

/** `false`, `no`, `off`, `0`: a value that says "not sensitive". */
export function isNo(value: string): boolean {
  return /^\s*(?:false|no|off|0)\s*$/i.test(value);
}

/** `sensitive: true | category | [categories]` in a template's front matter. */
function frontMatterTagOf(frontMatter: FrontMatter | null | undefined): Evidence | null {
  const value = frontMatter?.value;
  if (typeof value !== "object" || value === null || !("sensitive" in value)) return null;
  const flag = (value as { sensitive: unknown }).sensitive;
  const line = frontMatter?.loc?.start.line ?? 1;
  if (flag === true) return { source: "front-matter", categories: [], line };
  if (typeof flag === "string" && flag.length > 0 && !isNo(flag)) return { source: "front-matter", categories: categoriesOf(flag), line };
  if (Array.isArray(flag) && flag.length > 0) return { source: "front-matter", categories: flag.map(String), line };
  return null;
}

/**
 * Sensitivity tags that only markup has: front matter, `<meta name="sensitive-content">` and a
 * `data-sensitive` attribute on any element. Walks elements iteratively.
 */
export function markupTagOf(ast: unknown): Evidence | null {
  const root = ast as MarkupNode & { frontMatter?: FrontMatter | null };
  if (root?.type !== "Document") return null;
  const fromFrontMatter = frontMatterTagOf(root.frontMatter);
  if (fromFrontMatter) return fromFrontMatter;
  const stack: MarkupNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as MarkupNode;
    if (node.type !== "Element") continue;
    const attributes = node.attributes ?? [];
    if (node.name === "meta" && attributes.some((a) => a.name === "name" && a.value.trim().toLowerCase() === "sensitive-content")) {
      const content = attributes.find((a) => a.name === "content")?.value;
      return { source: "meta", categories: categoriesOf(content), line: node.loc?.start.line ?? null };
    }
    const marked = attributes.find((a) => a.name === "data-sensitive" && !isNo(a.value));
    if (marked) return { source: "data-sensitive", categories: categoriesOf(marked.value), line: marked.loc?.start.line ?? node.loc?.start.line ?? null };
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MarkupNode);
  }
  return null;
}

/** A sensitive-content tag in a comment inside template code (`<?php /* … *\/ ?>`, `<% // … %>`). */
export function templateCodeTagOf(ast: unknown): Evidence | null {
  const root = ast as { type?: string; templateTags?: Array<{ value: string; loc?: { start: { line: number } } }> };
  if (root?.type !== "Document") return null;
  for (const tag of root.templateTags ?? []) {
    if (!tag.value.includes("sensitive-content")) continue;
    const found = commentTagOf([{ value: tag.value, loc: tag.loc }]);
    if (found) return found;
  }
  return null;
}

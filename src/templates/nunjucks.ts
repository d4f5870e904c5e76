import type { Link } from "./types.js";

/** `{% extends "x" %}`, `{% include 'x' %}`, `{% import "x" as y %}`, `{% from "x" import y %}`, `{% embed "x" %}`. */
const TAG = /\{%-?\s*(extends|include|import|from|embed)\s+(["'])([^"'\n]+)\2/g;

/** Nunjucks, Jinja and Twig: links by tag, resolved against the template roots. */
export function nunjucksLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(TAG)) {
    const target = match[3] as string;
    links.push({ target, candidates: [target], range: [match.index, match.index + match[0].length], kind: match[1] as string, relative: false });
  }
  return links;
}

import type { Link } from "./types.js";

/** `get_header()`, `get_footer('x')`, `get_sidebar()`. */
const WP_PART = /\bget_(header|footer|sidebar)\s*\(\s*(?:["']([\w-]+)["'])?/g;
/** `get_template_part('template-parts/content', 'page')`. */
const WP_TEMPLATE_PART = /\bget_template_part\s*\(\s*["']([\w./-]+)["'](?:\s*,\s*["']([\w-]+)["'])?/g;
/** `include 'x.php'`, `require_once __DIR__ . '/x.php'`. */
const PHP_INCLUDE = /\b(?:include|require)(?:_once)?\s*(?:\(\s*)?(?:__DIR__\s*\.\s*)?["']([\w./-]+\.php)["']/g;
/** Blade: `@extends('layouts.app')`, `@include('partials.nav')`, `<x-alert>`. */
const BLADE = /@(extends|include|includeIf|component)\s*\(\s*["']([\w.-]+)["']/g;
const BLADE_COMPONENT = /<x-([\w.-]+)/g;

const range = (match: RegExpMatchArray): [number, number] => [match.index ?? 0, (match.index ?? 0) + match[0].length];

/** PHP and WordPress themes, and Blade views. */
export function phpLinksOf(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(WP_PART)) {
    const part = match[1] as string;
    const file = match[2] ? `${part}-${match[2]}.php` : `${part}.php`;
    // WordPress looks these up from the theme root: climb from the file's folder.
    links.push({ target: file, candidates: [file], range: range(match), kind: `get_${part}`, relative: false });
  }
  for (const match of text.matchAll(WP_TEMPLATE_PART)) {
    const slug = match[1] as string;
    const candidates = match[2] ? [`${slug}-${match[2]}.php`, `${slug}.php`] : [`${slug}.php`];
    links.push({ target: candidates[0] as string, candidates, range: range(match), kind: "get_template_part", relative: false });
  }
  for (const match of text.matchAll(PHP_INCLUDE)) {
    const file = (match[1] as string).replace(/^\//, "");
    links.push({ target: file, candidates: [file], range: range(match), kind: "include", relative: true });
  }
  for (const match of text.matchAll(BLADE)) {
    const file = `${(match[2] as string).split(".").join("/")}.blade.php`;
    links.push({ target: match[2] as string, candidates: [`resources/views/${file}`, file], range: range(match), kind: `@${match[1] as string}`, relative: false });
  }
  for (const match of text.matchAll(BLADE_COMPONENT)) {
    const file = `components/${(match[1] as string).split(".").join("/")}.blade.php`;
    links.push({ target: `<x-${match[1] as string}>`, candidates: [`resources/views/${file}`, file], range: range(match), kind: "component", relative: false });
  }
  return links;
}

import { php, PHP_TAGS } from "./php.js";
import { DOUBLE_BRACE_TAG } from "./shared-syntax.js";
import { CSS_AT_RULES } from "./stylesheet.js";
import { linksMatching, type Engine, type Link } from "./types.js";

/** `@extends('layouts.app')`, `@include('partials.nav')`, `<x-alert>`. */
const DIRECTIVE = /@(extends|include|includeIf|component)\s*\(\s*["']([\w.-]+)["']/g;
const COMPONENT = /<x-([\w.-]+)/g;

const EXTENSION = ".blade.php";

/** A view name's file: `partials.nav` -> `partials/nav.blade.php`. */
function viewFileOf(name: string): string {
  return `${name.split(".").join("/")}${EXTENSION}`;
}

function bladeLinksOf(text: string): Link[] {
  return [
    ...linksMatching(text, DIRECTIVE, (match, range) => ({ target: match[2] as string, candidates: [viewFileOf(match[2] as string)], range, kind: `@${match[1] as string}`, relative: false })),
    ...linksMatching(text, COMPONENT, (match, range) => ({ target: `<x-${match[1] as string}>`, candidates: [`components/${viewFileOf(match[1] as string)}`], range, kind: "component", relative: false })),
  ];
}

/** Blade (Laravel) views: PHP, with Blade's tags, comments and `@directives`. */
export const blade: Engine = {
  id: "blade",
  name: "Blade (Laravel)",
  extensions: [EXTENSION],
  linted: "html",
  comments: [...php.comments, { open: "{{--", close: "--}}", in: "template", ownFilesOnly: true }],
  mask: {
    tags: [...PHP_TAGS, { open: "{!!", close: "!!}", prints: true }, DOUBLE_BRACE_TAG],
    directives: { sigil: "@", codeBlocks: ["php"], rawBlocks: ["verbatim"], notDirectives: CSS_AT_RULES, escapes: ["@{{"] },
  },
  fence: "yaml",
  links: [...php.links, { engine: "blade", writes: ["@extends", "@include", "<x-component>"], read: bladeLinksOf }],
};

/**
 * Whether a tag-manager trigger's page conditions can hold on a sensitive page. Sensitive pages
 * are URL path patterns (`sensitiveUrls`, or the routes of sensitive pages); a trigger's
 * conditions are tested on example paths of every pattern and on the paths the conditions name
 * themselves, so `{{Page Path}} starts with /support` meets `/support/**` both ways.
 */
import type { PageCondition } from "../detect/gtm/container.js";
import { matchingGlobOf } from "./globs.js";

/** A URL path pattern of sensitive pages, and how a message names where it comes from. */
export interface SensitiveUrl {
  pattern: string;
  /** `"/support/**" in sensitiveUrls`, `the sensitive page pages/support/rape.tsx (/support/rape)`. */
  description: string;
}

/** Whether a path (with or without its trailing slash) matches a pattern (picomatch, as the `sensitive` globs). */
function pathMatches(pattern: string, path: string): boolean {
  const other = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : `${path}/`;
  return matchingGlobOf(path, [pattern]) !== null || matchingGlobOf(other, [pattern]) !== null;
}

/** The first sensitive URL pattern a path matches. */
export function sensitiveUrlOf(path: string, urls: readonly SensitiveUrl[]): SensitiveUrl | null {
  return urls.find((url) => pathMatches(url.pattern, path)) ?? null;
}

const GLOB_SYNTAX = /[!()*?[\]{}]/u;

/** Example paths of a pattern: its literal start, and each wildcard filled in (`/support/**` -> `/support`, `/support/x/y`). */
export function samplePathsOf(pattern: string): string[] {
  const wildcard = pattern.search(GLOB_SYNTAX);
  const prefix = wildcard < 0 ? pattern : pattern.slice(0, wildcard);
  const filled = pattern.replaceAll("**", "x/y").replaceAll("*", "x");
  const samples = [prefix, prefix.replace(/\/$/u, ""), filled].filter((sample) => sample.startsWith("/") && !GLOB_SYNTAX.test(sample));
  return [...new Set(samples)].filter((sample) => pathMatches(pattern, sample));
}

/** The path a URL or path value names (`https://example.org/support/` -> `/support/`), or null. */
function pathOfValue(value: string): string | null {
  if (value.startsWith("/")) return value;
  try {
    return new URL(value).pathname;
  } catch {
    return null;
  }
}

/** The paths a condition names itself: `equals /support/rape` names `/support/rape`. */
export function witnessPathsOf(condition: PageCondition): string[] {
  if (condition.negate || !["equals", "startswith", "contains"].includes(condition.operator)) return [];
  const path = pathOfValue(condition.value.trim());
  return path ? [path] : [];
}

/** A host name in a value, regular expressions' `\.` read as dots: `^https://www\.example\.org/` -> `www.example.org`. */
const HOST = /(?:[a-z\d-]+\.)+[a-z]{2,}/iu;

/**
 * The origin a Page URL condition names (`https://www.example.org`), so example paths become the
 * site's own URLs; an invalid one when it names none.
 */
function originOf(condition: PageCondition): string {
  try {
    return new URL(condition.value).origin;
  } catch {
    const host = HOST.exec(condition.value.replaceAll("\\.", "."));
    return host ? `https://${host[0]}` : "https://site.invalid";
  }
}

/** Whether the condition holds on a page at this path; a condition pixel-guard cannot read holds (it may). */
export function conditionHolds(condition: PageCondition, path: string): boolean {
  const subject = condition.variable === "Page URL" ? `${originOf(condition)}${path}` : path;
  const fold = (text: string): string => (condition.ignoreCase ? text.toLowerCase() : text);
  const value = fold(condition.value);
  const tested = fold(subject);
  let holds: boolean;
  switch (condition.operator) {
    case "equals":
      holds = tested === value || (condition.variable === "Page Path" && (tested === `${value}/` || `${tested}/` === value));
      break;
    case "contains":
      holds = tested.includes(value);
      break;
    case "startswith":
      holds = tested.startsWith(value);
      break;
    case "endswith":
      holds = tested.endsWith(value);
      break;
    case "matchregex":
    case "matchesregex":
      holds = regexHolds(condition.value, subject, condition.ignoreCase);
      break;
    default:
      return true;
  }
  return condition.negate ? !holds : holds;
}

/** A container's own regular expression (GTM's, without flags), tested on a short example path; one that does not compile may match. */
function regexHolds(source: string, subject: string, ignoreCase: boolean): boolean {
  try {
    return new RegExp(source, ignoreCase ? "i" : "").test(subject);
  } catch {
    return true;
  }
}

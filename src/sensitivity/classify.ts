/**
 * Whether a page reads as sensitive from what it says: the words of its path, its title and
 * headings, and its visible text, scored against the vocabulary. See "Pages that read as sensitive"
 * in docs/sensitivity.md for the scoring.
 */
import { pageTextOf } from "./page-text.js";
import { CATEGORIES } from "../vocabulary/index.js";
import { sensitiveWordsIn, type WordHit } from "../vocabulary/words.js";

export interface Classification {
  /** Every category that reached FOUND_AT, best first. */
  categories: string[];
  /** The best category. */
  category: string;
  /** The best category's phrases as the page writes them (`hate crime`, `victims`), weightiest first. */
  phrases: string[];
  /** The best category's score. */
  score: number;
}

export interface PageInput {
  filename: string;
  /** The path the page's folder and file names are read from (relative to the project). */
  relativePath: string;
  text: string;
  /** The file's AST: an html `Document` or a JavaScript `Program`. */
  ast: unknown;
}

/** The score at which a category is found. */
export const FOUND_AT = 4;
/** What a phrase weighs: a category's strong (decisive) phrase, or one that needs company. */
export const PHRASE_WEIGHT = { strong: 2, weak: 1 } as const;
/** What a place weighs: the path says most about a page, then its title and headings, then its text. */
export const PLACE_WEIGHT = { path: 3, title: 2, body: 1 } as const;

type Place = keyof typeof PLACE_WEIGHT;

/** The words of a path: its folder and file names, with the file's extension dropped. */
export function pathTextOf(relativePath: string): string {
  return relativePath.replace(/\\/g, "/").replace(/\.[^./]*$/, "");
}

/** A category's score so far, and the phrases that made it. */
interface Tally {
  score: number;
  /** By phrase: how it was written first, what it added, and where it was first found. */
  phrases: Map<string, { text: string; score: number; order: number }>;
}

/**
 * The categories a page reads as, best first, or null when none reaches FOUND_AT. Caches nothing
 * (sensitivity/index.ts caches per file).
 */
export function classifyPage(input: PageInput): Classification | null {
  const page = pageTextOf(input.ast, input.text);
  const places: Array<[Place, string[]]> = [
    ["path", [pathTextOf(input.relativePath)]],
    ["title", [page.title, ...page.headings]],
    ["body", [page.body]],
  ];
  const tallies = new Map<string, Tally>();
  let order = 0;
  for (const [place, texts] of places) {
    // each phrase counts once per place, whatever the number of times it is written there
    const seen = new Set<string>();
    for (const text of texts) {
      for (const hit of text ? sensitiveWordsIn(text) : []) {
        if (seen.has(hit.phrase)) continue;
        seen.add(hit.phrase);
        add(tallies, hit, PLACE_WEIGHT[place], order++);
      }
    }
  }
  const found = CATEGORIES.map((category) => ({ id: category.id, tally: tallies.get(category.id) }))
    .filter((entry): entry is { id: string; tally: Tally } => entry.tally !== undefined && entry.tally.score >= FOUND_AT)
    .sort((a, b) => b.tally.score - a.tally.score); // stable: ties keep the order of CATEGORIES
  const best = found[0];
  if (!best) return null;
  const phrases = [...best.tally.phrases.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((phrase) => phrase.text);
  return { categories: found.map((entry) => entry.id), category: best.id, phrases, score: best.tally.score };
}

function add(tallies: Map<string, Tally>, hit: WordHit, placeWeight: number, order: number): void {
  let tally = tallies.get(hit.category.id);
  if (!tally) {
    tally = { score: 0, phrases: new Map() };
    tallies.set(hit.category.id, tally);
  }
  const score = (hit.strong ? PHRASE_WEIGHT.strong : PHRASE_WEIGHT.weak) * placeWeight;
  tally.score += score;
  const phrase = tally.phrases.get(hit.phrase);
  if (phrase) phrase.score += score;
  else tally.phrases.set(hit.phrase, { text: hit.text, score, order });
}

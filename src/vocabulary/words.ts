import { alternationOf } from "../literals.js";
import { CATEGORIES, type Category } from "./index.js";

/** A sensitive phrase found in a text. */
export interface WordHit {
  category: Category;
  phrase: string;
  strong: boolean;
  /** The words as found, plural included: `victims` for the phrase `victim`. */
  text: string;
}

const phraseOwners = new Map<string, { category: Category; strong: boolean }>();
for (const category of CATEGORIES) {
  for (const phrase of category.strong) if (!phraseOwners.has(phrase)) phraseOwners.set(phrase, { category, strong: true });
  for (const phrase of category.phrases) if (!phraseOwners.has(phrase)) phraseOwners.set(phrase, { category, strong: false });
}

/** One alternation of literal phrases, longest first, whole words, optional plural `s` or `es`: linear. */
const phrasePattern = new RegExp(`\\b(?:${alternationOf(phraseOwners.keys())})(?:e?s)?\\b`, "g");

/**
 * Text as words: camelCase and PascalCase split (`HIVTestBooked` -> `hiv test booked`),
 * punctuation, `-` and `_` to spaces, apostrophes dropped (`Clare's` -> `clares`), lower case.
 */
export function wordsOf(text: string): string {
  return text
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1 $2")
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z\d]+/gi, " ")
    .toLowerCase();
}

/** Every sensitive phrase in a text, in order. */
export function sensitiveWordsIn(text: string): WordHit[] {
  const words = wordsOf(text);
  const hits: WordHit[] = [];
  phrasePattern.lastIndex = 0;
  for (let match = phrasePattern.exec(words); match; match = phrasePattern.exec(words)) {
    const found = match[0];
    const phrase = [found, found.slice(0, -1), found.slice(0, -2)].find((candidate) => phraseOwners.has(candidate));
    const owner = phrase === undefined ? undefined : phraseOwners.get(phrase);
    if (phrase !== undefined && owner) hits.push({ ...owner, phrase, text: found });
  }
  return hits;
}

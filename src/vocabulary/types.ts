/** A sensitive category: the words that make a path, a page or an event read as it. */
export interface Category {
  /** Used in tags and messages: `crime-victims`, `sexual-health`. */
  id: string;
  /** Words or phrases, lower case, whole words; a trailing `s` (plural) matches too. */
  phrases: string[];
  /**
   * Phrases that are decisive on their own (a page about "rape" is about rape); every other phrase
   * needs company. See docs/sensitivity.md for the scoring.
   */
  strong: string[];
}

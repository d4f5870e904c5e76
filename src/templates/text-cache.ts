/**
 * The texts of graph files read lately, bounded. The graph reads the layouts and includes that every
 * page pulls in again and again, and the project index reads every page once: an unbounded cache
 * would hold the whole site's text to the end of the run, none at all would read each layout again
 * for every page. The most recently used texts stay, up to a count and a total length.
 */
export const TEXT_CACHE_LIMITS = { texts: 256, characters: 8 * 2 ** 20 };

const texts = new Map<string, string>();
let characters = 0;

/** The text last read for `filename`, if it is still held (and now the most recently used). */
export function rememberedText(filename: string): string | undefined {
  const text = texts.get(filename);
  if (text === undefined) return undefined;
  texts.delete(filename);
  texts.set(filename, text);
  return text;
}

/** Holds `text` as the latest of `filename`, letting the least recently used texts go; returns it. */
export function rememberText(filename: string, text: string): string {
  const old = texts.get(filename);
  if (old !== undefined) {
    texts.delete(filename);
    characters -= old.length;
  }
  if (text.length > TEXT_CACHE_LIMITS.characters) return text;
  texts.set(filename, text);
  characters += text.length;
  for (const [name, held] of texts) {
    if (texts.size <= TEXT_CACHE_LIMITS.texts && characters <= TEXT_CACHE_LIMITS.characters) break;
    texts.delete(name);
    characters -= held.length;
  }
  return text;
}

/** How many texts are held, and their total length (for tests). */
export function heldTexts(): { texts: number; characters: number } {
  return { texts: texts.size, characters };
}

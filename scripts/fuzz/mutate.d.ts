export interface CorpusFile {
  path: string;
  text: string;
}

export const CORPUS_ROOTS: string[];
export function corpusOf(repo?: string): CorpusFile[];
export const MUTATIONS: Record<string, (text: string, random: unknown, other: string) => string>;
export function mutantOf(corpus: CorpusFile[], seed: number, index: number): CorpusFile & { mutations: string[] };

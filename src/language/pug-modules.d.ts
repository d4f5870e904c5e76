/** The parts of `pug-lexer` and `pug-parser` that src/language/pug.ts uses (neither ships types). */
declare module "pug-lexer" {
  export default function lex(text: string, options?: { filename?: string }): unknown[];
}

declare module "pug-parser" {
  export default function parse(tokens: unknown[], options?: { filename?: string; src?: string }): unknown;
}

import { ENGINES } from "../engines/index.js";
import { COMPONENT_FILES, HTML_FILES as LOWER_CASE_HTML_FILES, TYPESCRIPT_FILE } from "../language/index.js";

/**
 * A glob for the same files in any other letter case (`Index.HTML`, `page.Htm`): flat-config
 * `files` globs are case-sensitive, and engineOf reads an extension in any case. One alternative
 * per letter that is upper case, the letters before it lower case and those after it either:
 * never the all-lower-case name, which the glob itself matches (another parser may own those,
 * @html-eslint's `**\/*.html`). `**\/*.html` -> `**\/*.@(H[tT][mM][lL]|hT[mM][lL]|htM[lL]|htmL)`.
 */
export function otherCaseGlobOf(glob: string): string | null {
  const dot = glob.lastIndexOf(".");
  const extension = glob.slice(dot + 1);
  const letters = [...extension].map((char, at) => ({ char, at })).filter(({ char }) => char.toUpperCase() !== char.toLowerCase());
  if (letters.length === 0) return null;
  const either = (char: string): string => (char.toUpperCase() === char.toLowerCase() ? char : `[${char.toLowerCase()}${char.toUpperCase()}]`);
  const alternatives = letters.map(({ at }) => extension.slice(0, at) + (extension[at] as string).toUpperCase() + [...extension.slice(at + 1)].map(either).join(""));
  return `${glob.slice(0, dot + 1)}@(${alternatives.join("|")})`;
}

/** Each glob, then the same files in other letter cases. */
function inAnyCase(globs: readonly string[]): string[] {
  return [...globs, ...globs.flatMap((glob) => otherCaseGlobOf(glob) ?? [])];
}

/** The script engine's extensions, split by the parser they need; the configs and the CLI share them. */
const SCRIPT_EXTENSIONS = ENGINES.find((engine) => engine.id === "script")?.extensions ?? [];
export const JS_FILES = inAnyCase(SCRIPT_EXTENSIONS.filter((extension) => !TYPESCRIPT_FILE.test(extension)).map((extension) => `**/*${extension}`));
export const TS_FILES = inAnyCase(SCRIPT_EXTENSIONS.filter((extension) => TYPESCRIPT_FILE.test(extension)).map((extension) => `**/*${extension}`));
/** Pages and templates in any letter case; the other-case globs fall among the templates (pixel-guard's own parser). */
export const HTML_FILES = inAnyCase(LOWER_CASE_HTML_FILES);
export { COMPONENT_FILES };
/** JSON files: Google Tag Manager container exports are found among them by content, whatever their name. */
export const JSON_FILES = ["**/*.json"];

import { ENGINES } from "../engines/index.js";
import { TYPESCRIPT_FILE } from "../language/index.js";

/** The script engine's extensions, split by the parser they need; the configs and the CLI share them. */
const SCRIPT_EXTENSIONS = ENGINES.find((engine) => engine.id === "script")?.extensions ?? [];
export const JS_FILES = SCRIPT_EXTENSIONS.filter((extension) => !TYPESCRIPT_FILE.test(extension)).map((extension) => `**/*${extension}`);
export const TS_FILES = SCRIPT_EXTENSIONS.filter((extension) => TYPESCRIPT_FILE.test(extension)).map((extension) => `**/*${extension}`);
export { COMPONENT_FILES, HTML_FILES } from "../language/index.js";
/** JSON files: Google Tag Manager container exports are found among them by content, whatever their name. */
export const JSON_FILES = ["**/*.json"];

/** The file globs each language of the plugin lints; the configs and the CLI share them. */
export const JS_FILES = ["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx"];
export const TS_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];
export { COMPONENT_FILES, HTML_FILES } from "../language/index.js";

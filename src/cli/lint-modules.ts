/**
 * What a lint needs and `--version`, `--help` or a usage error does not: ESLint, the plugin (its
 * rules, the catalogue, every parser) and the formats. run.ts imports this module only when it lints.
 */
export { ESLint } from "eslint";
export { DEFAULT_CACHE_FILE, eslintOptionsFor, makeLintedFileTest } from "./eslint-options.js";
export { forgetOutsideLinks, linksOutsideProject } from "../templates/resolve.js";
export { WHOLE_RUN_ENV } from "../templates/project-index.js";
export { formatGithub } from "./github.js";
export { formatSarif } from "./sarif.js";
export { optionsModuleUrl } from "./worker-options.js";
export { isJsonFile } from "../language/index.js";
export { default as plugin } from "../index.js";
export { selectRunFiles } from "./files-run.js";
export { withOneLineAdvice } from "./eslint-warnings.js";
export { dropStaleCacheEntries, recordCacheDependencies } from "./cache.js";
export { unmatchedGlobWarnings } from "./unmatched-globs.js";
export { lintInBatches } from "./lint-batches.js";
export { formatJson } from "./json-format.js";

/**
 * The options module of `--concurrency`: ESLint's worker threads import it (the options of a run
 * hold the plugin, which cannot be cloned into a thread). The run's JSON parameters ride in the
 * module URL's `params` query.
 */
import type { ESLint } from "eslint";
import { eslintOptionsFor, type LintParams } from "./eslint-options.js";

function paramsOfUrl(url: string): LintParams {
  const params = new URL(url).searchParams.get("params");
  if (params === null) throw new Error(`pixel-guard: ${url} must be imported with a ?params= query`);
  return JSON.parse(params) as LintParams;
}

/** The URL ESLint.fromOptionsModule() loads for a run with these parameters. */
export function optionsModuleUrl(params: LintParams): URL {
  const url = new URL(import.meta.url);
  url.searchParams.set("params", JSON.stringify(params));
  return url;
}

const options: ESLint.Options | undefined = new URL(import.meta.url).searchParams.has("params") ? eslintOptionsFor(paramsOfUrl(import.meta.url)) : undefined;
export default options;

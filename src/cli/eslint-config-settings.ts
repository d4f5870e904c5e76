/**
 * `settings["pixel-guard"]` from the site's own ESLint config, found as ESLint finds it
 * (`eslint.config.{js,mjs,cjs,ts,mts,cts}` from the folder upward) and computed with ESLint's Node
 * API, so that the command, the editor and a hook read the same settings. ESLint is imported here,
 * when called, to keep the command's start-up light.
 */
import path from "node:path";
import { CliError } from "./errors.js";

/** The settings an ESLint config holds, and the config file (its folder is where the globs are relative to). */
export interface EslintConfigSettings {
  file: string;
  /** `settings["pixel-guard"]` as the config gives it, unchecked; undefined when it has none. */
  raw: unknown;
}

/**
 * Settings may differ per file in a flat config; the command reads those of a script, then of a
 * page, at the config's folder: the settings of a config object with no `files`, or whose `files`
 * take `*.js` or `*.html` files, the common places for them.
 */
const PROBES = ["index.js", "index.html"];

/** The message of a config that cannot be loaded, in one line. */
function oneLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split(/\s*\n\s*/).join("; ");
}

/** The site's ESLint config and its `settings["pixel-guard"]`, or undefined when there is no config file. */
export async function eslintConfigSettingsOf(cwd: string): Promise<EslintConfigSettings | undefined> {
  const { ESLint } = await import("eslint");
  const eslint = new ESLint({ cwd });
  const file = await eslint.findConfigFile();
  if (file === undefined) return undefined;
  const shown = path.relative(cwd, file) || file;
  try {
    for (const probe of PROBES) {
      const config = (await eslint.calculateConfigForFile(path.join(path.dirname(file), probe))) as { settings?: Record<string, unknown> } | undefined;
      const raw = config?.settings?.["pixel-guard"];
      if (raw !== undefined) return { file, raw };
    }
  } catch (error) {
    throw new CliError(
      `cannot read the settings in ${shown}: ${oneLineOf(error)} (install what it imports, or put the settings in pixel-guard.config.json, which is read without loading ${path.basename(file)})`,
    );
  }
  return { file, raw: undefined };
}

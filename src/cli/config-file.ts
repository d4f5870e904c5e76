import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseSettings, SettingsError, type Settings } from "../sensitivity/settings.js";
import { isDeepStrictEqual } from "node:util";
import { CliError } from "./errors.js";
import { eslintConfigSettingsOf } from "./eslint-config-settings.js";

export const CONFIG_FILE_NAME = "pixel-guard.config.json";

/** The settings of a run and the folder their globs are relative to (ESLint's cwd). */
export interface LoadedConfig {
  /** The config file (pixel-guard.config.json or the site's eslint.config.js), or undefined when there is none (defaults apply). */
  file: string | undefined;
  /** The folder the `sensitive`/`allow` globs are relative to: the config file's folder. */
  dir: string;
  settings: Settings;
  /** Where the settings came from and what else was found, for `--debug`. */
  debug: string[];
  /** Settings found in both files that differ: said once, on stderr. */
  warnings: string[];
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The nearest pixel-guard.config.json from `start` upward, stopping at the filesystem root. */
export function findConfigFile(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A path as the user would like to read it: relative to where they are when it is inside. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** Reads and checks a config file; any problem is a CliError naming the file (and the key). */
export function readConfigFile(file: string, cwd: string): Settings {
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `config file not found: ${shown}` : `cannot read ${shown}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`${shown} is not valid JSON: ${(error as Error).message.replace(/\r?\n/g, "\\n")}`);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new CliError(`${shown} must hold a JSON object of settings`);
  try {
    return parseSettings(raw);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(`${shown}: ${error.message.replace(/^pixel-guard: /, "")}`);
    throw error;
  }
}

/** Checks settings read from an ESLint config; a wrong one names the config file and the key. */
function checkedEslintSettings(raw: unknown, file: string, cwd: string): Settings {
  try {
    return parseSettings(raw);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(`${displayPath(file, cwd)}: ${error.message.replace(/^pixel-guard: /, "")}`);
    throw error;
  }
}

/**
 * The config of a run: `--config FILE` (relative to cwd), else the nearest pixel-guard.config.json
 * upward, else `settings["pixel-guard"]` of the site's ESLint config (found as ESLint finds it),
 * else defaults. pixel-guard.config.json wins over the ESLint config; when both hold settings that
 * differ, a warning says so.
 */
export async function loadConfig(configOption: string | undefined, cwd: string): Promise<LoadedConfig> {
  const file = configOption === undefined ? findConfigFile(cwd) : path.resolve(cwd, configOption);
  if (file !== undefined) {
    if (configOption !== undefined && !isFile(file)) throw new CliError(`config file not found: ${configOption}`);
    const settings = readConfigFile(file, cwd);
    const loaded: LoadedConfig = { file, dir: path.dirname(file), settings, debug: [`settings from ${displayPath(file, cwd)}`], warnings: [] };
    let other;
    try {
      other = await eslintConfigSettingsOf(cwd);
    } catch (error) {
      loaded.debug.push(`the ESLint config was not read: ${(error as Error).message}`);
    }
    if (other?.raw !== undefined) {
      const shown = displayPath(other.file, cwd);
      loaded.debug.push(`${shown} holds settings["pixel-guard"] too; ${displayPath(file, cwd)} wins`);
      let same = false;
      try {
        same = isDeepStrictEqual(parseSettings(other.raw), settings);
      } catch {
        // a wrong setting there is ESLint's to report
      }
      if (!same) loaded.warnings.push(`${displayPath(file, cwd)} and settings["pixel-guard"] in ${shown} differ; the command uses ${displayPath(file, cwd)}, ESLint and the editor ${shown}`);
    }
    return loaded;
  }
  const site = await eslintConfigSettingsOf(cwd);
  if (site?.raw === undefined) {
    const debug = site ? [`${displayPath(site.file, cwd)} holds no settings["pixel-guard"]: defaults`] : ["no pixel-guard.config.json or ESLint config: defaults"];
    return { file: undefined, dir: cwd, settings: parseSettings(undefined), debug, warnings: [] };
  }
  const settings = checkedEslintSettings(site.raw, site.file, cwd);
  return { file: site.file, dir: path.dirname(site.file), settings, debug: [`settings from settings["pixel-guard"] in ${displayPath(site.file, cwd)}`], warnings: [] };
}

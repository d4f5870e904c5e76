import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseSettings, SettingsError, type Settings } from "../sensitivity/settings.js";
import { CliError } from "./errors.js";

export const CONFIG_FILE_NAME = "pixel-guard.config.json";

/** The settings of a run and the folder their globs are relative to (ESLint's cwd). */
export interface LoadedConfig {
  /** The config file, or undefined when there is none (defaults apply). */
  file: string | undefined;
  /** The folder the `sensitive`/`allow` globs are relative to: the config file's folder. */
  dir: string;
  settings: Settings;
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

/** The config of a run: `--config FILE` (relative to cwd), else the nearest one upward, else defaults. */
export function loadConfig(configOption: string | undefined, cwd: string): LoadedConfig {
  const file = configOption === undefined ? findConfigFile(cwd) : path.resolve(cwd, configOption);
  if (file === undefined) return { file, dir: cwd, settings: parseSettings(undefined) };
  if (configOption !== undefined && !isFile(file)) throw new CliError(`config file not found: ${configOption}`);
  return { file, dir: path.dirname(file), settings: readConfigFile(file, cwd) };
}

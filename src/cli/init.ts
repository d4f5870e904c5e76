/**
 * `pixel-guard init`: writes a starter pixel-guard.config.json in the current folder, with the
 * folders whose names read as sensitive (the plugin's vocabulary) as suggested `sensitive` globs.
 */
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseSettings } from "../sensitivity/settings.js";
import { generatorsIn, templateRootsNeeded } from "../templates/generators.js";
import { sensitiveWordsIn, type WordHit } from "../vocabulary/words.js";
import { CONFIG_FILE_NAME, findConfigFile } from "./config-file.js";
import { CliError, type Output } from "./errors.js";

/** Folders never walked: dependencies, build output and version control. */
export const SKIPPED_FOLDERS = new Set(["node_modules", ".git", "vendor", "dist", "build"]);
/** How far the walk goes: folders visited, and depth below the start. */
export const MAX_FOLDERS = 20_000;
export const MAX_DEPTH = 12;

export interface SensitiveFolder {
  /** Relative to the start, forward slashes. */
  folder: string;
  hits: WordHit[];
}

export interface FolderScan {
  folders: SensitiveFolder[];
  /** True when the walk stopped at MAX_FOLDERS. */
  truncated: boolean;
}

/**
 * Walks the tree breadth-first (iteratively, bounded), skipping SKIPPED_FOLDERS, hidden folders and
 * symbolic links, and lists folders whose own name reads as sensitive; it does not descend into a
 * listed folder, since its glob covers everything below.
 */
export function findSensitiveFolders(root: string): FolderScan {
  const folders: SensitiveFolder[] = [];
  const queue: { dir: string; depth: number }[] = [{ dir: "", depth: 0 }];
  let visited = 0;
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (++visited > MAX_FOLDERS) return { folders, truncated: true };
    let entries;
    try {
      entries = readdirSync(path.join(root, next.dir), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith(".")) continue;
      const folder = next.dir ? `${next.dir}/${entry.name}` : entry.name;
      const hits = sensitiveWordsIn(entry.name);
      if (hits.length > 0) folders.push({ folder, hits });
      else if (next.depth + 1 < MAX_DEPTH) queue.push({ dir: folder, depth: next.depth + 1 });
    }
  }
  return { folders, truncated: false };
}

/** The starter settings: every key, with the suggested folders as `sensitive` globs. */
export function starterSettings(folders: readonly SensitiveFolder[], templateRoots: readonly string[] = []): object {
  const settings = { sensitive: folders.map(({ folder }) => `${folder}/**`), allow: [], autoClassify: "warn", templateRoots: [...templateRoots] };
  parseSettings(settings);
  return settings;
}

function reasonOf(hits: readonly WordHit[]): string {
  return [...new Set(hits.map((hit) => `"${hit.phrase}" (${hit.category.id})`))].join(", ");
}

/** Runs `pixel-guard init` in `cwd`; returns the exit code. */
export function runInit(cwd: string, stdout: Output): number {
  const file = path.join(cwd, CONFIG_FILE_NAME);
  const scan = findSensitiveFolders(cwd);
  const generators = generatorsIn(cwd);
  const templateRoots = templateRootsNeeded(cwd, generators);
  const text = `${JSON.stringify(starterSettings(scan.folders, templateRoots), null, 2)}\n`;
  try {
    writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(`${CONFIG_FILE_NAME} already exists here; edit it, or delete it to start again`);
    throw new CliError(`cannot write ${CONFIG_FILE_NAME}: ${(error as Error).message}`);
  }
  const out: string[] = [`Wrote ${CONFIG_FILE_NAME}:`, "", text];
  if (scan.folders.length > 0) {
    out.push("Suggested as sensitive, because their names read as sensitive (check each, and add what is missing):");
    for (const { folder, hits } of scan.folders) out.push(`  ${folder}/**  ${reasonOf(hits)}`);
  } else {
    out.push("No folder names read as sensitive. List the sensitive pages in \"sensitive\" (globs relative to this file),");
    out.push("or tag each page with a `sensitive-content` comment.");
  }
  if (generators.length > 0) out.push(`Found ${generators.join(", ")}: the layouts and includes its pages use are followed with no settings ("templateRoots" is left empty).`);
  else if (templateRoots.length > 0) out.push(`No site generator found: shared templates are looked up in ${templateRoots.map((root) => `${root}/`).join(", ")} ("templateRoots").`);
  if (scan.truncated) out.push(`(Stopped looking after ${MAX_FOLDERS} folders.)`);
  const parent = path.dirname(cwd) === cwd ? undefined : findConfigFile(path.dirname(cwd));
  if (parent) out.push(`Note: ${parent} also exists; runs from here on use the new file.`);
  out.push("", "Then run: npx pixel-guard");
  stdout.write(`${out.join("\n")}\n`);
  return 0;
}

/**
 * Module path aliases: `@/components/Pixel` (Next.js), `~/components/x` (Nuxt), `components/x` with a
 * `baseUrl`. Read from the project's tsconfig.json or jsconfig.json with TypeScript's own reader
 * (comments, trailing commas and `extends` included), since @typescript-eslint/parser brings
 * TypeScript along; mapped with TypeScript's rules for `paths`: the longest matching prefix, one
 * `*`. Read once per root and trusted for 30 seconds, like the rest of what is seen on disk.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as TS from "typescript";

interface AliasPattern {
  prefix: string;
  suffix: string;
  /** Whether the key has a `*` (`@/*`) or names one specifier exactly (`@config`). */
  wildcard: boolean;
  /** Absolute target patterns, with `*` where the matched part goes. */
  targets: string[];
}

interface Aliases {
  patterns: AliasPattern[];
  /** Absolute `baseUrl`: bare specifiers are also looked up below it. */
  baseUrl: string | null;
}

const CONFIG_FILES = ["tsconfig.json", "jsconfig.json"];
const TRUSTED_FOR_MS = 30_000;
const cache = new Map<string, { readAt: number; aliases: Aliases | null }>();
let typescript: typeof TS | null | undefined;

function loadTypeScript(): typeof TS | null {
  if (typescript === undefined) {
    try {
      typescript = createRequire(import.meta.url)("typescript") as typeof TS;
    } catch {
      typescript = null; // no TypeScript: aliases are not followed
    }
  }
  return typescript;
}

function readAliases(root: string): Aliases | null {
  const configFile = CONFIG_FILES.map((name) => path.join(root, name)).find((file) => existsSync(file));
  const ts = configFile ? loadTypeScript() : null;
  if (!configFile || !ts) return null;
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) return null;
  // only the options are wanted: a host that lists no files keeps TypeScript from walking the project
  const host: TS.ParseConfigHost = { ...ts.sys, readDirectory: () => [] };
  const { options } = ts.parseJsonConfigFileContent(read.config, host, path.dirname(configFile), undefined, configFile);
  const pathsBase = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath ?? path.dirname(configFile);
  const patterns: AliasPattern[] = Object.entries(options.paths ?? {}).map(([key, targets]) => {
    const star = key.indexOf("*");
    return {
      prefix: star === -1 ? key : key.slice(0, star),
      suffix: star === -1 ? "" : key.slice(star + 1),
      wildcard: star !== -1,
      targets: targets.map((target) => path.resolve(pathsBase, target)),
    };
  });
  // the longest prefix wins, as in TypeScript
  patterns.sort((a, b) => b.prefix.length - a.prefix.length);
  return { patterns, baseUrl: options.baseUrl ? path.resolve(options.baseUrl) : null };
}

function aliasesOf(root: string): Aliases | null {
  const cached = cache.get(root);
  if (cached && Date.now() - cached.readAt <= TRUSTED_FOR_MS) return cached.aliases;
  let aliases: Aliases | null = null;
  try {
    aliases = readAliases(root);
  } catch {
    aliases = null; // a config TypeScript cannot read is no reason to stop the lint
  }
  cache.set(root, { readAt: Date.now(), aliases });
  return aliases;
}

/** The absolute paths a non-relative specifier may stand for under the project's aliases (none: []). */
export function aliasTargetsOf(specifier: string, root: string): string[] {
  const aliases = aliasesOf(root);
  if (!aliases) return [];
  for (const { prefix, suffix, wildcard, targets } of aliases.patterns) {
    const matches = wildcard
      ? specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)
      : specifier === prefix;
    if (!matches) continue;
    const matched = specifier.slice(prefix.length, specifier.length - suffix.length);
    return targets.map((target) => target.replace("*", matched));
  }
  return aliases.baseUrl ? [path.join(aliases.baseUrl, specifier)] : [];
}

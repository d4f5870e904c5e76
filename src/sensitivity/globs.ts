import path from "node:path";
import picomatch from "picomatch";

const matchers = new Map<string, picomatch.Matcher>();

/** A compiled glob (picomatch), cached for the process: globs come from settings and repeat. */
function matcherOf(glob: string): picomatch.Matcher {
  let matcher = matchers.get(glob);
  if (!matcher) {
    matcher = picomatch(glob, { dot: true });
    matchers.set(glob, matcher);
  }
  return matcher;
}

/** A file's path relative to the folder its globs are written against, with forward slashes. */
export function relativePathOf(filename: string, root: string): string {
  return path.relative(root, filename).split(path.sep).join("/");
}

/** The first glob that matches the path, or null. */
export function matchingGlobOf(relativePath: string, globs: readonly string[]): string | null {
  for (const glob of globs) if (matcherOf(glob)(relativePath)) return glob;
  return null;
}

/**
 * What is wrong with a glob from the settings, or undefined: picomatch reads an unbalanced `[`, `{`
 * or `(` as a literal character, so `["["]` or `"**\/{a,b"` would quietly match nothing; its
 * `strictBrackets` compile names the missing bracket instead. `relative` globs (file paths, read
 * against the config's folder) may not start with `/`: no relative path does.
 */
export function globProblemOf(glob: string, { relative }: { relative: boolean }): string | undefined {
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (error) {
    return `is not a valid glob: ${(error as Error).message.replace(/ - use .*$/, "")} (escape it with a backslash to match it literally)`;
  }
  if (relative && (glob.startsWith("/") || /^[a-z]:[\\/]/i.test(glob))) return "is an absolute path; globs are relative to the folder of the config (write it without the leading /)";
  return undefined;
}

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

/**
 * A warning per settings glob that matches no file of the site: a typo in `sensitive` or
 * `allow[].paths` otherwise leaves pages unprotected without a word. The site is walked once (the
 * project index's walker, with its skipped folders); when the walk stops early (a huge tree), no
 * glob is called unmatched.
 */
import { relativePathOf, matchingGlobOf } from "../sensitivity/globs.js";
import type { Settings } from "../sensitivity/settings.js";
import { siteFilesUnder } from "../templates/site-files.js";

const WALK = { limit: 200_000, milliseconds: 5_000 };

/** The settings globs of files, each with the key it is shown under. */
function fileGlobsOf(settings: Settings): Array<{ key: string; glob: string }> {
  return [
    ...settings.sensitive.map((glob, index) => ({ key: `sensitive[${index}]`, glob })),
    ...settings.allow.flatMap((entry, index) => entry.paths.map((glob, p) => ({ key: `allow[${index}].paths[${p}]`, glob }))),
  ];
}

/** One line per glob that matches no file under `root` (the folder the globs are relative to). */
export function unmatchedGlobWarnings(settings: Settings, root: string): string[] {
  const globs = fileGlobsOf(settings);
  if (globs.length === 0) return [];
  const deadline = Date.now() + WALK.milliseconds;
  const files = siteFilesUnder(root, { deadline, limit: WALK.limit, accept: () => true });
  if (files.length >= WALK.limit || Date.now() > deadline) return [];
  const unmatched = new Set(globs.map(({ glob }) => glob));
  for (const file of files) {
    if (unmatched.size === 0) break;
    const relative = relativePathOf(file, root);
    for (const glob of unmatched) if (matchingGlobOf(relative, [glob]) !== null) unmatched.delete(glob);
  }
  return globs.filter(({ glob }) => unmatched.has(glob)).map(({ key, glob }) => `settings: ${key} ${JSON.stringify(glob)} matches no file`);
}

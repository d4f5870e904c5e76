import path from "node:path";
import picomatch from "picomatch";
import type { FileSystem } from "./files-read.js";

/** Folders of dependencies and version control: never walked (ESLint's own defaults). */
const NEVER_WALKED: Record<string, string> = {
  node_modules: "dependencies (ESLint's default ignores)",
  ".git": "version control (ESLint's default ignores)",
  vendor: "vendored code (pixel-guard's default ignores)",
};

/** Common build output: a generator's copy of the site's pages, which would report every finding twice. */
export const BUILD_OUTPUT_FOLDERS = ["_site", "dist", "build", "out", ".next", ".nuxt", ".svelte-kit", ".output", ".vercel"];

/** The files whose presence beside `public/` says a generator writes it (Hugo, Gatsby). */
const PUBLIC_GENERATORS: { name: string; files: RegExp }[] = [
  { name: "Hugo", files: /^(?:config|hugo)\.(?:toml|ya?ml|json)$/ },
  { name: "Gatsby", files: /^gatsby-config\.[cm]?[jt]sx?$/ },
];

function generatorOfPublic(parent: string, fs: FileSystem): string | undefined {
  let names: string[];
  try {
    names = fs.readdir(parent).map((entry) => entry.name);
  } catch {
    return undefined;
  }
  return PUBLIC_GENERATORS.find((generator) => names.some((name) => generator.files.test(name)))?.name;
}

/**
 * A test of why a folder is left out of a walk: dependencies, version control, build output, or an
 * `ignores` glob (relative to the config folder, as ESLint's ignores are: `dist/`, `**\/tmp/**`).
 */
export function leftOutFolderWhy(configDir: string, ignores: readonly string[], fs: FileSystem): (folder: string) => string | undefined {
  const matchers = ignores.map((glob) => ({ glob, match: picomatch(glob, { dot: true }) }));
  return (folder) => {
    const name = path.basename(folder);
    const never = NEVER_WALKED[name];
    if (never) return never;
    if (BUILD_OUTPUT_FOLDERS.includes(name)) return "build output (pixel-guard's default ignores)";
    if (name === "public") {
      const generator = generatorOfPublic(path.dirname(folder), fs);
      if (generator) return `build output of ${generator} (pixel-guard's default ignores)`;
    }
    const relative = path.relative(configDir, folder).split(path.sep).join("/");
    if (relative.startsWith("..")) return undefined;
    const ignored = matchers.find(({ match }) => match(relative) || match(`${relative}/`));
    return ignored ? `matches "${ignored.glob}" in ignores` : undefined;
  };
}

/**
 * The house of ../shared/DESIGN.md, held by a test: the arrows that must never exist between the
 * folders of src/, rule ids named only in rules/ and configs/, and no source file over 300 lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "src");

/** Every .ts file under src/, relative to it. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const stack = [""];
  while (stack.length > 0) {
    const folder = stack.pop() as string;
    for (const entry of readdirSync(path.join(SRC, folder), { withFileTypes: true })) {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) stack.push(relative);
      else if (entry.name.endsWith(".ts")) files.push(relative);
    }
  }
  return files.sort();
}

/** The top folder of src/ a file is in ("detect" for detect/catalogue/meta.ts; "" for src/index.ts). */
const layerOf = (file: string): string => (file.includes("/") ? (file.split("/")[0] as string) : "");

/** The src/ layers a file imports (value and type imports alike). */
function importedLayersOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), "utf8");
  const layers: string[] = [];
  for (const match of text.matchAll(/from "(\.{1,2}\/[^"]+)"/gu)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1] as string));
    if (!target.startsWith("..")) layers.push(layerOf(target));
  }
  return layers;
}

const FORBIDDEN: Record<string, string[]> = {
  detect: ["rules", "sensitivity", "templates", "cli", "configs"],
  language: ["rules", "detect", "sensitivity", "templates", "cli", "configs"],
  vocabulary: ["rules", "detect", "sensitivity", "templates", "cli", "configs", "language", "engines"],
  engines: ["rules", "detect", "sensitivity", "templates", "cli", "configs", "language", "vocabulary"],
  sensitivity: ["rules", "cli", "configs"],
  templates: ["rules", "cli", "configs"],
  rules: ["cli", "configs"],
  configs: ["cli"],
};

describe("the house", () => {
  const files = sourceFiles();

  it.each(Object.entries(FORBIDDEN))("%s imports none of its forbidden layers", (layer, forbidden) => {
    const wrong = files.filter((file) => layerOf(file) === layer).flatMap((file) => importedLayersOf(file).filter((target) => forbidden.includes(target)).map((target) => `${file} -> ${target}`));
    expect(wrong).toEqual([]);
  });

  it("names rule ids only in rules/ and configs/", () => {
    const ids = /["'`](?:no-meta-pixel|no-fbq-events|no-third-party-trackers|no-tracking-attributes|no-sensitive-event-data|require-autoconfig-off|no-untagged-sensitive-page)["'`]/u;
    const naming = files.filter((file) => !["rules", "configs"].includes(layerOf(file)) && ids.test(readFileSync(path.join(SRC, file), "utf8")));
    expect(naming).toEqual([]);
  });

  it("keeps every source file at 300 lines or fewer", () => {
    const long = files.map((file) => ({ file, lines: readFileSync(path.join(SRC, file), "utf8").split("\n").length })).filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});

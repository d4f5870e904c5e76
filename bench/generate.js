// The bench corpus generator. Deterministic: the same --seed and --files give the same bytes.
//
//   node bench/generate.js [--files 2000] [--seed 1] [--out bench/corpus]
//   node bench/generate.js --templates 500 [--seed 1] [--out bench/.tmp/templates] [--stress]
//
// The JS/TS corpus is what `npm run bench` lints today; generateTemplates/generateStress are for
// the template languages, to be wired into run.js once the html language lands.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./gen-source.js";

export { generateCorpus } from "./gen-source.js";
export { generateStress, generateTemplates } from "./gen-templates.js";

export const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));
export const CORPUS_DIR = join(BENCH_DIR, "corpus");
export const MANIFEST = "manifest.json";
/** Bump when the generator's output changes, so run.js regenerates stale corpora. */
export const GENERATOR_VERSION = 1;

/**
 * Empties `dir` (only if it is missing, empty, or a corpus this generator wrote: it has our
 * manifest) and writes a fresh corpus with its manifest. Returns the manifest.
 */
export function writeCorpus(dir, { files, seed }) {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MANIFEST))) throw new Error(`${dir} is not empty and has no ${MANIFEST}: refusing to delete it`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const manifest = { generator: GENERATOR_VERSION, ...generateCorpus(dir, { files, seed }) };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const { values } = parseArgs({
    options: {
      files: { type: "string", default: "2000" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      templates: { type: "string" },
      stress: { type: "boolean", default: false },
    },
  });
  const seed = Number(values.seed);
  if (values.templates || values.stress) {
    const { generateStress, generateTemplates } = await import("./gen-templates.js");
    const out = resolve(values.out ?? join(BENCH_DIR, ".tmp", "templates"));
    mkdirSync(out, { recursive: true });
    if (values.templates) {
      const m = generateTemplates(out, Number(values.templates), seed);
      console.log(`${m.files} template pages (${(m.bytes / 1048576).toFixed(1)} MB, ${m.minified} minified, ${m.trackingFiles} with trackers, ${m.viaLayout} via a tracking layout, ${m.sensitiveFiles} sensitive) in ${out}`);
      console.log(JSON.stringify(m.byExt));
    }
    if (values.stress) for (const p of generateStress(out)) console.log(`stress page: ${p}`);
    return;
  }
  const out = resolve(values.out ?? CORPUS_DIR);
  const m = writeCorpus(out, { files: Number(values.files), seed });
  console.log(`${m.files} files, ${m.lines} lines, ${(m.bytes / 1048576).toFixed(1)} MB in ${out}`);
  console.log(`tracking: ${m.trackingFiles} files, sensitive: ${m.sensitiveFiles} (${m.sensitiveTrackingFiles} with tracking)`);
  console.log(JSON.stringify({ byExt: m.byExt, byKind: m.byKind, byTracker: m.byTracker }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

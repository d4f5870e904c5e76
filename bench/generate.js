// The bench corpus generator. Deterministic: the same --seed and --files give the same bytes.
//
//   node bench/generate.js [--files 2000] [--seed 1] [--out bench/corpus]
//   node bench/generate.js --templates 2000 [--seed 1] [--out bench/.tmp/corpus-templates] [--stress]
//   node bench/generate.js --stress [--out bench/.tmp/corpus-stress]
//
// `npm run bench` lints the JS/TS corpus (bench/corpus/) and the template corpus
// (bench/.tmp/corpus-templates/, with the stress pages in bench/.tmp/corpus-stress/).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./gen-source.js";
import { generateStress, generateTemplates } from "./gen-templates.js";

export { generateCorpus } from "./gen-source.js";
export { generateStress, generateTemplates } from "./gen-templates.js";

export const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));
export const CORPUS_DIR = join(BENCH_DIR, "corpus");
export const TEMPLATE_DIR = join(BENCH_DIR, ".tmp", "corpus-templates");
export const STRESS_DIR = join(BENCH_DIR, ".tmp", "corpus-stress");
export const MANIFEST = "manifest.json";
/** Bump when the generator's output changes, so run.js regenerates stale corpora. */
export const GENERATOR_VERSION = 1;
/** The same, for the template pages and the stress pages. */
export const TEMPLATE_GENERATOR_VERSION = 2;
/** The settings the template bench lints with (and writes as the corpus's pixel-guard.config.json). */
export const TEMPLATE_SETTINGS = { sensitive: ["**/victims/**"] };

/**
 * Empties `dir` (only if it is missing, empty, or a corpus this generator wrote: it has our
 * manifest) and writes a fresh corpus with its manifest. Returns the manifest.
 */
export function writeCorpus(dir, { files, seed }) {
  freshDir(dir);
  const manifest = { generator: GENERATOR_VERSION, ...generateCorpus(dir, { files, seed }) };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Empties a folder, but only one that is missing, empty, or has our manifest. */
function freshDir(dir) {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MANIFEST))) throw new Error(`${dir} is not empty and has no ${MANIFEST}: refusing to delete it`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}

/**
 * Writes `count` template pages into `dir` with a pixel-guard.config.json (TEMPLATE_SETTINGS) and
 * a manifest, and the two stress pages into `stressDir` (if given). Returns the manifest.
 */
export function writeTemplateCorpus(dir, { count, seed, stressDir }) {
  freshDir(dir);
  const manifest = { generator: TEMPLATE_GENERATOR_VERSION, ...generateTemplates(dir, count, seed) };
  writeFileSync(join(dir, "pixel-guard.config.json"), `${JSON.stringify(TEMPLATE_SETTINGS, null, 2)}\n`);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  if (stressDir) writeStressPages(stressDir);
  return manifest;
}

/** Writes the two stress pages (and a manifest) into `dir`; returns their paths. */
export function writeStressPages(dir) {
  freshDir(dir);
  const stress = generateStress(dir);
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify({ generator: TEMPLATE_GENERATOR_VERSION, stress }, null, 2)}\n`);
  return stress;
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
  if (values.stress && !values.templates) {
    for (const p of writeStressPages(resolve(values.out ?? STRESS_DIR))) console.log(`stress page: ${p}`);
    return;
  }
  if (values.templates) {
    const out = resolve(values.out ?? TEMPLATE_DIR);
    const stressDir = values.stress ? (values.out ? `${out}-stress` : STRESS_DIR) : undefined;
    const m = writeTemplateCorpus(out, { count: Number(values.templates), seed, stressDir });
    console.log(`${m.files} template pages (${(m.bytes / 1048576).toFixed(1)} MB, ${m.minified} minified, ${m.trackingFiles} with trackers, ${m.viaLayout} via a tracking layout, ${m.sensitiveFiles} sensitive) in ${out}`);
    console.log(JSON.stringify(m.byExt));
    if (stressDir) console.log(`stress pages in ${stressDir}`);
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

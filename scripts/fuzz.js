// `npm run fuzz -- --iterations N --seed S [--from I] [--only I] [--save DIR]`: long fuzz runs of the
// built plugin (dist/; `npm run build` first). File i of a run is the same for the same seed
// (scripts/fuzz/mutate.js), so a failure is reproduced with `--only i`. Exit 1 when any check fails.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createChecker, fuzzConfigs } from "./fuzz/check.js";
import { corpusOf, mutantOf } from "./fuzz/mutate.js";

const { values } = parseArgs({ options: { iterations: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, from: { type: "string", default: "0" }, only: { type: "string" }, save: { type: "string" } } });
const number = (key) => {
  const value = Number(values[key]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${key} must be a whole number >= 0, got ${JSON.stringify(values[key])}`);
    process.exit(2);
  }
  return value;
};
const seed = number("seed");
const from = values.only === undefined ? number("from") : number("only");
const iterations = values.only === undefined ? number("iterations") : 1;

const [{ default: plugin }, { buildConfig }, { OWN_HOSTS }, { HTML_FILES }] = await Promise.all(["index.js", "configs/build.js", "configs/hosts.js", "language/index.js"].map((file) => import(new URL(`../dist/${file}`, import.meta.url).href)));
const variants = await fuzzConfigs({ plugin, buildConfig, OWN_HOSTS, HTML_FILES });
const corpus = corpusOf();
const { check } = createChecker();
const started = Date.now();
let failed = 0;
const byMutation = {};
for (let i = from; i < from + iterations; i += 1) {
  const file = mutantOf(corpus, seed, i);
  const variant = variants[i % variants.length];
  for (const name of file.mutations) byMutation[name] = (byMutation[name] ?? 0) + 1;
  const problems = check(file.path, file.text, variant);
  if (problems.length > 0) {
    failed += 1;
    console.log(`FAIL #${i} ${file.path} [${file.mutations.join(", ")}] (${variant.name}):\n  ${problems.join("\n  ")}`);
    if (values.save) {
      mkdirSync(values.save, { recursive: true });
      writeFileSync(path.join(values.save, `${i}-${path.basename(file.path)}`), file.text);
    }
  }
  if ((i - from + 1) % 1000 === 0) process.stderr.write(`${i - from + 1} files, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
console.log(`fuzz: seed ${seed}, files ${from}..${from + iterations - 1}: ${iterations} files through ${variants.length} configs (one each, in turn), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`mutations applied: ${Object.entries(byMutation).sort().map(([name, count]) => `${name} ${count}`).join(", ")}`);
process.exit(failed > 0 ? 1 : 0);

// A seeded site of `files` files as a real one looks: about 65% template pages (the template
// generator's six families, with its layouts, trackers and sensitive pages) and the rest static
// assets the command does not read (images, fonts, text). 10,000 files is about 6,500 templates
// and 120 MB. Generated into bench/.tmp (gitignored), never committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MANIFEST, writeTemplateCorpus } from "./generate.js";
import { createRandom } from "./prng.js";

const layoutsOf = (m) => (Array.isArray(m.layouts) ? m.layouts.length : m.layouts);
const ASSETS = ["png", "jpg", "woff2", "txt", "ico"];

export function writeSite(dir, { files, seed }) {
  const templates = Math.round(files * 0.65);
  const manifest = { ...writeTemplateCorpus(dir, { count: templates, seed }), site: 1 };
  const r = createRandom(seed * 7919 + files);
  mkdirSync(join(dir, "assets"), { recursive: true });
  let assets = 0;
  for (let i = 0; manifest.files + layoutsOf(manifest) + assets < files; i++, assets++) {
    const ext = ASSETS[i % ASSETS.length];
    const bytes = Buffer.alloc(r.int(200, 4000), i % 251);
    writeFileSync(join(dir, "assets", `a-${i}.${ext}`), bytes);
  }
  const site = { ...manifest, assets, total: manifest.files + layoutsOf(manifest) + assets };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(site, null, 2)}\n`);
  return site;
}

// `npm run demo`: scan the bundled example site (a police force's website) and print what
// pixel-guard finds. Exits 0: the findings are the point of the demo.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import plugin from "../dist/index.js";

const site = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "examples", "police-site");
const settings = JSON.parse(readFileSync(path.join(site, "pixel-guard.config.json"), "utf8"));

const eslint = new ESLint({
  cwd: site,
  overrideConfigFile: true,
  overrideConfig: [...plugin.configs.recommended, { settings: { "pixel-guard": settings } }],
});
const results = await eslint.lintFiles(["."]);
const formatter = await eslint.loadFormatter("stylish");
process.stdout.write(`pixel-guard demo: scanning ${path.relative(process.cwd(), site) || "."}\n`);
process.stdout.write(await formatter.format(results));
const files = results.filter((result) => result.messages.length > 0).length;
process.stdout.write(`\n${files} of ${results.length} files have findings.\n`);

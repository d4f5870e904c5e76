// `npm run demo`: run the built `pixel-guard` command over the bundled example site (a police
// force's website, examples/police-site) and print what it finds. The findings are the point of
// the demo, so it exits 0 whenever the command ran (exit 0 or 1); a usage or internal error (2)
// still fails.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const site = path.join("examples", "police-site");
process.stdout.write(`pixel-guard demo: scanning ${site} with its pixel-guard.config.json\n`);
const run = spawnSync(process.execPath, [path.join(root, "dist", "cli", "bin.js"), "--config", path.join(site, "pixel-guard.config.json"), site], { cwd: root, stdio: "inherit" });
if (run.status === 0 || run.status === 1) {
  process.stdout.write(run.status === 1 ? "\nThese findings are expected: the example site has the 2023 problem built in.\n" : "\n");
  process.exit(0);
}
process.exit(run.status ?? 2);

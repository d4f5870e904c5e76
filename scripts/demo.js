// `npm run demo`: run the built `pixel-guard` command over the bundled example site (a police
// force's website, examples/police-site), print what it finds, and write the HTML report a
// data-protection officer would open (demo/report.html). The findings are the point of the demo,
// so it exits 0 whenever the command ran (exit 0 or 1); a usage or internal error (2) still fails.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const site = path.join("examples", "police-site");
const bin = path.join(root, "dist", "cli", "bin.js");
const config = path.join(site, "pixel-guard.config.json");
const report = path.join("demo", "report.html");
const ran = (status) => status === 0 || status === 1;

process.stdout.write(`pixel-guard demo: scanning ${site} with its pixel-guard.config.json\n`);
const run = spawnSync(process.execPath, [bin, "--config", config, site], { cwd: root, stdio: "inherit" });
if (!ran(run.status)) process.exit(run.status ?? 2);
process.stdout.write(run.status === 1 ? "\nThese findings are expected: the example site has the 2023 problem built in.\n" : "\n");

const html = spawnSync(process.execPath, [bin, "--config", config, "--format", "html", "--output-file", report, site], { cwd: root, stdio: "inherit" });
if (!ran(html.status)) process.exit(html.status ?? 2);
process.stdout.write(`The HTML report: ${path.join(root, report)}\n  open ${pathToFileURL(path.join(root, report)).href}\n`);
process.exit(0);

// npm's `prepare` step: runs on `npm install` from a git checkout (how pre-commit installs the hook,
// with devDependencies), on `npm ci` and on `npm pack`. It builds dist/ when the sources are there
// (a git checkout); an install from the registry's tarball has dist/ and no src/, and does nothing.
// npm does not install a git dependency's devDependencies before its prepare step when the install
// is global (npm/cli#8440), and pre-commit installs hooks with `npm install -g git+file://...`: then
// this script installs them itself, in the checkout only, before building.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function hasTypeScript() {
  try {
    createRequire(path.join(root, "package.json")).resolve("typescript/package.json");
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(path.join(root, "src", "index.ts"))) {
  // a packed copy: dist/ came with it
} else {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = (args) => spawnSync(npm, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" }).status ?? 1;
  if (!hasTypeScript()) {
    console.error("pixel-guard prepare: installing the devDependencies to build dist/ (npm left them out)");
    const status = run(["install", "--global=false", "--include=dev", "--ignore-scripts", "--no-save", "--no-audit", "--no-fund"]);
    if (status !== 0) process.exit(status);
  }
  process.exit(run(["run", "build"]));
}

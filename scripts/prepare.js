// npm's `prepare` step: runs on `npm install` from a git checkout (how pre-commit installs the hook,
// with devDependencies), on `npm ci` and on `npm pack`. It builds dist/ when the sources are there
// (a git checkout); an install from the registry's tarball has dist/ and no src/, and does nothing.
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
} else if (!hasTypeScript()) {
  console.error("pixel-guard prepare: typescript is not installed (devDependencies left out?); dist/ not built");
  process.exit(existsSync(path.join(root, "dist", "cli", "bin.js")) ? 0 : 1);
} else {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 1);
}

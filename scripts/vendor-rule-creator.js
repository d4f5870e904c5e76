// Part of `npm run build`: copies typescript-eslint's RuleCreator (three CommonJS files and the
// licence, unchanged) from the installed @typescript-eslint/utils into dist/vendor/typescript-eslint.
// The published plugin then builds its rules with typescript-eslint's own factory without depending
// on @typescript-eslint/utils, whose required `typescript` peer npm would otherwise install into
// every site (24 MB, for a JavaScript-only site). Updating the devDependency updates the copy;
// tests/plugin/vendor.test.ts checks the copy is the installed code.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const VENDORED = ["RuleCreator.js", "applyDefault.js", "deepMerge.js"];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const utils = path.dirname(createRequire(path.join(root, "package.json")).resolve("@typescript-eslint/utils/package.json"));
const target = path.join(root, "dist", "vendor", "typescript-eslint");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(target, { recursive: true });
  for (const file of VENDORED) copyFileSync(path.join(utils, "dist", "eslint-utils", file), path.join(target, file));
  copyFileSync(path.join(utils, "LICENSE"), path.join(target, "LICENSE"));
  const { version } = createRequire(import.meta.url)(path.join(utils, "package.json"));
  writeFileSync(path.join(target, "package.json"), `${JSON.stringify({ type: "commonjs", private: true, description: `RuleCreator of @typescript-eslint/utils ${version} (MIT)` }, null, 2)}\n`);
}

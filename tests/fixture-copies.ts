/**
 * Fixture folders copied under the system temp folder, so that no config above the repository is
 * found from them and tests may write into them; removed by removeCopies() (call from afterAll).
 */
import { cpSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const made: string[] = [];

/** A temp folder of one's own (realpath). */
export function tempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

/** A fresh copy of tests/fixtures/<name> in a temp folder of its own. */
export function copyFixture(name: string, prefix = "pixel-guard-"): string {
  const target = path.join(tempDir(prefix), name);
  cpSync(path.join(FIXTURES, name), target, { recursive: true });
  return target;
}

/** Removes every folder copyFixture and tempDir made. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The package as a site installs it: `npm pack`, then a project with only eslint installs the
 * tarball. TypeScript and @typescript-eslint/parser are optional peers, so a site that lints only
 * .js and .html gets neither, and `recommended` must still load and report there.
 *
 * --legacy-peer-deps keeps npm from installing peers nobody asked for (typescript is a required
 * peer of @typescript-eslint/utils); --prefer-offline uses npm's cache, the registry otherwise.
 * Needs the npm registry (or a warm cache) and a build (`npm run build`).
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyFixture, loadPixelGuard, removeCopies, REPO, tempDir } from "./helpers.js";

/** npm pack and npm install take about 5 s here (warm or cold cache); a slow registry may take minutes. */
const INSTALL_TIMEOUT = 300_000;

const ESLINT_VERSION = (JSON.parse(readFileSync(path.join(REPO, "node_modules/eslint/package.json"), "utf8")) as { version: string }).version;

/** The environment without what `npm run` and jest add (npm_config_local_prefix would point npm back at this repository). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) {
    if (/^npm_(?:lifecycle_|package_|command$|config_local_prefix$)/i.test(key) || key === "INIT_CWD" || key === "NODE_OPTIONS") delete env[key];
  }
  return env;
}

function exec(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8", timeout: 240_000 });
}

function described(run: SpawnSyncReturns<string>): string {
  return `exit ${run.status}${run.error ? ` (${run.error.message})` : ""}\n${run.stderr}\n${run.stdout}`.slice(0, 4000);
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }[];
}

let site: string;
let install: SpawnSyncReturns<string>;
const timings: Record<string, number> = {};

beforeAll(async () => {
  await loadPixelGuard(); // fails early on a missing or stale dist/
  const packs = tempDir("pixel-guard-pack-");
  let started = Date.now();
  const pack = exec("npm", ["pack", "--silent", "--pack-destination", packs], REPO);
  timings.pack = Date.now() - started;
  if (pack.status !== 0) throw new Error(`npm pack failed: ${described(pack)}`);
  const tarball = readdirSync(packs).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack made no tarball in ${packs}: ${described(pack)}`);

  site = copyFixture("coexist-install");
  writeFileSync(path.join(site, "package.json"), `${JSON.stringify({ name: "police-site", version: "1.0.0", private: true, type: "module", devDependencies: { eslint: ESLINT_VERSION } }, null, 2)}\n`);
  started = Date.now();
  install = exec("npm", ["install", "--legacy-peer-deps", "--prefer-offline", "--no-audit", "--no-fund", path.join(packs, tarball), `eslint@${ESLINT_VERSION}`], site);
  timings.install = Date.now() - started;
}, INSTALL_TIMEOUT);

afterAll(() => {
  removeCopies();
  console.log(`install test: npm pack ${timings.pack ?? "-"} ms, npm install ${timings.install ?? "-"} ms, eslint ${timings.eslint ?? "-"} ms`);
});

describe(`npm pack, then npm install <tarball> eslint@${ESLINT_VERSION} in a project with only eslint`, () => {
  it("installs without error", () => {
    expect(described(install)).toMatch(/^exit 0/);
    expect(existsSync(path.join(site, "node_modules/eslint-plugin-pixel-guard/dist/index.js"))).toBe(true);
  });

  it("does not install typescript (nor @typescript-eslint/parser): they are optional peers", () => {
    expect(install.status).toBe(0);
    expect(existsSync(path.join(site, "node_modules/typescript"))).toBe(false);
    expect(existsSync(path.join(site, "node_modules/@typescript-eslint/parser"))).toBe(false);
  });

  it("eslint with pixelGuard.configs.recommended loads and reports on a tagged .js and a tagged .html file (exit 1, not 2)", () => {
    expect(install.status).toBe(0);
    const started = Date.now();
    const run = exec(process.execPath, [path.join(site, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], site);
    timings.eslint = Date.now() - started;
    expect(described(run)).toMatch(/^exit 1/);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const found = results.flatMap((result) =>
      result.messages.map((message) => `${path.relative(site, result.filePath).split(path.sep).join("/")} ${message.ruleId ?? "fatal"} ${message.line}:${message.column}`),
    );
    expect(found).toEqual(expect.arrayContaining([
      "pages/report-crime.js pixel-guard/no-fbq-events 3:3",
      "pages/report-crime.html pixel-guard/no-fbq-events 8:36",
    ]));
    expect(found.filter((line) => line.includes(" fatal "))).toEqual([]);
  });
});

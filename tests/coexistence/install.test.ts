/**
 * The package as a site installs it: `npm pack`, then a project with only eslint installs the
 * tarball. TypeScript and @typescript-eslint/parser are optional peers, so a site that lints only
 * .js and .html gets neither, and `recommended` must still load and report there.
 *
 * Installed twice: plainly, and with --legacy-peer-deps (common while plugins lag ESLint 10). The
 * plugin depends on nothing that has `typescript` as a required peer (typescript-eslint's
 * RuleCreator is copied into dist/ by the build), so neither install brings TypeScript.
 * --prefer-offline uses npm's cache, the registry otherwise.
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

const timings: Record<string, number> = {};
let tarball: string;

beforeAll(async () => {
  await loadPixelGuard(); // fails early on a missing or stale dist/
  const packs = tempDir("pixel-guard-pack-");
  const started = Date.now();
  const pack = exec("npm", ["pack", "--silent", "--pack-destination", packs], REPO);
  timings.pack = Date.now() - started;
  if (pack.status !== 0) throw new Error(`npm pack failed: ${described(pack)}`);
  const name = readdirSync(packs).find((file) => file.endsWith(".tgz"));
  if (!name) throw new Error(`npm pack made no tarball in ${packs}: ${described(pack)}`);
  tarball = path.join(packs, name);
}, INSTALL_TIMEOUT);

afterAll(() => {
  removeCopies();
  console.log(`install test: ${Object.entries(timings).map(([step, ms]) => `${step} ${ms} ms`).join(", ")}`);
});

/** The oldest ESLint the peer range accepts: it does not read `meta.languages`, and must still run the rules. */
const ESLINT_9 = "9.39.5";

describe.each([
  { how: "npm install", flags: [] as string[], eslint: ESLINT_VERSION },
  { how: "npm install --legacy-peer-deps", flags: ["--legacy-peer-deps"], eslint: ESLINT_VERSION },
  { how: `npm install (ESLint ${ESLINT_9})`, flags: [] as string[], eslint: ESLINT_9 },
])("$how <tarball> eslint@$eslint in a project with only eslint", ({ how, flags, eslint }) => {
  let site: string;
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    site = copyFixture("coexist-install");
    writeFileSync(path.join(site, "package.json"), `${JSON.stringify({ name: "police-site", version: "1.0.0", private: true, type: "module", devDependencies: { eslint } }, null, 2)}\n`);
    const started = Date.now();
    install = exec("npm", ["install", ...flags, "--prefer-offline", "--no-audit", "--no-fund", tarball, `eslint@${eslint}`], site);
    timings[how] = Date.now() - started;
  }, INSTALL_TIMEOUT);

  it("installs without error", () => {
    expect(described(install)).toMatch(/^exit 0/);
    expect(existsSync(path.join(site, "node_modules/eslint-plugin-pixel-guard/dist/index.js"))).toBe(true);
  });

  it("does not install typescript, @typescript-eslint/parser or @typescript-eslint/utils: the first two are optional peers", () => {
    expect(install.status).toBe(0);
    expect(existsSync(path.join(site, "node_modules/typescript"))).toBe(false);
    expect(existsSync(path.join(site, "node_modules/@typescript-eslint/parser"))).toBe(false);
    expect(existsSync(path.join(site, "node_modules/@typescript-eslint/utils"))).toBe(false);
  });

  it("eslint with pixelGuard.configs.recommended loads and reports on a tagged .js, .html and .ts file (exit 1, not 2)", () => {
    expect(install.status).toBe(0);
    const started = Date.now();
    const run = exec(process.execPath, [path.join(site, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], site);
    timings[`eslint after ${how}`] = Date.now() - started;
    expect(described(run)).toMatch(/^exit 1/);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const found = results.flatMap((result) =>
      result.messages.map((message) => `${path.relative(site, result.filePath).split(path.sep).join("/")} ${message.ruleId ?? "fatal"} ${message.line}:${message.column}`),
    );
    expect(found).toEqual(expect.arrayContaining([
      "pages/report-crime.js pixel-guard/no-fbq-events 3:3",
      "pages/report-crime.html pixel-guard/no-tracking-attributes 8:36",
      // no TypeScript parser anywhere: the .ts file is read as text, and its tag still counts
      "pages/book-test.ts pixel-guard/no-fbq-events 4:3",
    ]));
    expect(found.filter((line) => line.includes(" fatal "))).toEqual([]);
  });
});

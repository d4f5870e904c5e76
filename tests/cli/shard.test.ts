import path from "node:path";
import { main } from "../../src/cli/run.js";
import { isInShard, shardOf } from "../../src/cli/files-shard.js";
import { copyFixture, removeCopies } from "./helpers.js";

afterAll(removeCopies);

function collector() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join("") };
}

interface Result { filePath: string; messages: { ruleId: string | null; line: number; message: string }[] }

async function run(args: string[], cwd: string): Promise<{ status: number; results: Result[]; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const status = await main(["-f", "json", ...args], { cwd, stdout, stderr, env: {} });
  return { status, results: stdout.text() ? (JSON.parse(stdout.text()) as Result[]) : [], stderr: stderr.text() };
}

const relativeTo = (dir: string, results: Result[]) => results.map((result) => path.relative(dir, result.filePath));

describe("--shard i/n", () => {
  it("splits the files so the union of the shards is the whole run and no file is in two", async () => {
    const site = copyFixture("graph-nunjucks");
    const whole = await run([], site);
    const shards = [];
    for (const index of [1, 2, 3]) shards.push(await run(["--shard", `${index}/3`], site));
    const union = shards.flatMap((shard) => relativeTo(site, shard.results));
    expect(union.sort()).toEqual(relativeTo(site, whole.results).sort());
    expect(new Set(union).size).toBe(union.length);
    expect(shards.filter((shard) => shard.results.length > 0).length).toBeGreaterThan(1);
    // every finding of the whole run is in exactly one shard, unchanged
    expect(shards.flatMap((shard) => shard.results).sort((a, b) => (a.filePath < b.filePath ? -1 : 1))).toEqual(whole.results);
  });

  it("a shared partial still gets its 'pulled in by a sensitive page' finding when its pages are in other shards", async () => {
    const site = copyFixture("graph-nunjucks");
    const partial = path.join(site, "partials/analytics.njk");
    const pages = ["report.njk", "careers/counsellor.njk"].map((page) => path.join(site, page));
    const count = 3;
    const shardOfPartial = [1, 2, 3].find((index) => isInShard(partial, site, { index, count })) as number;
    // the fixture is split so that neither sensitive page is linted beside the partial
    expect(pages.some((page) => isInShard(page, site, { index: shardOfPartial, count }))).toBe(false);
    const { status, results } = await run(["--shard", `${shardOfPartial}/${count}`], site);
    expect(status).toBe(1);
    const messages = results.find((result) => result.filePath === partial)?.messages ?? [];
    expect(messages[0]).toEqual(expect.objectContaining({ ruleId: "pixel-guard/no-meta-pixel", line: 3 }));
    expect(messages[0]?.message).toContain("it is pulled in by 2 sensitive pages");
  });

  it("is stable: the shard of a file depends on its path relative to the config folder only", () => {
    expect(isInShard("/a/site/pages/x.html", "/a/site", { index: 1, count: 4 })).toBe(isInShard("/elsewhere/site/pages/x.html", "/elsewhere/site", { index: 1, count: 4 }));
    const files = Array.from({ length: 200 }, (_, index) => `/s/page-${index}.html`);
    const counts = [1, 2, 3, 4].map((index) => files.filter((file) => isInShard(file, "/s", { index, count: 4 })).length);
    expect(counts.reduce((sum, value) => sum + value, 0)).toBe(200);
    for (const value of counts) expect(value).toBeGreaterThan(25);
  });

  it.each(["0/4", "5/4", "a/b", "1/0", "2", ""])("rejects %j as a usage error", async (value) => {
    expect(() => shardOf(value)).toThrow(`--shard expects i/n with 1 <= i <= n (such as 2/4), got "${value}"`);
    const { status, stderr } = await run(["--shard", value], copyFixture("cli-config"));
    expect(status).toBe(2);
    expect(stderr).toBe(`pixel-guard: --shard expects i/n with 1 <= i <= n (such as 2/4), got "${value}"\n`);
  });
});

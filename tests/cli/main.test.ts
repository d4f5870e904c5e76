import path from "node:path";
import { parseCliArgs } from "../../src/cli/args.js";
import { main } from "../../src/cli/run.js";
import { copyFixture, removeCopies } from "./helpers.js";

afterAll(removeCopies);

function collector() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk) };
}

describe("main(), in-process", () => {
  it("returns the exit code and writes the report to the given stream", async () => {
    const site = copyFixture("cli-config");
    const stdout = collector();
    const stderr = collector();
    expect(await main(["--format", "github"], { cwd: path.join(site, "pages"), stdout, stderr, env: {} })).toBe(1);
    expect(stdout.chunks.join("")).toMatch(/^::error file=health\/clinic\.js,line=3,col=3,/);
    expect(stderr.chunks).toEqual([]);
  });

  it("turns an error into exit 2 and one line, with the stack only under --debug", async () => {
    const stderr = collector();
    expect(await main(["--nope"], { cwd: process.cwd(), stdout: collector(), stderr })).toBe(2);
    expect(stderr.chunks).toEqual(["pixel-guard: unknown option '--nope' (see pixel-guard --help)\n"]);
    const debug = collector();
    expect(await main(["--debug", "--config", "missing.json"], { cwd: process.cwd(), stdout: collector(), stderr: debug })).toBe(2);
    expect(debug.chunks[0]).toBe("pixel-guard: config file not found: missing.json\n");
    expect(debug.chunks[1]).toMatch(/^CliError: config file not found: missing\.json\n\s+at /);
  });
});

describe("parseCliArgs", () => {
  it("has defaults", () => {
    expect(parseCliArgs([])).toEqual({
      command: "lint",
      paths: [],
      format: "stylish",
      outputFile: undefined,
      maxWarnings: undefined,
      quiet: false,
      concurrency: "off",
      cache: false,
      cacheLocation: undefined,
      warnIgnored: true,
      config: undefined,
      debug: false,
      ignorePatterns: [],
      maxFileSize: 2 * 1024 * 1024,
      shard: undefined,
    });
  });

  it("reads every option", () => {
    const args = parseCliArgs(["-f", "sarif", "-o", "out.sarif", "-c", "x.json", "--max-warnings", "3", "--quiet", "--concurrency", "auto", "--cache", "--cache-location", "c", "--no-warn-ignored", "--debug", "a", "b"]);
    expect(args).toEqual({
      command: "lint",
      paths: ["a", "b"],
      format: "sarif",
      outputFile: "out.sarif",
      maxWarnings: 3,
      quiet: true,
      concurrency: "auto",
      cache: true,
      cacheLocation: "c",
      warnIgnored: false,
      config: "x.json",
      debug: true,
      ignorePatterns: [],
      maxFileSize: 2 * 1024 * 1024,
      shard: undefined,
    });
    expect(parseCliArgs(["--concurrency", "4"]).concurrency).toBe(4);
  });

  it("knows the commands", () => {
    expect(parseCliArgs(["init"]).command).toBe("init");
    expect(parseCliArgs(["--version"]).command).toBe("version");
    expect(parseCliArgs(["-h", "x"]).command).toBe("help");
    expect(parseCliArgs(["--", "init"]).command).toBe("init");
  });
});

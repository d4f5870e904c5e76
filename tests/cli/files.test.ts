import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { main } from "../../src/cli/run.js";
import { selectFiles } from "../../src/cli/files.js";
import { binaryKindOf, NODE_FILE_SYSTEM, sizeOf, type FileSystem } from "../../src/cli/files-read.js";
import { copyFixture, removeCopies } from "./helpers.js";

afterAll(removeCopies);

const PAGE = "<!doctype html>\n<html><body><h1>Report a crime</h1></body></html>\n";

function collector() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join("") };
}

interface Message { ruleId: string | null; severity: number; message: string; line: number }
interface Result { filePath: string; messages: Message[] }

/** Runs the command in-process with the json format; returns the exit code, results by relative path, and stderr. */
async function run(args: string[], cwd: string) {
  const stdout = collector();
  const stderr = collector();
  const status = await main(["-f", "json", ...args], { cwd, stdout, stderr, env: {} });
  const results = stdout.text() ? (JSON.parse(stdout.text()) as Result[]) : [];
  const byFile = Object.fromEntries(results.map((result) => [path.relative(cwd, result.filePath), result.messages]));
  return { status, byFile, stderr: stderr.text() };
}

/** The cli-config site: pages/health/clinic.js has one fbq error (line 3) that must survive every fault. */
function site(): string {
  return copyFixture("cli-config");
}

function expectClinicFinding(byFile: Record<string, Message[]>): void {
  expect(byFile["pages/health/clinic.js"]).toEqual([expect.objectContaining({ ruleId: "pixel-guard/no-fbq-events", severity: 2, line: 3 })]);
}

const notChecked = (why: string) => [{ ruleId: null, severity: 1, message: `not checked: ${why}`, line: 1, column: 1 }];

describe("files the command cannot read are named once and the run goes on", () => {
  it("a FIFO is never opened (the run used to block forever)", async () => {
    const dir = site();
    execFileSync("mkfifo", [path.join(dir, "pages/pipe.html")]);
    const { status, byFile, stderr } = await run([], dir);
    expect(status).toBe(1);
    expect(byFile["pages/pipe.html"]).toEqual(notChecked("not a regular file (FIFO)"));
    expectClinicFinding(byFile);
    expect(stderr).toBe("");
  });

  it.each(["sarif", "gitlab", "html", "github", "stylish"])("the %s format never opens the FIFO either (it quotes the lines of files with findings)", async (format) => {
    const dir = site();
    execFileSync("mkfifo", [path.join(dir, "pages/pipe.html")]);
    const stdout = collector();
    const status = await main(["-f", format], { cwd: dir, stdout, stderr: collector(), env: {} });
    expect(status).toBe(1);
    expect(stdout.text()).toContain("pipe.html");
  });

  it("a FIFO named on the command line is named too", async () => {
    const dir = site();
    execFileSync("mkfifo", [path.join(dir, "pipe.njk")]);
    const { status, byFile } = await run(["pipe.njk", "pages"], dir);
    expect(status).toBe(1);
    expect(byFile["pipe.njk"]).toEqual(notChecked("not a regular file (FIFO)"));
    expectClinicFinding(byFile);
  });

  it("a dangling symbolic link is named, in a folder walk and on the command line", async () => {
    const dir = site();
    symlinkSync("gone.html", path.join(dir, "pages/x.html"));
    const walked = await run([], dir);
    expect(walked.status).toBe(1);
    expect(walked.byFile["pages/x.html"]).toEqual(notChecked("dangling symbolic link"));
    expectClinicFinding(walked.byFile);
    const named = await run(["pages/x.html", "pages/health/clinic.js"], dir);
    expect(named.byFile["pages/x.html"]).toEqual(notChecked("dangling symbolic link"));
    expectClinicFinding(named.byFile);
  });

  it("gzip and PNG bytes in a .html are binary; UTF-16 text says so, not binary", async () => {
    const dir = site();
    writeFileSync(path.join(dir, "pages/archived.html"), gzipSync(PAGE));
    writeFileSync(path.join(dir, "pages/logo.html"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    writeFileSync(path.join(dir, "pages/nul.html"), Buffer.from("<p>a\u0000b</p>"));
    writeFileSync(path.join(dir, "pages/utf16.html"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE, "utf16le")]));
    const { status, byFile } = await run([], dir);
    expect(status).toBe(1);
    expect(byFile["pages/archived.html"]).toEqual(notChecked("binary: gzip data"));
    expect(byFile["pages/logo.html"]).toEqual(notChecked("binary: PNG image"));
    expect(byFile["pages/nul.html"]).toEqual(notChecked("binary: it holds NUL bytes"));
    expect(byFile["pages/utf16.html"]).toEqual(notChecked("UTF-16 text: save it as UTF-8 to have it checked"));
    expectClinicFinding(byFile);
  });

  it("a file over the size cap is named; --max-file-size moves the cap, 0 removes it", async () => {
    const dir = site();
    writeFileSync(path.join(dir, "pages/big.html"), PAGE.repeat(Math.ceil((2 * 1024 * 1024 + 1) / PAGE.length)));
    const capped = await run([], dir);
    expect(capped.status).toBe(1);
    expect(capped.byFile["pages/big.html"]).toEqual(notChecked("over the size cap (2 MB, maximum 2 MB; see --max-file-size)"));
    expectClinicFinding(capped.byFile);
    writeFileSync(path.join(dir, "pages/small.html"), PAGE.repeat(20));
    const tight = await run(["--max-file-size", "1KB"], dir);
    expect(tight.byFile["pages/small.html"]).toEqual(notChecked("over the size cap (1.3 KB, maximum 1 KB; see --max-file-size)"));
    const uncapped = await run(["--max-file-size", "0", "pages/small.html"], dir);
    expect(uncapped.byFile["pages/small.html"]).toEqual([]);
  });

  it("a skipped file is a warning: exit 0 without errors, exit 1 past --max-warnings", async () => {
    const dir = site();
    execFileSync("mkfifo", [path.join(dir, "pages/news/pipe.html")]);
    expect((await run(["pages/news"], dir)).status).toBe(0);
    const strict = await run(["--max-warnings", "0", "pages/news"], dir);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe("pixel-guard: too many warnings (1, maximum 0)\n");
  });

  it("a symlinked folder is followed, and a loop of links ends", async () => {
    const dir = site();
    mkdirSync(path.join(dir, "linked"));
    symlinkSync(path.join(dir, "pages/health"), path.join(dir, "linked/health"));
    symlinkSync(dir, path.join(dir, "linked/loop"));
    writeFileSync(path.join(dir, "pixel-guard.config.json"), JSON.stringify({ sensitive: ["**/health/**"] }));
    const { status, byFile } = await run(["linked"], dir);
    expect(status).toBe(1);
    // each real folder is walked once, under the first path that reached it: the loop back to the site ends there
    expect(Object.keys(byFile).sort()).toEqual(["linked/health/clinic.js", "linked/loop/pages/news/index.js"]);
    expect(byFile["linked/health/clinic.js"]).toEqual([expect.objectContaining({ ruleId: "pixel-guard/no-fbq-events", line: 3 })]);
  });
});

describe("permission denied", () => {
  /** A file system whose reads of `denied` fail as a normal user's would (chmod 000 does nothing for root). */
  function denying(denied: string[]): FileSystem {
    const eacces = (file: string) => Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: "EACCES" });
    return {
      ...NODE_FILE_SYSTEM,
      head: (file, length) => {
        if (denied.includes(file)) throw eacces(file);
        return NODE_FILE_SYSTEM.head(file, length);
      },
      readdir: (folder): Dirent[] => {
        if (denied.includes(folder)) throw eacces(folder);
        return NODE_FILE_SYSTEM.readdir(folder);
      },
    };
  }

  it("names an unreadable file and folder as permission denied, not 'no such file'", () => {
    const dir = site();
    const secret = path.join(dir, "pages/news/index.js");
    const locked = path.join(dir, "pages/locked");
    mkdirSync(locked);
    writeFileSync(path.join(locked, "page.html"), PAGE);
    const isLinted = (file: string) => /\.(?:js|html)$/.test(file);
    const selection = selectFiles([], { cwd: dir, configDir: dir, ignores: [], maxFileSize: 1e6, isLinted, fs: denying([secret, locked]) });
    expect(selection.files).toEqual([path.join(dir, "pages/health/clinic.js")]);
    expect(selection.skipped).toEqual(
      expect.arrayContaining([
        { file: secret, why: "permission denied" },
        { file: locked, why: "folder not read: permission denied" },
      ]),
    );
    expect(selection.skipped).toHaveLength(2);
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)("chmod 000 on a real file and folder (as a normal user)", async () => {
    const dir = site();
    chmodSync(path.join(dir, "pages/news/index.js"), 0o000);
    mkdirSync(path.join(dir, "pages/locked"));
    chmodSync(path.join(dir, "pages/locked"), 0o000);
    const { status, byFile } = await run([], dir);
    expect(status).toBe(1);
    expect(byFile["pages/news/index.js"]).toEqual(notChecked("permission denied"));
    expect(byFile["pages/locked"]).toEqual(notChecked("folder not read: permission denied"));
    expectClinicFinding(byFile);
  });
});

describe("path arguments", () => {
  it("says which glob matched nothing, beside one that matched", async () => {
    const dir = site();
    const { status, byFile, stderr } = await run(["pages/**/*.js", "pages/**/*.njk", "layouts/*.html"], dir);
    expect(status).toBe(1);
    expectClinicFinding(byFile);
    expect(Object.keys(byFile).sort()).toEqual(["pages/health/clinic.js", "pages/news/index.js"]);
    expect(stderr).toBe("pixel-guard: no files match pages/**/*.njk\npixel-guard: no files match layouts/*.html\n");
  });

  it("rejects '' as a path (exit 2, one line)", async () => {
    const { status, stderr } = await run(["pages", ""], site());
    expect(status).toBe(2);
    expect(stderr).toBe("pixel-guard: a path argument is empty ('')\n");
  });

  it("still says a missing path is missing", async () => {
    const { status, stderr } = await run(["nowhere"], site());
    expect(status).toBe(2);
    expect(stderr).toBe("pixel-guard: no such file or folder: nowhere\n");
  });
});

describe("sizes and magic bytes", () => {
  it("reads sizes in bytes or with a unit, and names the option when it cannot", () => {
    expect(sizeOf("2MB", "--max-file-size")).toBe(2 * 1024 * 1024);
    expect(sizeOf("500kb", "--max-file-size")).toBe(500 * 1024);
    expect(sizeOf("1.5 MB", "--max-file-size")).toBe(1572864);
    expect(sizeOf("1000", "--max-file-size")).toBe(1000);
    expect(() => sizeOf("big", "--max-file-size")).toThrow('--max-file-size expects a size in bytes or with a unit (such as 2MB or 500KB), got "big"');
    expect(() => sizeOf("2 parsecs", "--max-file-size")).toThrow("--max-file-size expects a size");
  });

  it("tells binary from text by the first bytes", () => {
    expect(binaryKindOf(Buffer.from(PAGE))).toBeUndefined();
    expect(binaryKindOf(Buffer.from(`\ufeff${PAGE}`))).toBeUndefined();
    expect(binaryKindOf(Buffer.from([0xfe, 0xff, 0, 0x3c]))).toBe("UTF-16 text: save it as UTF-8 to have it checked");
    expect(binaryKindOf(Buffer.alloc(0))).toBeUndefined();
  });
});


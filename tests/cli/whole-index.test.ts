/**
 * The command's page index is built once and whole: in an editor the index is bounded in time (an
 * editor must not wait on a huge tree), but a CI run on a slow runner that stopped indexing early
 * would leave sensitive pages out and lose the findings on the partials they pull in.
 */
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/run.js";
import { INDEX_LIMITS, WHOLE_RUN_ENV } from "../../src/templates/project-index.js";
import { lintIn, summaryOf } from "../templates/helpers.js";

let root: string;
const limit = INDEX_LIMITS.milliseconds;

beforeEach(() => {
  root = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-whole-index-")));
  mkdirSync(path.join(root, "layouts"));
  mkdirSync(path.join(root, "partials"));
  writeFileSync(path.join(root, "report.njk"), '{# sensitive-content #}\n{% extends "layouts/base.njk" %}\n');
  writeFileSync(path.join(root, "layouts/base.njk"), '<html><head>{% include "partials/analytics.njk" %}</head></html>\n');
  writeFileSync(path.join(root, "partials/analytics.njk"), "<script>fbq('track', 'PageView');</script>\n");
  // an index whose time ran out before it read a single folder, as on a very slow machine
  INDEX_LIMITS.milliseconds = -1;
});

afterEach(() => {
  INDEX_LIMITS.milliseconds = limit;
  rmSync(root, { recursive: true, force: true });
});

function collector() {
  const chunks: string[] = [];
  return { chunks, write: (chunk: string) => chunks.push(chunk) };
}

it("in an editor, an index out of time does not know the page that pulls the partial in", async () => {
  expect(summaryOf(root, await lintIn(root, {}, ["partials/analytics.njk"]))).toEqual([]);
  INDEX_LIMITS.milliseconds = limit;
  // the same lint with time to index (another root, so no index is reused) finds it
  const other = realpathSync(mkdtempSync(path.join(tmpdir(), "pixel-guard-whole-index-")));
  cpSync(root, other, { recursive: true });
  try {
    expect(summaryOf(other, await lintIn(other, {}, ["partials/analytics.njk"]))).toEqual([
      "partials/analytics.njk:1:9 pixel-guard/no-fbq-events fbq('track', 'PageView'); it is pulled in by a sensitive page: report.njk",
    ]);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

it("the command indexes the whole site however long it takes, and leaves the environment as it was", async () => {
  const stdout = collector();
  expect(await main(["--format", "json", "partials/analytics.njk"], { cwd: root, stdout, stderr: collector(), env: {} })).toBe(1);
  const [result] = JSON.parse(stdout.chunks.join("")) as [{ filePath: string; messages: { line: number; column: number; ruleId: string; message: string }[] }];
  expect(result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(["1:9 pixel-guard/no-fbq-events"]);
  expect(result.messages[0]?.message).toContain("Found: fbq('track', 'PageView'). This page is sensitive: it is pulled in by a sensitive page: report.njk.");
  expect(process.env[WHOLE_RUN_ENV]).toBeUndefined();
});

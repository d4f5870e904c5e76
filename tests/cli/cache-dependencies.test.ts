/** `--cache` drops a page's cached result when a file it pulls in, or a sensitive page reaching a shared file, changes. */
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pixelGuard, removeCopies, tempDir } from "./helpers.js";

afterAll(removeCopies);

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

const PIXEL = `<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '1234567890');
  fbq('track', 'PageView');
</script>
`;

let tick = 0;
/** Writes a file with an mtime later than any before it (ESLint's cache compares mtime and size). */
function write(file: string, text: string): void {
  writeFileSync(file, text);
  const time = new Date(Date.now() + 10_000 * ++tick);
  utimesSync(file, time, time);
}

/** A Nunjucks site: a sensitive page on a layout that includes a partial, and a page that is not sensitive. */
function site(): string {
  const dir = tempDir("pixel-guard-cache-");
  mkdirSync(path.join(dir, "layouts"));
  mkdirSync(path.join(dir, "partials"));
  write(path.join(dir, "report.njk"), '{% extends "layouts/base.njk" %}\n{# sensitive-content: crime-victims #}\n{% block main %}<h1>Report a crime</h1>{% endblock %}\n');
  write(path.join(dir, "about.njk"), '{% extends "layouts/base.njk" %}\n{% block main %}<h1>About us</h1>{% endblock %}\n');
  write(path.join(dir, "layouts/base.njk"), '<!doctype html>\n<html>\n<head>\n{% include "partials/analytics.njk" %}\n</head>\n<body>{% block main %}{% endblock %}</body>\n</html>\n');
  write(path.join(dir, "partials/analytics.njk"), "<!-- analytics: none yet -->\n");
  return dir;
}

function lintCached(dir: string): { status: number | null; byFile: Record<string, Result["messages"]> } {
  const run = pixelGuard(["--cache", "-f", "json"], dir);
  const results = JSON.parse(run.stdout) as Result[];
  return { status: run.status, byFile: Object.fromEntries(results.map((result) => [path.relative(dir, result.filePath).split(path.sep).join("/"), result.messages])) };
}

describe("--cache and the files a page pulls in", () => {
  it("reports a Pixel added to an included partial on the next cached run, and forgets it once removed", () => {
    const dir = site();
    expect(lintCached(dir)).toMatchObject({ status: 0, byFile: { "report.njk": [], "about.njk": [] } });

    write(path.join(dir, "partials/analytics.njk"), PIXEL);
    const added = lintCached(dir);
    expect(added.status).toBe(1);
    expect(added.byFile["report.njk"]?.map(({ ruleId, line }) => [ruleId, line])).toEqual([
      ["pixel-guard/no-meta-pixel", 1],
      ["pixel-guard/no-fbq-events", 1],
    ]);
    expect(added.byFile["report.njk"]?.[0]?.message).toContain("layouts/base.njk -> partials/analytics.njk:2 loads the Meta Pixel base code");
    // the shared files now name the sensitive page they reach
    expect(added.byFile["partials/analytics.njk"]?.map(({ ruleId, line }) => [ruleId, line])).toEqual([
      ["pixel-guard/no-meta-pixel", 2],
      ["pixel-guard/no-fbq-events", 3],
      ["pixel-guard/require-autoconfig-off", 3],
      ["pixel-guard/no-fbq-events", 4],
    ]);
    expect(added.byFile["about.njk"]).toEqual([]);

    write(path.join(dir, "partials/analytics.njk"), "<!-- analytics removed -->\n");
    expect(lintCached(dir)).toMatchObject({ status: 0, byFile: { "report.njk": [], "partials/analytics.njk": [], "about.njk": [] } });
  });

  it("re-checks a shared file when a page that pulls it in becomes sensitive", () => {
    const dir = site();
    write(path.join(dir, "partials/analytics.njk"), PIXEL);
    write(path.join(dir, "report.njk"), '{% extends "layouts/base.njk" %}\n{% block main %}<h1>Report a crime</h1>{% endblock %}\n');
    expect(lintCached(dir).status).toBe(0);
    write(path.join(dir, "report.njk"), '{% extends "layouts/base.njk" %}\n{# sensitive-content: crime-victims #}\n{% block main %}<h1>Report a crime</h1>{% endblock %}\n');
    const tagged = lintCached(dir);
    expect(tagged.status).toBe(1);
    expect(tagged.byFile["partials/analytics.njk"]?.[0]?.message).toContain("report.njk");
  });

  it("keeps its record beside ESLint's cache file", () => {
    const dir = site();
    lintCached(dir);
    const sidecar = JSON.parse(readFileSync(path.join(dir, ".pixel-guardcache.deps.json"), "utf8")) as { files: Record<string, { dependencies: string[] }> };
    expect(sidecar.files[path.join(dir, "report.njk")]?.dependencies).toEqual([path.join(dir, "layouts/base.njk"), path.join(dir, "partials/analytics.njk")]);
  });
});

// What the project index costs (issue: sensitivity follows the page). Generates a site of N
// template pages (default 10,000) with shared layouts and includes, then times, in one process,
// the first `sensitivePagesReaching()` call (which builds the index: reads every file, extracts
// and resolves its links, follows every sensitive page's chain) and a second call (cached).
//
//   node bench/index-cost.js [--files 10000]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const argIndex = process.argv.indexOf("--files");
const count = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 10_000;
const root = path.join(here, ".tmp", "index-site");

rmSync(root, { recursive: true, force: true });
mkdirSync(path.join(root, "layouts"), { recursive: true });
mkdirSync(path.join(root, "partials"), { recursive: true });
writeFileSync(path.join(root, "layouts", "base.njk"), `<html><head>{% include "partials/analytics.njk" %}</head><body>{% block content %}{% endblock %}</body></html>\n`);
writeFileSync(path.join(root, "layouts", "article.njk"), `{% extends "layouts/base.njk" %}\n{% block content %}<article>{% block article %}{% endblock %}</article>{% endblock %}\n`);
writeFileSync(path.join(root, "partials", "analytics.njk"), `<script>fbq('init', '1'); fbq('track', 'PageView');</script>\n`);
for (let i = 0; i < count; i++) {
  const folder = path.join(root, "pages", `section-${i % 100}`);
  if (i < 100) mkdirSync(folder, { recursive: true });
  const sensitive = i % 20 === 0 ? "{# sensitive-content: crime-victims #}\n" : "";
  const body = `<p>${"Lorem ipsum dolor sit amet. ".repeat(40)}</p>\n`.repeat(3);
  writeFileSync(path.join(folder, `page-${i}.njk`), `${sensitive}{% extends "layouts/article.njk" %}\n{% block article %}\n<h1>Page ${i}</h1>\n${body}{% include "partials/share.njk" %}\n{% endblock %}\n`);
}

const { sensitivePagesReaching } = await import("../dist/templates/project-index.js");
const layout = path.join(root, "partials", "analytics.njk");
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const first = sensitivePagesReaching(layout, root, [], []);
const t1 = performance.now();
const second = sensitivePagesReaching(layout, root, [], []);
const t2 = performance.now();
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  JSON.stringify({
    pages: count,
    sensitivePagesReachingTheInclude: first.length,
    buildMs: Math.round(t1 - t0),
    cachedLookupMs: Number((t2 - t1).toFixed(3)),
    heapGrowthMB: Math.round((heapAfter - heapBefore) / 1024 / 1024),
    rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
    sameAnswer: second.length === first.length,
  }),
);
rmSync(root, { recursive: true, force: true });

// docs/vendors.md from the catalogue's data (src/detect/catalogue, one file per vendor), read from
// dist/: `npm run build && node scripts/vendors-doc.js` writes it; `--check` exits 1 when the file
// differs. tests/detect/vendors-doc.test.ts runs the same comparison on the source.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VENDORS_DOC = path.join(root, "docs", "vendors.md");

const code = (text) => `\`${text}\``;

/** The argument names of a call shape, from argument `from` on: `id, matching`, `event, …`. */
function argumentsOf(shape, from) {
  const named = new Map();
  for (const part of ["id", "event", "matching", "options"]) if (shape[part] !== undefined && !named.has(shape[part])) named.set(shape[part], part);
  const last = Math.max(from - 1, ...named.keys());
  const names = [];
  for (let index = from; index <= last; index++) names.push(named.get(index) ?? (shape.data !== undefined && index >= shape.data ? "data" : "_"));
  if (shape.data !== undefined) names.push(shape.data > last ? "data…" : "…");
  return names;
}

/** Each method's call as its shape reads it: `fbq('init', id, matching)`, `ttq.identify(matching)`. */
function callsOf(api, shapes, method) {
  const functionNamed = (handedTo) => Object.keys(api.functions).find((name) => api.functions[name] === handedTo) ?? Object.keys(handedTo).join("`, `");
  return Object.entries(shapes).map(([name, shape]) => {
    if (shape.calls) return `${code(`${method(name)}(…)`)} (a call of ${code(functionNamed(shape.calls))})`;
    if (shape.queue) return `${code(`${method(name)}([…])`)} (a call of ${code(functionNamed(shape.queue))} in an array)`;
    if (shape.chain) return `${code(`${method(name)}().…`)} (returns the API: the call after it is read)`;
    if (shape.eventKey) return `${code(`${method(name)}({ ${shape.eventKey}, … }, …)`)} (only with an ${code(shape.eventKey)} key)`;
    const setup = shape.setup ? " (sets it up)" : "";
    return code(`${method(name)}(${argumentsOf(shape, 0).join(", ")})`) + setup;
  });
}

/** A function's calls, its method name at argument 0 (`fbq('init', …)`) or where its form says (`ym(id, 'init', …)`). */
function functionCallsOf(api, name, shapes, form) {
  const at = form?.methodAt ?? 0;
  return Object.entries(shapes).map(([method, shape]) => {
    const names = argumentsOf(shape, at === 0 ? 1 : 0);
    if (at === 0) names.unshift(`'${method}'`);
    else names.splice(at, 1, `'${method}'`);
    return code(`${name}(${names.join(", ")})`) + (shape.setup ? " (sets it up)" : "");
  });
}

/** What a form adds to an API's line: only its listed calls count, and what the prefilter looks for. */
function formOf(form) {
  const parts = [];
  if (form?.listedOnly) parts.push("only these calls count");
  if (form?.needles) parts.push(`files are searched for ${form.needles.map(code).join(", ")}`);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

/** The hosts a vendor's URLs are on, each with what its URLs are. */
function hostsOf(vendor) {
  const labels = new Map();
  for (const endpoint of vendor.endpoints) labels.set(endpoint.host, [...(labels.get(endpoint.host) ?? []), endpoint.label]);
  return [...labels].map(([host, names]) => `${code(host)} (${names.join("; ")})`);
}

function packageOf(pkg, api) {
  const parts = [];
  if (pkg.general) parts.push(`a package of many vendors' scripts: only ${(pkg.loaders ?? []).map((name) => code(name)).join(", ")} loads this one`);
  else if (pkg.loaders?.length) parts.push(`loaders ${pkg.loaders.map((name) => code(name)).join(", ")}`);
  if (pkg.api) parts.push(callsOf(api, pkg.api, (method) => method).join(", "));
  return `${code(pkg.name)}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}`;
}

/** One line an API: its calls, or "as `fbq`" when it shares another API's shapes. */
function apisOf(entries, callsOfApi, forms = {}) {
  const seen = new Map();
  return entries.map(([name, shapes]) => {
    const same = seen.get(shapes);
    seen.set(shapes, seen.get(shapes) ?? name);
    if (same !== undefined) return `${code(name)}: as ${code(same)}${formOf(forms[name])}`;
    const calls = callsOfApi(name, shapes);
    return (calls.length > 0 ? `${code(name)}: ${calls.join(", ")}` : code(name)) + formOf(forms[name]);
  });
}

function sectionOf(vendor) {
  const company = vendor.company.charAt(0).toUpperCase() + vendor.company.slice(1);
  const lines = [`## ${code(vendor.id)}: ${vendor.name}`, "", `${company} receives ${vendor.leaks}.`, ""];
  const item = (label, values) => {
    if (values.length > 0) lines.push(`- **${label}:** ${values.join(", ")}`);
  };
  const list = (label, values) => {
    if (values.length > 0) lines.push(`- **${label}:**`, ...values.map((value) => `  - ${value}`));
  };
  const forms = vendor.forms ?? {};
  if (vendor.firstParty) lines.push(`Not reported unless \`reportFirstPartyAnalytics: true\`: ${vendor.firstParty.why}.`, "");
  item("Hosts", hostsOf(vendor));
  list("Functions", apisOf(Object.entries(vendor.api.functions), (name, shapes) => functionCallsOf(vendor.api, name, shapes, forms[name]), forms));
  list("Objects", apisOf(Object.entries(vendor.api.objects), (name, shapes) => callsOf(vendor.api, shapes, (method) => `${name}.${method}`), forms));
  if (vendor.hosts) item("Calls", [`${code(vendor.hosts)}'s calls, in a file that loads this vendor`]);
  item("Install globals", vendor.globals.map(code));
  item("Snippet markers", vendor.markers.map((marker) => code(`'${marker}'`)));
  list("Wrapper packages", vendor.packages.map((pkg) => packageOf(pkg, vendor.api)));
  item("Markup attributes", vendor.attributes.map((prefix) => code(`${prefix}…`)));
  item("Personal-data keys", vendor.personalKeys.map(code));
  if (vendor.docs) item("Vendor's documentation", [vendor.docs]);
  lines.push("");
  return lines;
}

/** The long tail in a few lines: where it comes from, what it takes, how many, and how it updates. */
function longTailSectionOf(longTail, policy) {
  const counts = new Map();
  for (const category of longTail.categories.values()) counts.set(category, (counts.get(category) ?? 0) + 1);
  return [
    "## The long tail: third-party-web",
    "",
    `Beyond the vendors above, \`no-third-party-trackers\` reports ${longTail.vendors.size} more tracking entities (${longTail.domains.size} domains)`,
    `from the data of the [third-party-web](https://github.com/patrickhulce/third-party-web) package (MIT; the data behind`,
    `Lighthouse's third-party audits), version ${longTail.version}, read from the installed package at run time. A page is reported`,
    "when it loads a script, image, frame, stylesheet or beacon from one of their domains (`<script src>`, `<img src>`,",
    "`<iframe src>`, `s.src = …`, `navigator.sendBeacon(…)`, `fetch(…)`, a `.js` address in code); a resource hint or a CSS",
    "`url()` to one is tracking markup (`no-tracking-attributes`). A link (`<a href>`, `window.open`) is not a load.",
    "",
    "| category | entities | what it receives |",
    "|---|---|---|",
    ...Object.entries(policy.categories).map(([category, leaks]) => `| ${code(category)} | ${counts.get(category) ?? 0} | ${leaks} |`),
    "",
    "Not taken: `customer-success` (chat and support widgets a visitor uses on purpose), `video`, `content`, `cdn`,",
    "`hosting`, `utility` (maps, captchas, payments), `consent-provider` and `other`. Domains of a taken entity that",
    "are not reported (each with its subdomains):",
    "",
    ...Object.entries(policy.notTracking).map(([domain, why]) => `- ${code(domain)}: ${why}`),
    "",
    "- **Ids for `allow`:** `third-party-web:` and the entity's name in lower case, each run of other characters a `-`:",
    "  `third-party-web:chartbeat`, `third-party-web:google-doubleclick-ads`, `third-party-web:hubspot`.",
    "- **Precedence:** a domain a vendor above names a host of (`pinimg.com` for `s.pinimg.com`) is that vendor's: its",
    "  hosts and paths say what tracks there, and the long tail reports nothing on it.",
    "- **Updates:** the data comes with the package, in the range `>=0.30.0 <1` of pixel-guard's dependencies;",
    "  `npm update third-party-web` (or a fresh install) brings each new release of the data, with no pixel-guard release.",
    "",
  ];
}

/** The whole page: a table of ids for `allow`, then a section a vendor, then the long tail's summary. */
export function vendorsDocOf(vendors, longTail, policy) {
  const lines = [
    "# Vendors",
    "",
    "<!-- Generated from src/detect/catalogue/ by scripts/vendors-doc.js: do not edit. Run `npm run build && node scripts/vendors-doc.js`. -->",
    "",
    "Every tracker pixel-guard knows by name, one data file each in `src/detect/catalogue/`. The id is what",
    "`allow[].vendors` takes ([configuration](configuration.md#vendor-ids-for-allow)). The Meta Pixel's findings",
    "are reported by `no-meta-pixel` and `no-fbq-events`; every other vendor's by `no-third-party-trackers`.",
    "",
    "| id | tracker | company |",
    "|---|---|---|",
    ...vendors.map((vendor) => `| ${code(vendor.id)} | ${vendor.name} | ${vendor.company}${vendor.firstParty ? " (first-party: not reported by default)" : ""} |`),
    "",
    "How calls are read: each method's arguments, in order. `id` is the pixel or tag id, `event` the event",
    "name, `matching` the advanced-matching object (personal data), `options` an options object, `data…` the",
    "event data (that argument and every one after it); `…` after a name means every argument from that one on",
    "is data too, and `_` an argument that is not read. A method not listed sends every argument after the",
    "method name (for a function) or every argument, the first read as the event name (for an object or a",
    "wrapper package), as data. Personal-data keys are the keys of a matching object or of event data that",
    "`no-sensitive-event-data` reports for that vendor.",
    "",
  ];
  for (const vendor of vendors) lines.push(...sectionOf(vendor));
  if (longTail) lines.push(...longTailSectionOf(longTail, policy));
  return `${lines.join("\n").trimEnd()}\n`;
}

async function main() {
  const { VENDORS, longTail, TRACKING_CATEGORIES, NOT_TRACKING_DOMAINS } = await import(pathToFileURL(path.join(root, "dist", "detect", "catalogue", "index.js")).href);
  const text = vendorsDocOf(VENDORS, longTail(), { categories: TRACKING_CATEGORIES, notTracking: NOT_TRACKING_DOMAINS });
  if (process.argv.includes("--check")) {
    let written = "";
    try {
      written = readFileSync(VENDORS_DOC, "utf8");
    } catch {
      // no file yet: it differs
    }
    if (written !== text) {
      process.stderr.write("docs/vendors.md differs from the catalogue: run `npm run build && node scripts/vendors-doc.js`\n");
      process.exit(1);
    }
    return;
  }
  writeFileSync(VENDORS_DOC, text);
  process.stdout.write(`wrote ${path.relative(root, VENDORS_DOC)} (${VENDORS.length} vendors)\n`);
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await main();

/** The report's sections as HTML; every value from the report passes through escapeHtml. */
import { escapeHtml as h } from "./escape.js";
import { UNOWNED_MARKUP } from "./evidence.js";
import type { Count, Report, ReportFile, ReportFinding } from "./model.js";

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const ROLE_LABEL: Record<ReportFile["role"], string> = { page: "sensitive page", shared: "shared file on sensitive pages", other: "not sensitive" };

export function summaryOf(report: Report): string {
  const pages = report.files.filter((file) => file.role === "page");
  const shared = report.files.filter((file) => file.role === "shared");
  const vendorNames = report.vendors.filter((vendor) => vendor.id !== UNOWNED_MARKUP).map((vendor) => vendor.company).filter((company, index, all) => all.indexOf(company) === index);
  const findings = report.files.reduce((total, file) => total + file.findings.length, 0);
  const headline =
    pages.length + shared.length === 0
      ? "No sensitive page sends anything to a tracker."
      : `${plural(pages.length, "sensitive page")} and ${plural(shared.length, "shared file")} on sensitive pages send visits to ${vendorNames.length ? h(vendorNames.join(", ")) : "trackers"}.`;
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title" class="headline">${headline}</h2>
<p>${plural(findings, "finding")} in ${plural(report.files.length, "file")} of ${plural(report.filesChecked, "file")} checked${report.notChecked.length ? `; ${plural(report.notChecked.length, "file")} could not be checked` : ""}.</p>
<div class="counts">
${countTable("By vendor", "vendor", report.vendors.map((vendor) => ({ key: vendor.id, label: `${vendor.name} (${vendor.company})`, count: vendor.findings })))}
${countTable("By category of sensitive file", "category", report.byCategory)}
${countTable("By rule", "rule", report.byRule)}
</div>
</section>`;
}

function countTable(caption: string, kind: string, counts: Count[]): string {
  if (counts.length === 0) return "";
  const rows = counts.map((count) => `<tr data-${kind}="${h(count.key)}"><td>${h(count.label)}</td><td class="n">${count.count}</td></tr>`).join("\n");
  return `<table class="count-table"><caption>${h(caption)}</caption><thead><tr><th>${h(kind)}</th><th class="n">findings</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

export function vendorsOf(report: Report): string {
  if (report.vendors.length === 0) return "";
  const rows = report.vendors
    .map((vendor) => `<tr><td>${h(vendor.name)}</td><td>${h(vendor.company)}</td><td>${h(vendor.leaks)}</td><td class="n">${vendor.files}</td><td class="n">${vendor.findings}</td></tr>`)
    .join("\n");
  return `<section aria-labelledby="vendors-title"><h2 id="vendors-title">Who receives what</h2>
<table id="vendor-table"><thead><tr><th>tracker</th><th>company</th><th>what it receives</th><th class="n">files</th><th class="n">findings</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

function options(values: Array<{ value: string; label: string }>, all: string): string {
  return [`<option value="">${h(all)}</option>`, ...values.map(({ value, label }) => `<option value="${h(value)}">${h(label)}</option>`)].join("");
}

/** Hidden until the script runs: with scripts off, everything shows and no control pretends to work. */
export function filtersOf(report: Report): string {
  return `<form id="filters" class="filters" hidden role="search" aria-label="Filter findings">
<label>Vendor<select id="filter-vendor">${options(report.vendors.map((vendor) => ({ value: vendor.id, label: vendor.name })), "all vendors")}</select></label>
<label>Rule<select id="filter-rule">${options(report.byRule.map((rule) => ({ value: rule.key, label: rule.key })), "all rules")}</select></label>
<label>Severity<select id="filter-severity">${options([{ value: "error", label: "errors" }, { value: "warning", label: "warnings" }], "errors and warnings")}</select></label>
<label>Search<input id="filter-text" type="search" placeholder="file, tracker, words"></label>
<output id="filter-status" aria-live="polite"></output>
</form>`;
}

function evidenceOf(finding: ReportFinding): string {
  if (finding.evidence.length === 0) return "";
  const rows = finding.evidence.map((line) => `<span class="row${line.marked ? " hit" : ""}"><span class="ln">${line.number}</span>${h(line.text)}</span>`).join("");
  return `<pre class="code" aria-label="source lines ${finding.evidence[0]!.number} to ${finding.evidence[finding.evidence.length - 1]!.number}"><code>${rows}</code></pre>`;
}

function findingOf(finding: ReportFinding): string {
  const vendors = finding.vendors.map((vendor) => vendor.id).join(" ");
  const receivers = finding.vendors.length ? `<div class="receivers">Sent to ${h(finding.vendors.map((vendor) => `${vendor.company} (${vendor.name})`).join(", "))}: ${h(finding.vendors.map((vendor) => vendor.leaks).join("; "))}.</div>` : "";
  const chain = finding.chain ? `<div class="chain">via ${h(finding.chain)}</div>` : "";
  return `<article class="finding" data-rule="${h(finding.ruleId)}" data-severity="${finding.severity}" data-vendors="${h(vendors)}">
<div><span class="sev-${finding.severity}">${finding.severity}</span> <span class="where">line ${finding.line}:${finding.column}</span> <code class="rule">${h(finding.ruleId)}</code></div>
<p class="message">${h(finding.message)}</p>
${chain}${receivers}${evidenceOf(finding)}
</article>`;
}

function fileOf(file: ReportFile): string {
  const categories = file.categories.map((category) => `<span class="badge">${h(category)}</span>`).join("");
  const why = file.why ? `<div class="why">Sensitive because: ${h(file.why)}</div>` : "";
  return `<section class="file" data-path="${h(file.path)}" data-role="${file.role}">
<header><h3>${h(file.path)}</h3><span class="badge">${ROLE_LABEL[file.role]}</span>${categories}${why}</header>
${file.findings.map(findingOf).join("\n")}
</section>`;
}

export function filesOf(report: Report): string {
  const groups: Array<[ReportFile["role"], string]> = [
    ["page", "Sensitive pages and the trackers that reach them"],
    ["shared", "Layouts, includes and containers that carry trackers onto sensitive pages"],
    ["other", "Other findings (pages that are not sensitive)"],
  ];
  const parts = groups.map(([role, title]) => {
    const files = report.files.filter((file) => file.role === role);
    return files.length ? `<section aria-label="${h(title)}"><h2>${h(title)}</h2>\n${files.map(fileOf).join("\n")}</section>` : "";
  });
  if (report.files.length === 0) parts.push(`<p class="none">No findings.</p>`);
  return parts.join("\n");
}

export function notCheckedOf(report: Report): string {
  if (report.notChecked.length === 0) return "";
  const rows = report.notChecked.map((file) => `<li><code>${h(file.path)}</code>: ${h(file.message)}</li>`).join("\n");
  return `<section aria-labelledby="not-checked-title"><h2 id="not-checked-title">Files that could not be checked</h2><ul>\n${rows}\n</ul></section>`;
}

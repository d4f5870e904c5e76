/**
 * The report's filters, as plain inline script (the CSP allows this exact text by its hash). With
 * scripts off the filter bar stays hidden and every finding shows. The script reads the findings'
 * data attributes only: no report data is ever placed inside the script.
 */
export const SCRIPT = `
(function () {
  var bar = document.getElementById("filters");
  if (!bar) return;
  bar.hidden = false;
  var vendor = document.getElementById("filter-vendor");
  var rule = document.getElementById("filter-rule");
  var severity = document.getElementById("filter-severity");
  var search = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var files = Array.prototype.slice.call(document.querySelectorAll(".file"));
  function apply() {
    var v = vendor.value, r = rule.value, s = severity.value, q = search.value.trim().toLowerCase();
    var shown = 0;
    findings.forEach(function (row) {
      var ok = (!v || (" " + row.getAttribute("data-vendors") + " ").indexOf(" " + v + " ") >= 0)
        && (!r || row.getAttribute("data-rule") === r)
        && (!s || row.getAttribute("data-severity") === s)
        && (!q || row.textContent.toLowerCase().indexOf(q) >= 0 || row.closest(".file").getAttribute("data-path").toLowerCase().indexOf(q) >= 0);
      row.classList.toggle("hidden", !ok);
      if (ok) shown++;
    });
    files.forEach(function (file) {
      file.classList.toggle("hidden", !file.querySelector(".finding:not(.hidden)"));
    });
    status.textContent = shown + " of " + findings.length + " findings shown";
  }
  [vendor, rule, severity].forEach(function (control) { control.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  apply();
})();
`;

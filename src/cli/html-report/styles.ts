/** The report's stylesheet, inlined (the CSP allows this exact text by its hash, nothing else). */
export const STYLES = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de; --error: #b42318; --warning: #9a6700; --mark: #fff3bf; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d; --error: #ff7b72; --warning: #d29922; --mark: #3d2e00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.summary { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.summary .headline { font-size: 1.2rem; font-weight: 600; margin: 0 0 .5rem; }
.counts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
.counts table { border-collapse: collapse; width: auto; flex: 1 1 18rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 1rem 0; padding: .75rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters select, .filters input { font: inherit; padding: .25rem .4rem; min-width: 12rem; }
.file { border: 1px solid var(--line); border-radius: 8px; margin: 1rem 0; padding: .75rem 1rem; }
.file > header { margin-bottom: .5rem; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .45rem; border-radius: 1rem; border: 1px solid var(--line); margin-right: .35rem; }
.finding { border-top: 1px solid var(--line); padding: .6rem 0; }
.finding .sev-error { color: var(--error); font-weight: 600; }
.finding .sev-warning { color: var(--warning); font-weight: 600; }
.chain { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
pre.code { margin: .4rem 0 0; padding: .5rem 0; background: var(--panel); border-radius: 6px; overflow-x: auto; font: .82rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.code span.ln { display: inline-block; min-width: 3.5rem; padding: 0 .75rem 0 .5rem; text-align: right; color: var(--muted); user-select: none; }
pre.code .hit { background: var(--mark); display: block; }
pre.code .row { display: block; white-space: pre; }
.hidden, [hidden] { display: none !important; }
.none { padding: 1rem; border: 1px dashed var(--line); border-radius: 8px; }
`;

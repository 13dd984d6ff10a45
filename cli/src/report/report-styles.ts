/**
 * The report's whole stylesheet, inlined so the file opens anywhere with no network. System fonts,
 * colours with enough contrast for text, and print rules that drop the interactive parts.
 */
export const REPORT_STYLES = `
:root { --ink: #1d2733; --muted: #5b6878; --line: #d5dbe3; --panel: #f5f7fa; --primary: #2f6db5; --secondary: #9cc0e8; --good: #2e8540; --bad: #c0392b; --grey: #b7c0cc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header.report-header { padding: 20px 32px 12px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { margin: 0 0 6px; font-size: 1.6rem; }
h2 { margin: 0 0 10px; font-size: 1.3rem; }
h3 { margin: 18px 0 8px; font-size: 1.05rem; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 0; color: var(--muted); font-size: 0.9rem; }
.meta div { display: flex; gap: 6px; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
nav.toc { padding: 8px 32px; border-bottom: 1px solid var(--line); font-size: 0.9rem; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0; padding: 0; list-style: none; }
main { max-width: 1180px; padding: 0 32px 48px; }
section { padding: 22px 0 8px; border-bottom: 1px solid var(--line); }
.lead { color: var(--muted); margin: 0 0 12px; max-width: 75ch; }
.headlines { margin: 0 0 14px; padding-left: 20px; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0 0 14px; }
.stats div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.stats dt { color: var(--muted); font-size: 0.82rem; }
.stats dd { margin: 2px 0 0; font-size: 1.35rem; font-weight: 600; }
.stat-group { margin: 6px 0 4px; font-size: 0.95rem; color: var(--muted); font-weight: 600; }
.figure-row { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; }
figure { margin: 0 0 16px; max-width: 100%; }
figcaption { color: var(--muted); font-size: 0.88rem; margin-top: 4px; max-width: 640px; }
svg.chart { max-width: 100%; height: auto; font-size: 11px; }
.chart-label, .chart-value, .chart-axis, .chart-legend { fill: var(--ink); }
.chart-axis { fill: var(--muted); font-size: 10px; }
.chart-grid { stroke: var(--line); stroke-width: 1; }
.chart-marker { stroke: var(--ink); stroke-width: 2.5; }
.chart-threshold { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 5 3; }
.chart-threshold-label { fill: var(--bad); font-weight: 600; }
.tone-primary { fill: var(--primary); } .tone-secondary { fill: var(--secondary); } .tone-good { fill: var(--good); } .tone-bad { fill: var(--bad); } .tone-muted { fill: var(--grey); }
.table-wrap { overflow-x: auto; margin: 0 0 16px; }
table { border-collapse: collapse; font-size: 0.9rem; min-width: 320px; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 10px; }
/* "83 min" and "2026-10-20" read as one unit: a cell may wrap between such units, never inside one. */
td.num, td.when span { white-space: nowrap; }
td.when { font-variant-numeric: tabular-nums; }
td.empty { color: var(--muted); font-style: italic; }
.positive { color: var(--bad); } .negative { color: var(--primary); }
.sla-breached { color: var(--bad); font-weight: 600; } .sla-met { color: var(--good); }
.note { color: var(--muted); font-size: 0.88rem; }
ul.compact { margin: 0; padding-left: 16px; }
#contact-controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 0 0 10px; }
#contact-controls[hidden] { display: none; }
#contact-filter { font: inherit; padding: 5px 8px; min-width: 320px; border: 1px solid var(--muted); border-radius: 4px; }
button { font: inherit; padding: 4px 12px; border: 1px solid var(--muted); border-radius: 4px; background: #fff; cursor: pointer; }
button:disabled { opacity: 0.45; cursor: default; }
#contacts-table { width: 100%; }
#decision-log-panel { margin-top: 12px; }
article.log { border: 1px solid var(--line); border-left: 4px solid var(--primary); border-radius: 6px; padding: 4px 16px 8px; margin: 0 0 12px; background: #fff; }
article.log:target, article.log:focus { outline: 3px solid var(--secondary); }
article.log h3 { margin-top: 10px; }
dl.facts { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0 0 8px; font-size: 0.88rem; }
dl.facts div { display: flex; gap: 4px; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
ol.steps { margin: 0; padding-left: 22px; }
ol.steps > li { margin: 0 0 6px; }
.step-time { color: var(--muted); font-size: 0.82rem; font-variant-numeric: tabular-nums; }
.step-kind { display: inline-block; min-width: 86px; font-weight: 600; }
.step-reasons { margin: 2px 0 0; padding-left: 18px; color: var(--muted); font-size: 0.88rem; }
.hint { color: var(--muted); }
a { color: var(--primary); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--secondary); outline-offset: 1px; }
@media print {
  nav.toc, #contact-controls, .hint, .back { display: none !important; }
  body { font-size: 11pt; }
  main, header.report-header { padding-left: 0; padding-right: 0; }
  section { break-inside: auto; }
  figure, table, article.log, .stats div { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

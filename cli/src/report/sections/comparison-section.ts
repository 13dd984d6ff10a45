import type { BeforeAfter, SimulationComparison } from '../compare-simulations';
import { escapeHtml } from '../escape-html';
import { figureAttributes } from '../figure-hook';
import { formatCount, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import { svgBarChart } from '../svg-bar-chart';
import { contactLink } from './contact-link';
import { listedRows, truncationNote } from './listed-rows';
import { chartFigure, reportSection } from './report-section';

function beforeAfterRow(label: string, figure: string, values: BeforeAfter): string[] {
  return [
    rowHeaderCell(label),
    textCell(formatCount(values.before), { numeric: true, hook: { figure: `${figure}-before`, value: values.before } }),
    textCell(formatCount(values.after), { numeric: true, hook: { figure: `${figure}-after`, value: values.after } }),
    textCell(values.after === values.before ? '0' : `${values.after > values.before ? '+' : '−'}${formatCount(Math.abs(values.after - values.before))}`, { numeric: true }),
  ];
}

export function comparisonSection(comparison: SimulationComparison): string {
  const before = comparison.configBefore;
  const after = comparison.configAfter;
  const totals = htmlTable({
    caption: 'Totals under each config',
    columns: [{ label: 'Figure' }, { label: before, numeric: true }, { label: after, numeric: true }, { label: 'Change', numeric: true }],
    rows: [
      beforeAfterRow('Assigned to a rep', 'routed', comparison.routed),
      beforeAfterRow('Left in a queue', 'queued', comparison.queued),
      beforeAfterRow('MQLs', 'mqls', comparison.mqls),
      beforeAfterRow('Contacts with a breached SLA', 'sla-breaches', comparison.slaBreaches),
    ],
  });
  const chart = svgBarChart({
    id: 'chart-comparison-shares',
    title: `Share of assigned leads per rep: ${after} against ${before}`,
    description: comparison.shares.map((share) => `${share.name}: ${formatPercent(share.shareBeforePercent)} then ${formatPercent(share.shareAfterPercent)}`).join('; '),
    bars: comparison.shares.map((share) => ({ label: share.name, value: share.shareAfterPercent, marker: share.shareBeforePercent, tone: 'secondary' as const, valueLabel: `${formatPercent(share.shareBeforePercent)} → ${formatPercent(share.shareAfterPercent)}` })),
    // Config names can be long; the legend says before/after and the caption names them.
    legend: [{ tone: 'secondary', label: 'After' }],
    markerLabel: 'Before',
  });
  const shares = htmlTable({
    caption: 'Leads per rep under each config',
    columns: [{ label: 'Rep' }, { label: `${before}: leads`, numeric: true }, { label: 'share', numeric: true }, { label: `${after}: leads`, numeric: true }, { label: 'share', numeric: true }],
    rows: comparison.shares.map((share) => [
      rowHeaderCell(share.name),
      textCell(formatCount(share.before), { numeric: true }),
      textCell(formatPercent(share.shareBeforePercent), { numeric: true, hook: { figure: 'share-before', key: share.ownerId, value: share.shareBeforePercent } }),
      textCell(formatCount(share.after), { numeric: true }),
      textCell(formatPercent(share.shareAfterPercent), { numeric: true, hook: { figure: 'share-after', key: share.ownerId, value: share.shareAfterPercent } }),
    ]),
  });
  const shown = listedRows(comparison.changedOwners.rows);
  const changed = htmlTable({
    caption: 'Contacts that change owner',
    columns: [{ label: 'Contact' }, { label: `Owner: ${before}` }, { label: `Owner: ${after}` }, { label: `Rule: ${before}` }, { label: `Rule: ${after}` }],
    rows: shown.map((row) => [
      `<th scope="row">${contactLink(row.contactIndex, row.name)}</th>`,
      textCell(row.ownerBefore),
      textCell(row.ownerAfter),
      textCell(row.ruleBefore ?? '–'),
      textCell(row.ruleAfter ?? '–'),
    ]),
    rowAttributes: shown.map((row) => ` data-contact-id="${escapeHtml(row.contactId)}"`),
    emptyText: 'Every contact keeps its owner.',
  });
  const unmatched = comparison.onlyInOneRun > 0 ? `<p class="note">${formatCount(comparison.onlyInOneRun)} contacts appear in only one run and are not compared.</p>` : '';
  return reportSection('comparison', `Config comparison: ${before} → ${after}`, `The same leads under “${after}”. The contact logs below are those of “${before}”.`, [
    `<p${figureAttributes({ figure: 'changed-owners', value: comparison.changedOwners.count })}><strong>${formatCount(comparison.changedOwners.count)}</strong> of ${formatCount(comparison.compared)} contacts change owner.</p>`,
    unmatched,
    totals,
    `<div class="figure-row">${chartFigure('comparison-shares', chart, `Share of assigned leads per rep: after, under “${after}” (bar); before, under “${before}” (tick).`)}${shares}</div>`,
    changed,
    truncationNote(comparison.changedOwners.count, 'decisions.json holds both runs’ decisions for every contact.'),
  ]);
}

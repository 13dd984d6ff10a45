import { formatCount, formatDeviation, formatNumber, formatPercent } from './format-report-values';
import type { ReportFigures } from './report-figures';

/** The handful of sentences a manager reads before any chart: flow, speed, fairness, handoffs, data. */
export function reportHeadlines(figures: ReportFigures): string[] {
  const { summary } = figures;
  const lines = [
    `Assigned to a rep: ${formatCount(summary.routed)} of ${formatCount(summary.contacts)} contacts; left in a queue: ${formatCount(summary.queued)}; not routed: ${formatCount(summary.notRouted)}.`,
  ];
  if (summary.sla.met + summary.sla.breached + summary.sla.open > 0) {
    const touch = summary.firstTouch.workingMinutes;
    const speed = touch.median === null ? '' : ` Median first touch after ${formatNumber(touch.median)} working minutes; 90% within ${formatNumber(touch.p90)}.`;
    lines.push(`SLA compliance ${formatPercent(summary.sla.compliancePercent)}: ${formatCount(summary.sla.met)} met, ${formatCount(summary.sla.breached)} breached, ${formatCount(summary.sla.open)} still open.${speed}`);
  }
  const furthest = figures.fairness
    .filter((rep) => rep.deviationPercent !== null)
    .sort((a, b) => Math.abs(b.deviationPercent ?? 0) - Math.abs(a.deviationPercent ?? 0))[0];
  if (furthest && Math.round(furthest.deviationPercent ?? 0) !== 0) {
    lines.push(`Furthest from a fair share: ${furthest.name} got ${formatCount(furthest.assigned)} leads for ${formatNumber(furthest.expected)} expected (${formatDeviation(furthest.deviationPercent)}).`);
  }
  const handoffs = summary.handoffs;
  lines.push(`MQLs: ${formatCount(summary.mqls)}. Handoffs offered: ${formatCount(handoffs.offered)}: ${formatCount(handoffs.accepted)} accepted, ${formatCount(handoffs.rejected)} rejected, ${formatCount(handoffs.overdue)} overdue, ${formatCount(handoffs.pending)} pending.`);
  if (summary.dataQuality.fixes + summary.dataQuality.flags + summary.importIssues.total > 0) {
    const duplicates = figures.dataQuality.duplicates;
    const people = duplicates.records === 0 ? '' : ` (of which probable duplicates ${formatCount(duplicates.records)}, ${formatCount(duplicates.twoReps)} routed to a second rep)`;
    lines.push(`Data quality: values fixed ${formatCount(summary.dataQuality.fixes)}, flagged ${formatCount(summary.dataQuality.flags)}${people}; import issues ${formatCount(summary.importIssues.total)}, of which rows skipped ${formatCount(summary.importIssues.skippedRows)}.`);
  }
  return lines;
}

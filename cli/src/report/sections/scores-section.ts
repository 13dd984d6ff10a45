import { formatCount, formatNumber } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import type { ScoreDistribution } from '../score-distribution';
import { svgHistogram } from '../svg-histogram';
import { chartFigure, reportSection } from './report-section';

/** Where the threshold falls in column units: 60 with bands of 10 is the left edge of the 7th column. */
function thresholdPosition(scores: ScoreDistribution): number | null {
  const threshold = scores.mqlThreshold;
  if (threshold === null) return null;
  for (const [index, bucket] of scores.buckets.entries()) {
    if (bucket.to === null) return index;
    if (threshold < bucket.to) return index + Math.max(0, (threshold - bucket.from) / (bucket.to - bucket.from));
  }
  return null;
}

export function scoresSection(scores: ScoreDistribution): string {
  const position = thresholdPosition(scores);
  const chart = svgHistogram({
    id: 'chart-scores',
    title: 'Score distribution',
    description: `${scores.buckets.map((bucket) => `${bucket.label}: ${bucket.count} (${bucket.mqls} MQL)`).join('; ')}${scores.mqlThreshold === null ? '' : `. MQL threshold ${formatNumber(scores.mqlThreshold)}.`}`,
    columns: scores.buckets.map((bucket) => ({
      label: bucket.label,
      segments: [{ value: bucket.mqls, tone: 'primary' as const }, { value: bucket.count - bucket.mqls, tone: 'muted' as const }],
      valueLabel: formatCount(bucket.count),
    })),
    marker: position === null ? null : { position, label: `MQL threshold ${formatNumber(scores.mqlThreshold)}` },
    legend: [{ tone: 'primary', label: 'MQL' }, { tone: 'muted', label: 'Not MQL' }],
    axisLabel: 'contacts',
  });
  const table = htmlTable({
    caption: 'Contacts by total score',
    columns: [{ label: 'Score' }, { label: 'Contacts', numeric: true }, { label: 'Of which MQLs', numeric: true }],
    rows: scores.buckets.map((bucket) => [
      rowHeaderCell(bucket.label),
      textCell(formatCount(bucket.count), { numeric: true, hook: { figure: 'score-bucket', key: String(bucket.from), value: bucket.count } }),
      textCell(formatCount(bucket.mqls), { numeric: true, hook: { figure: 'score-bucket-mqls', key: String(bucket.from), value: bucket.mqls } }),
    ]),
  });
  const threshold = scores.mqlThreshold === null
    ? ''
    : `<p class="note" data-figure="mql-threshold" data-value="${scores.mqlThreshold}">MQL threshold: ${formatNumber(scores.mqlThreshold)} (dashed red line). A contact above it is an MQL only with enough fit too.</p>`;
  return reportSection('scores', 'Score distribution', 'Total scores at the end of the simulation, in bands of 10 (each band includes its lower edge); MQLs in dark blue.', [
    threshold,
    `<div class="figure-row">${chartFigure('scores', chart, 'Contacts per score band, MQLs stacked at the bottom of each column.')}${table}</div>`,
  ]);
}

import { formatCount } from '../format-report-values';
import type { FirstTouchFigures } from '../first-touch-figures';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import { svgHistogram } from '../svg-histogram';
import { chartFigure, reportSection } from './report-section';

/** How fast owners touched their new leads, in working minutes, and how many nobody touched. */
export function firstTouchSection(firstTouch: FirstTouchFigures): string {
  const histogram = svgHistogram({
    id: 'chart-first-touch',
    title: 'Time to first touch, in working minutes',
    description: [...firstTouch.buckets.map((bucket) => `${bucket.label} min: ${bucket.count}`), `never touched: ${firstTouch.neverTouched}`].join('; '),
    columns: [
      ...firstTouch.buckets.map((bucket) => ({ label: bucket.label, segments: [{ value: bucket.count, tone: 'primary' as const }], valueLabel: formatCount(bucket.count) })),
      { label: 'never', segments: [{ value: firstTouch.neverTouched, tone: 'bad' as const }], valueLabel: formatCount(firstTouch.neverTouched) },
    ],
    axisLabel: 'contacts',
  });
  const bucketTable = htmlTable({
    caption: 'Contacts by working minutes to first touch',
    columns: [{ label: 'Working minutes' }, { label: 'Contacts', numeric: true }],
    rows: [
      ...firstTouch.buckets.map((bucket) => [rowHeaderCell(bucket.toMinutes === null ? `${bucket.fromMinutes} or more` : `${bucket.fromMinutes} to under ${bucket.toMinutes}`), textCell(formatCount(bucket.count), { numeric: true, hook: { figure: 'first-touch-bucket', key: String(bucket.fromMinutes), value: bucket.count } })]),
      [rowHeaderCell('Never touched'), textCell(formatCount(firstTouch.neverTouched), { numeric: true, hook: { figure: 'first-touch-never', value: firstTouch.neverTouched } })],
    ],
  });
  return reportSection('first-touch', 'Time to first touch', 'Working minutes from the SLA clock’s start to the owner’s first touch, counted in the owner’s working hours (contacts with an SLA policy). “Never” counts assigned contacts nobody touched by the end of the simulation, open clocks included.', [
    `<div class="figure-row">${chartFigure('first-touch', histogram, 'Contacts per band of working minutes to first touch; buckets include their lower edge.')}${bucketTable}</div>`,
  ]);
}

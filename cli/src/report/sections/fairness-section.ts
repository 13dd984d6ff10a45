import { formatCount, formatDeviation, formatNumber, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import type { RepFairness } from '../fairness-figures';
import type { TeamLabel } from '../team-label';
import { svgBarChart } from '../svg-bar-chart';
import { chartFigure, reportSection } from './report-section';

/** Within this many percent of the expected count a rep's bar is drawn as fair; beyond it, as over or under. */
const FAIR_BAND_PERCENT = 10;

function tone(rep: RepFairness): 'primary' | 'bad' | 'secondary' {
  if (rep.deviationPercent === null || Math.abs(rep.deviationPercent) <= FAIR_BAND_PERCENT) return 'primary';
  return rep.deviationPercent > 0 ? 'bad' : 'secondary';
}

export function fairnessSection(fairness: readonly RepFairness[], teamLabel: TeamLabel): string {
  const chart = svgBarChart({
    id: 'chart-fairness',
    title: 'Leads per rep against their expected share',
    description: fairness.map((rep) => `${rep.name}: ${rep.assigned} assigned, ${formatNumber(rep.expected)} expected`).join('; '),
    bars: fairness.map((rep) => ({ label: rep.name, value: rep.assigned, marker: rep.expected, tone: tone(rep), valueLabel: `${formatCount(rep.assigned)} (${formatDeviation(rep.deviationPercent)})` })),
    legend: [{ tone: 'primary', label: 'Within 10% of expected' }, { tone: 'bad', label: 'Over' }, { tone: 'secondary', label: 'Under' }],
    markerLabel: 'Expected',
  });
  const table = htmlTable({
    caption: 'Leads per rep',
    columns: [{ label: 'Rep' }, { label: 'Team' }, { label: 'Assigned', numeric: true }, { label: 'Expected', numeric: true }, { label: 'Deviation', numeric: true }, { label: 'Share', numeric: true }, { label: 'Expected share', numeric: true }],
    rows: fairness.map((rep) => [
      rowHeaderCell(rep.name),
      textCell(rep.team === null ? '–' : teamLabel(rep.team)),
      textCell(formatCount(rep.assigned), { numeric: true, hook: { figure: 'fairness-assigned', key: rep.ownerId, value: rep.assigned } }),
      textCell(formatNumber(rep.expected), { numeric: true, hook: { figure: 'fairness-expected', key: rep.ownerId, value: rep.expected } }),
      textCell(formatDeviation(rep.deviationPercent), { numeric: true, hook: { figure: 'fairness-deviation', key: rep.ownerId, value: rep.deviationPercent } }),
      textCell(formatPercent(rep.sharePercent), { numeric: true }),
      textCell(formatPercent(rep.expectedSharePercent), { numeric: true }),
    ]),
    emptyText: 'No reps in this run.',
  });
  return reportSection(
    'fairness',
    'Fairness: leads per rep',
    'Expected leads follow the routing config: each pool’s leads shared by member weight, a named owner’s leads counted fully. Bars more than 10% over the expected count are red, under it light blue; the black tick is the expected count.',
    [chartFigure('fairness', chart, 'Leads assigned per rep (bar) and the count fair routing meant them to get (tick).'), table],
  );
}

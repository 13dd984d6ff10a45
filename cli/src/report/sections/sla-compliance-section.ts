import { formatCount, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import type { SlaComplianceFigures } from '../sla-compliance-figures';
import { svgHistogram } from '../svg-histogram';
import type { TeamLabel } from '../team-label';
import { chartFigure, reportSection } from './report-section';

function hourLabel(hour: number): string {
  return String(hour).padStart(2, '0');
}

/** Where SLAs slip: by the owner's team, and by the hour (UTC) the lead arrived. */
export function slaComplianceSection(sla: SlaComplianceFigures, teamLabel: TeamLabel): string {
  const teamTable = htmlTable({
    caption: 'SLA compliance by team',
    columns: [{ label: 'Team' }, { label: 'Met', numeric: true }, { label: 'Breached', numeric: true }, { label: 'Open', numeric: true }, { label: 'No policy', numeric: true }, { label: 'Compliance', numeric: true }],
    rows: sla.byTeam.map((row) => {
      const key = row.team ?? 'none';
      return [
        rowHeaderCell(row.team === null ? 'No team' : teamLabel(row.team)),
        textCell(formatCount(row.met), { numeric: true, hook: { figure: 'sla-team-met', key, value: row.met } }),
        textCell(formatCount(row.breached), { numeric: true, hook: { figure: 'sla-team-breached', key, value: row.breached } }),
        textCell(formatCount(row.open), { numeric: true, hook: { figure: 'sla-team-open', key, value: row.open } }),
        textCell(formatCount(row.noPolicy), { numeric: true }),
        textCell(formatPercent(row.compliancePercent), { numeric: true, hook: { figure: 'sla-team-compliance', key, value: row.compliancePercent } }),
      ];
    }),
    emptyText: 'No contact was assigned, so no SLA ran.',
  });
  const decided = sla.byHourUtc.filter((row) => row.compliancePercent !== null);
  // Counts, stacked, rather than a percentage: an hour with one breach and an hour with fifty must not look alike.
  const hourChart = svgHistogram({
    id: 'chart-sla-hour',
    title: 'SLA outcomes by hour of arrival (UTC)',
    description: decided.length === 0 ? 'No SLA was decided.' : decided.map((row) => `${hourLabel(row.hourUtc)}:00 UTC: ${row.met} met, ${row.breached} breached (${formatPercent(row.compliancePercent)})`).join('; '),
    columns: sla.byHourUtc.map((row) => ({
      label: hourLabel(row.hourUtc),
      segments: [{ value: row.met, tone: 'good' as const }, { value: row.breached, tone: 'bad' as const }, { value: row.open, tone: 'muted' as const }],
      valueLabel: row.compliancePercent === null ? 'no SLA decided' : `${formatPercent(row.compliancePercent)} met`,
    })),
    legend: [{ tone: 'good', label: 'Met' }, { tone: 'bad', label: 'Breached' }, { tone: 'muted', label: 'Open' }],
    axisLabel: 'contacts',
  });
  const hourTable = htmlTable({
    caption: 'SLA compliance by hour of arrival (UTC)',
    columns: [{ label: 'Hour (UTC)' }, { label: 'Met', numeric: true }, { label: 'Breached', numeric: true }, { label: 'Open', numeric: true }, { label: 'Compliance', numeric: true }],
    rows: sla.byHourUtc
      .filter((row) => row.met + row.breached + row.open + row.noPolicy > 0)
      .map((row) => {
        const key = String(row.hourUtc);
        return [
          rowHeaderCell(`${hourLabel(row.hourUtc)}:00–${hourLabel(row.hourUtc)}:59 UTC`),
          textCell(formatCount(row.met), { numeric: true, hook: { figure: 'sla-hour-met', key, value: row.met } }),
          textCell(formatCount(row.breached), { numeric: true, hook: { figure: 'sla-hour-breached', key, value: row.breached } }),
          textCell(formatCount(row.open), { numeric: true }),
          textCell(formatPercent(row.compliancePercent), { numeric: true, hook: { figure: 'sla-hour-compliance', key, value: row.compliancePercent } }),
        ];
      }),
    emptyText: 'No SLA ran.',
  });
  return reportSection('sla-compliance', 'SLA compliance by team and hour', 'Compliance is met ÷ (met + breached). Hours are the contact’s arrival in UTC, the one clock all teams share; each column stacks an hour’s SLAs: met, breached, still open.', [
    teamTable,
    `<div class="figure-row">${chartFigure('sla-by-hour', hourChart, 'SLAs met, breached and still open, by the hour (UTC) the contact arrived; the table gives each hour’s compliance.')}${hourTable}</div>`,
  ]);
}

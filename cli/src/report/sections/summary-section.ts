import { escapeHtml } from '../escape-html';
import { formatCount, formatHours, formatMinutes, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import type { ReportFigures } from '../report-figures';
import { reportHeadlines } from '../report-headlines';
import { reportSection } from './report-section';
import { statList, type Stat } from './stat-list';

/** The ladder's actions in words; the table keeps the config's code in its data-key. */
const ACTION_WORDS: Readonly<Record<string, string>> = { task_owner: 'Task for the owner', notify_manager: 'Notify the manager', reroute: 'Re-route to another rep' };

function count(figure: string, label: string, value: number): Stat {
  return { label, text: formatCount(value), hook: { figure, value } };
}

export function summarySection(figures: ReportFigures): string {
  const s = figures.summary;
  const flow = [
    count('contacts', 'Contacts', s.contacts),
    count('routed', 'Assigned to a rep', s.routed),
    count('queued', 'Left in a queue', s.queued),
    count('not-routed', 'Not routed', s.notRouted),
    count('mqls', 'MQLs', s.mqls),
  ];
  const speed: Stat[] = [
    { label: 'SLA compliance (met ÷ decided)', text: formatPercent(s.sla.compliancePercent), hook: { figure: 'sla-compliance', value: s.sla.compliancePercent } },
    count('sla-met', 'SLA met', s.sla.met),
    count('sla-breached', 'SLA breached', s.sla.breached),
    count('sla-open', 'SLA still open', s.sla.open),
    count('sla-no-policy', 'Assigned, no SLA policy', s.sla.noPolicy),
    { label: 'Median first touch (working)', text: formatMinutes(s.firstTouch.workingMinutes.median), hook: { figure: 'first-touch-median-minutes', value: s.firstTouch.workingMinutes.median } },
    { label: '90% touched within (working)', text: formatMinutes(s.firstTouch.workingMinutes.p90), hook: { figure: 'first-touch-p90-minutes', value: s.firstTouch.workingMinutes.p90 } },
    { label: 'Median wait, arrival to touch', text: formatHours(s.firstTouch.wallClockHours.median), hook: { figure: 'first-touch-median-hours', value: s.firstTouch.wallClockHours.median } },
    { label: '90% waited at most', text: formatHours(s.firstTouch.wallClockHours.p90), hook: { figure: 'first-touch-p90-hours', value: s.firstTouch.wallClockHours.p90 } },
  ];
  const followThrough = [
    count('escalations', 'Escalations', s.escalations.total),
    count('handoffs-accepted', 'Handoffs accepted', s.handoffs.accepted),
    count('handoffs-rejected', 'Handoffs rejected', s.handoffs.rejected),
    count('handoffs-overdue', 'Handoffs overdue', s.handoffs.overdue),
    count('handoffs-pending', 'Handoffs pending', s.handoffs.pending),
    count('nurture-enrolments', 'Nurture enrolments', s.nurture.enrolments),
  ];
  const data = [
    count('data-quality-fixes', 'Values fixed', s.dataQuality.fixes),
    count('data-quality-flags', 'Values flagged', s.dataQuality.flags),
    count('import-issues', 'Import issues', s.importIssues.total),
  ];
  const escalations = htmlTable({
    caption: 'Escalations by action',
    columns: [{ label: 'Action' }, { label: 'Total', numeric: true }, { label: 'First-touch SLA', numeric: true }, { label: 'MQL handoff', numeric: true }],
    rows: s.escalations.byAction.map((row) => [
      rowHeaderCell(ACTION_WORDS[row.action] ?? row.action),
      textCell(formatCount(row.count), { numeric: true, hook: { figure: 'escalations-by-action', key: row.action, value: row.count } }),
      textCell(formatCount(row.onSla), { numeric: true }),
      textCell(formatCount(row.onHandoff), { numeric: true }),
    ]),
    emptyText: 'No clock escalated.',
  });
  const tracks = htmlTable({
    caption: 'Nurture enrolments by track',
    columns: [{ label: 'Track' }, { label: 'Contacts', numeric: true }],
    rows: s.nurture.byTrack.map((track) => [rowHeaderCell(track.label), textCell(formatCount(track.count), { numeric: true, hook: { figure: 'nurture-by-track', key: track.trackId, value: track.count } })]),
    emptyText: 'Nobody was enrolled in nurture.',
  });
  return reportSection('summary', 'Summary', 'SLA compliance counts decided clocks only (met ÷ (met + breached)); open clocks and contacts without a policy are shown apart. Working minutes run in the owner’s working hours; the wait is wall-clock hours from arrival.', [
    `<ul class="headlines">${reportHeadlines(figures).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    '<h3 class="stat-group">Lead flow</h3>',
    statList(flow),
    '<h3 class="stat-group">Speed to lead</h3>',
    statList(speed),
    '<h3 class="stat-group">Follow-through</h3>',
    statList(followThrough),
    '<h3 class="stat-group">Data</h3>',
    statList(data),
    `<div class="figure-row">${escalations}${tracks}</div>`,
  ]);
}

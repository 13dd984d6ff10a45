import type { BreachRow } from '../breach-list';
import { escapeHtml } from '../escape-html';
import { formatCount, formatMinutes, formatUtc } from '../format-report-values';
import { htmlCell, htmlTable, instantCell, textCell } from '../html-table';
import { contactLink } from './contact-link';
import { listedRows, truncationNote } from './listed-rows';
import type { TeamLabel } from '../team-label';
import { reportSection } from './report-section';

function escalationList(row: BreachRow): string {
  if (row.escalations.length === 0) return '–';
  const items = row.escalations.map((escalation) => `<li>${escapeHtml(`${formatUtc(escalation.at)} · ${escalation.clock === 'sla' ? 'SLA' : 'handoff'} · ${escalation.label}: ${escalation.detail}`)}</li>`);
  return `<ul class="compact">${items.join('')}</ul>`;
}

export function breachesSection(breaches: readonly BreachRow[], teamLabel: TeamLabel): string {
  const breached = breaches.filter((row) => row.slaStatus === 'breached' || row.breachedBeforeReroute).length;
  const shown = listedRows(breaches);
  const table = htmlTable({
    caption: 'Breached SLAs and escalations',
    columns: [{ label: 'Contact' }, { label: 'Owner' }, { label: 'Policy' }, { label: 'SLA' }, { label: 'Allowed', numeric: true }, { label: 'Took', numeric: true }, { label: 'Due' }, { label: 'First touch' }, { label: 'Escalations' }],
    rows: shown.map((row) => [
      `<th scope="row">${contactLink(row.contactIndex, row.name)}</th>`,
      textCell(row.team === null ? row.owner : `${row.owner} (${teamLabel(row.team)})`),
      textCell(row.policyLabel ?? '–'),
      htmlCell(`<span class="sla-${escapeHtml(row.slaStatus ?? 'none')}">${escapeHtml(row.slaStatus ?? 'no SLA')}</span>${row.breachedBeforeReroute && row.slaStatus !== 'breached' ? ' (breached before a re-route)' : ''}`),
      textCell(formatMinutes(row.allowedWorkingMinutes), { numeric: true }),
      textCell(formatMinutes(row.workingMinutesToTouch), { numeric: true }),
      instantCell(row.dueAt),
      instantCell(row.firstTouchAt, 'never'),
      htmlCell(escalationList(row)),
    ]),
    rowAttributes: shown.map((row) => ` data-contact-id="${escapeHtml(row.contactId)}"`),
    emptyText: 'No SLA was breached and no clock escalated.',
  });
  return reportSection('breaches', 'Breaches and escalations', 'Contacts whose first-touch SLA was breached (touched late, or never) or whose SLA or handoff clock escalated. A re-routed contact shows the SLA of its last owner, and whether an owner before breached it. Names link to the full decision log.', [
    `<p>Contacts listed: <span data-figure="breach-rows" data-value="${breaches.length}">${formatCount(breaches.length)}</span>, of which with a breached SLA: <span data-figure="breach-sla-breached" data-value="${breached}">${formatCount(breached)}</span>.</p>`,
    table,
    truncationNote(breaches.length, 'Type “breached” in the contacts filter below to see every breached SLA.'),
  ]);
}

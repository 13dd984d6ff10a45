import type { ApiUsage } from '../../simulate/simulation-result';
import { escapeHtml } from '../escape-html';
import { formatCount, formatDuration, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import { reportSection } from './report-section';
import { statList, type Stat } from './stat-list';

function agreementStat(figure: string, label: string, same: number, contacts: number): Stat {
  return { label, text: `${formatCount(same)} of ${formatCount(contacts)} (${formatPercent(contacts === 0 ? null : (same / contacts) * 100)})`, hook: { figure, value: same } };
}

function listOf(items: readonly string[]): string {
  return `<ul class="compact">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

/**
 * HubSpot traffic of a `--through-api` run: what going live would cost in calls and time at the
 * portal's limits, and whether the functions, run through the API, decided what the rules engine did.
 */
export function apiUsageSection(api: ApiUsage): string {
  const endpoints = Object.entries(api.byEndpoint).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const agreement = api.agreement;
  return reportSection('api-usage', 'HubSpot API usage', `Calls this run made through the HubSpot gateway, and how long they take at ${api.rateLimit}.`, [
    statList([
      { label: 'API calls', text: formatCount(api.calls), hook: { figure: 'api-calls', value: api.calls } },
      { label: 'Time at the rate limits', text: formatDuration(api.wallTimeAtLimitsMs), hook: { figure: 'api-wall-time-ms', value: api.wallTimeAtLimitsMs } },
      agreementStat('api-same-owner', 'Same owner as the rules', agreement.sameOwner, agreement.contacts),
      agreementStat('api-same-score', 'Same score', agreement.sameScore, agreement.contacts),
      agreementStat('api-same-stage', 'Same stage', agreement.sameStage, agreement.contacts),
      { label: 'Failed API steps', text: formatCount(agreement.failureCount), hook: { figure: 'api-failures', value: agreement.failureCount } },
    ]),
    htmlTable({
      caption: 'Calls by endpoint',
      columns: [{ label: 'Endpoint' }, { label: 'Calls', numeric: true }],
      rows: endpoints.map(([endpoint, calls]) => [rowHeaderCell(endpoint), textCell(formatCount(calls), { numeric: true, hook: { figure: 'api-endpoint', key: endpoint, value: calls } })]),
      emptyText: 'No call was made.',
    }),
    agreement.differences.length === 0 ? '' : `<h3>Where the API run differs from the rules engine (first ${formatCount(agreement.differences.length)})</h3>${listOf(agreement.differences)}`,
    agreement.failures.length === 0 ? '' : `<h3>Failed API steps (first ${formatCount(agreement.failures.length)} of ${formatCount(agreement.failureCount)})</h3>${listOf(agreement.failures)}`,
  ]);
}

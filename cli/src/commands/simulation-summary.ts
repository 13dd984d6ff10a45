import { comparisonSummaryLines, type SimulationComparison } from '../report/compare-simulations';
import type { ReportFigures } from '../report/report-figures';
import type { ApiUsage, SimulationResult } from '../simulate/simulation-result';

const n = (value: number) => value.toLocaleString('en-US');
const minutes = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10}%`);

/** The one-screen summary `simulate` prints: the figures a RevOps lead checks first, and where the files are. */
export function simulationSummary(result: { readonly meta: SimulationResult['meta']; readonly figures: ReportFigures; readonly comparison: SimulationComparison | null; readonly api: ApiUsage | null }, run: { readonly seconds: number; readonly reportFile: string; readonly decisionsFile: string }): string[] {
  const figures = result.figures;
  const s = figures.summary;
  const from = new Date(result.meta.window.from).toISOString().slice(0, 10);
  const to = new Date(result.meta.window.to).toISOString().slice(0, 10);
  const lines = [
    `LeadOps simulate: ${n(s.contacts)} leads, ${from} → ${to}, config "${result.meta.configName}" (${result.meta.mode === 'rules' ? 'rules engine' : 'through the HubSpot API'}, seed ${result.meta.seed}), ${run.seconds.toFixed(1)} s`,
    `  routed       ${n(s.routed)} to reps, ${n(s.queued)} queued, ${n(s.notRouted)} left with marketing`,
    `  MQLs         ${n(s.mqls)} (${pct(s.mqls, s.contacts)}); handoffs ${n(s.handoffs.accepted)} accepted, ${n(s.handoffs.rejected)} rejected, ${n(s.handoffs.overdue + s.handoffs.pending)} unanswered`,
    `  SLA          ${n(s.sla.met)} met, ${n(s.sla.breached)} breached, ${n(s.sla.open)} still running: ${s.sla.compliancePercent === null ? '–' : `${s.sla.compliancePercent.toFixed(1)}%`} compliance`,
    `  first touch  median ${minutes(s.firstTouch.workingMinutes.median)} working minutes, p90 ${minutes(s.firstTouch.workingMinutes.p90)}`,
    `  escalations  ${s.escalations.byAction.map((a) => `${n(a.count)} ${a.action.replace('_', ' ')}`).join(', ') || 'none'}`,
    `  data quality ${n(s.dataQuality.fixes)} fixes on ${n(s.dataQuality.contactsFixed)} contacts, ${n(s.dataQuality.flags)} flags; ${n(s.importIssues.skippedRows)} input rows skipped`,
  ];
  const duplicates = figures.dataQuality.duplicates;
  if (duplicates.records > 0) lines.push(`  duplicates   ${n(duplicates.records)} contacts look like a second record of an earlier one; ${n(duplicates.twoReps)} went to a second rep`);
  const worst = [...figures.fairness].filter((r) => r.expected > 0).sort((a, b) => Math.abs(b.deviationPercent ?? 0) - Math.abs(a.deviationPercent ?? 0))[0];
  if (worst) lines.push(`  fairness     largest gap: ${worst.name} got ${n(worst.assigned)} leads, expected ${worst.expected.toFixed(1)}`);
  if (result.api) {
    const a = result.api.agreement;
    lines.push(`  HubSpot API  ${n(result.api.calls)} calls, ${(result.api.wallTimeAtLimitsMs / 60_000).toFixed(1)} min at ${result.api.rateLimit}; agrees with the rules on owner ${n(a.sameOwner)}/${n(a.contacts)}, score ${n(a.sameScore)}/${n(a.contacts)}, stage ${n(a.sameStage)}/${n(a.contacts)}`);
  }
  const comparison = result.comparison;
  if (comparison) lines.push(...comparisonSummaryLines(comparison).map((line) => `  ${line}`));
  lines.push(`Report:    ${run.reportFile}`, `Decisions: ${run.decisionsFile}`);
  return lines;
}

import type { SimulationResult } from '../simulate/simulation-result';
import { countBy } from './count-by';
import type { Spread } from './first-touch-figures';
import { tallySla, type SlaTally } from './sla-tally';

export interface EscalationCount {
  readonly action: string;
  readonly count: number;
  /** Of which on the first-touch SLA clock, and on the MQL handoff clock. */
  readonly onSla: number;
  readonly onHandoff: number;
}

export interface SummaryFigures {
  readonly contacts: number;
  /** Assigned to a rep (after any re-route). */
  readonly routed: number;
  /** Left in a queue because no rep could take them. */
  readonly queued: number;
  /** Not put through routing at all (e.g. subscribers left to marketing). */
  readonly notRouted: number;
  readonly mqls: number;
  readonly sla: SlaTally;
  readonly firstTouch: { readonly workingMinutes: Spread; readonly wallClockHours: Spread };
  readonly escalations: { readonly total: number; readonly byAction: readonly EscalationCount[] };
  readonly handoffs: { readonly offered: number; readonly accepted: number; readonly rejected: number; readonly overdue: number; readonly pending: number };
  readonly nurture: { readonly enrolments: number; readonly byTrack: readonly { readonly trackId: string; readonly label: string; readonly count: number }[] };
  readonly dataQuality: { readonly fixes: number; readonly flags: number; readonly contactsFixed: number; readonly contactsFlagged: number };
  readonly importIssues: { readonly total: number; readonly skippedRows: number; readonly droppedValues: number };
}

/** The ladder's usual order, so the table reads as escalation proceeds; other actions follow by name. */
const ACTION_ORDER: readonly string[] = ['task_owner', 'notify_manager', 'reroute'];

function actionRank(action: string): number {
  const rank = ACTION_ORDER.indexOf(action);
  return rank === -1 ? ACTION_ORDER.length : rank;
}

export function summaryFigures(result: SimulationResult, firstTouch: SummaryFigures['firstTouch']): SummaryFigures {
  const decisions = result.decisions;
  let routed = 0;
  let queued = 0;
  let mqls = 0;
  let fixes = 0;
  let flags = 0;
  let contactsFixed = 0;
  let contactsFlagged = 0;
  const handoffs = { offered: 0, accepted: 0, rejected: 0, overdue: 0, pending: 0 };
  const escalations = new Map<string, { count: number; onSla: number; onHandoff: number }>();
  for (const decision of decisions) {
    if (decision.route?.outcome === 'assigned') routed += 1;
    else if (decision.route?.outcome === 'queued') queued += 1;
    if (decision.score.mql) mqls += 1;
    fixes += decision.dataQuality.fixes.length;
    flags += decision.dataQuality.flags.length;
    if (decision.dataQuality.fixes.length > 0) contactsFixed += 1;
    if (decision.dataQuality.flags.length > 0) contactsFlagged += 1;
    if (decision.handoff !== null) {
      handoffs.offered += 1;
      handoffs[decision.handoff.status] += 1;
    }
    for (const escalation of decision.escalations) {
      const tally = escalations.get(escalation.action) ?? { count: 0, onSla: 0, onHandoff: 0 };
      tally.count += 1;
      if (escalation.clock === 'sla') tally.onSla += 1;
      else tally.onHandoff += 1;
      escalations.set(escalation.action, tally);
    }
  }
  const byAction = [...escalations]
    .map(([action, tally]) => ({ action, ...tally }))
    .sort((a, b) => actionRank(a.action) - actionRank(b.action) || a.action.localeCompare(b.action));
  const enrolled = decisions.flatMap((decision) => (decision.nurture === null ? [] : [decision.nurture]));
  const labels = new Map(enrolled.map((nurture) => [nurture.trackId, nurture.label]));
  const byTrack = countBy(enrolled, (nurture) => nurture.trackId).map(({ key, count }) => ({ trackId: key, label: labels.get(key) ?? key, count }));
  const skippedRows = result.importIssues.filter((issue) => issue.effect === 'skipped').length;
  return {
    contacts: decisions.length,
    routed,
    queued,
    notRouted: decisions.length - routed - queued,
    mqls,
    sla: tallySla(decisions.flatMap((decision) => (decision.sla === null ? [] : [decision.sla]))),
    firstTouch,
    escalations: { total: byAction.reduce((sum, row) => sum + row.count, 0), byAction },
    handoffs,
    nurture: { enrolments: enrolled.length, byTrack },
    dataQuality: { fixes, flags, contactsFixed, contactsFlagged },
    importIssues: { total: result.importIssues.length, skippedRows, droppedValues: result.importIssues.length - skippedRows },
  };
}

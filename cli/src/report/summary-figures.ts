import { skippedRowCount } from '../import/import-issue';
import type { ContactDecision, SimulationResult } from '../simulate/simulation-result';
import type { Spread } from './first-touch-figures';
import { SlaCounter, type SlaTally } from './sla-tally';

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

/** The summary's counts; `result` takes the first-touch spreads, which the first-touch figure already sorted out. */
export interface SummaryTally {
  add(decision: ContactDecision): void;
  result(firstTouch: SummaryFigures['firstTouch']): SummaryFigures;
}

export function summaryTally(importIssues: SimulationResult['importIssues']): SummaryTally {
  let contacts = 0;
  let routed = 0;
  let queued = 0;
  let mqls = 0;
  let fixes = 0;
  let flags = 0;
  let contactsFixed = 0;
  let contactsFlagged = 0;
  const sla = new SlaCounter();
  const handoffs = { offered: 0, accepted: 0, rejected: 0, overdue: 0, pending: 0 };
  const escalations = new Map<string, { count: number; onSla: number; onHandoff: number }>();
  const tracks = new Map<string, { label: string; count: number }>();
  let enrolments = 0;
  return {
    add(decision) {
      contacts += 1;
      if (decision.route?.outcome === 'assigned') routed += 1;
      else if (decision.route?.outcome === 'queued') queued += 1;
      if (decision.score.mql) mqls += 1;
      const dataQuality = decision.dataQuality;
      fixes += dataQuality.fixes.length;
      flags += dataQuality.flags.length;
      if (dataQuality.fixes.length > 0) contactsFixed += 1;
      if (dataQuality.flags.length > 0) contactsFlagged += 1;
      // Every clock counts: one breached before a re-route stays a breach even if the next owner met theirs.
      if (decision.sla !== null) for (const clock of [...(decision.earlierClocks ?? []), decision.sla]) sla.add(clock.status);
      if (decision.handoff !== null) {
        handoffs.offered += 1;
        handoffs[decision.handoff.status] += 1;
      }
      for (const escalation of decision.escalations) {
        let tally = escalations.get(escalation.action);
        if (tally === undefined) {
          tally = { count: 0, onSla: 0, onHandoff: 0 };
          escalations.set(escalation.action, tally);
        }
        tally.count += 1;
        if (escalation.clock === 'sla') tally.onSla += 1;
        else tally.onHandoff += 1;
      }
      const nurture = decision.nurture;
      if (nurture !== null) {
        enrolments += 1;
        const track = tracks.get(nurture.trackId);
        // A track renamed during the run shows its latest label.
        if (track === undefined) tracks.set(nurture.trackId, { label: nurture.label, count: 1 });
        else {
          track.label = nurture.label;
          track.count += 1;
        }
      }
    },
    result(firstTouch) {
      const byAction = [...escalations]
        .map(([action, tally]) => ({ action, ...tally }))
        .sort((a, b) => actionRank(a.action) - actionRank(b.action) || a.action.localeCompare(b.action));
      const skippedRows = skippedRowCount(importIssues);
      return {
        contacts,
        routed,
        queued,
        notRouted: contacts - routed - queued,
        mqls,
        sla: sla.tally(),
        firstTouch,
        escalations: { total: byAction.reduce((sum, row) => sum + row.count, 0), byAction },
        handoffs,
        nurture: { enrolments, byTrack: [...tracks].map(([trackId, { label, count }]) => ({ trackId, label, count })) },
        dataQuality: { fixes, flags, contactsFixed, contactsFlagged },
        importIssues: { total: importIssues.length, skippedRows, droppedValues: importIssues.filter((issue) => issue.effect === 'value-dropped').length },
      };
    },
  };
}

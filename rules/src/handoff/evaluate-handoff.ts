import type { WorkingCalendar } from '../calendar/working-calendar';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact, StageTransition } from '../shared/contact';
import type { Reason } from '../shared/reason';
import type { Instant } from '../shared/time';
import { ladderPosition, type EscalationDecision } from '../sla/escalation-ladder';

export type HandoffResponse =
  | { readonly kind: 'accept'; readonly at: Instant }
  | { readonly kind: 'reject'; readonly at: Instant; readonly reasonCode: string; readonly comment?: string };

export interface HandoffRequest {
  readonly contact: Contact;
  readonly receiverOwnerId: string;
  readonly calendar: WorkingCalendar;
  /** When the MQL was handed to the receiving rep. */
  readonly offeredAt: Instant;
  readonly response?: HandoffResponse;
  readonly escalationsDone?: readonly string[];
}

export type HandoffEvaluation =
  | {
      readonly ok: true;
      readonly status: 'pending' | 'overdue' | 'accepted' | 'rejected';
      readonly dueAt: Instant | null;
      readonly remainingWorkingMinutes: number;
      /** The stage to set in HubSpot, with the transition to record; null while pending. */
      readonly stageChange: { readonly stageId: string; readonly hubspotValue: string; readonly transition: StageTransition } | null;
      readonly nurtureSuggestion: { readonly trackId: string; readonly label: string } | null;
      /** On a reject whose reason names one: the value to write to the open-lead property, so the lead is no longer the rep's open lead. */
      readonly leadStatus: { readonly property: string; readonly value: string } | null;
      readonly escalationsDue: readonly EscalationDecision[];
      readonly nextEscalation: EscalationDecision | null;
      readonly reasons: readonly Reason[];
    }
  | { readonly ok: false; readonly code: 'no-handoff-config' | 'unknown-reject-reason'; readonly message: string; readonly fix: string };

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The MQL → SQL handoff as an SLA of its own: the receiving rep accepts or rejects within N working
 * hours. Accept moves the stage forward; reject needs a reason code from the config and recycles the
 * contact (stage back, nurture track suggested); an unanswered handoff escalates like any SLA, so none
 * is lost.
 */
export function evaluateHandoff(request: HandoffRequest, config: LeadOpsConfig, now: Instant): HandoffEvaluation {
  const handoff = config.handoff;
  if (!handoff) return { ok: false, code: 'no-handoff-config', message: 'This configuration defines no handoff.', fix: 'Add a "handoff" section (fromStage, toStage, acceptWithinWorkingMinutes, rejectReasons).' };
  const stages = config.lifecycle.stages;
  const stage = (id: string) => stages.find((s) => s.id === id) as (typeof stages)[number];
  const from = stage(handoff.fromStage);
  const { calendar } = request;
  const startsAt = calendar.nextWorkingMoment(request.offeredAt);
  const dueAt = startsAt === null ? null : calendar.addWorkingMinutes(startsAt, handoff.acceptWithinWorkingMinutes);
  const reasons: Reason[] = [];
  const response = request.response && request.response.at <= now ? request.response : undefined;

  if (response?.kind === 'reject') {
    const reason = handoff.rejectReasons.find((r) => r.code === response.reasonCode);
    if (!reason) return { ok: false, code: 'unknown-reject-reason', message: `"${response.reasonCode}" is not a reject reason in the config.`, fix: `Choose one of: ${handoff.rejectReasons.map((r) => `${r.code} (${r.label})`).join(', ')}.` };
    const back = stage(reason.recycleTo);
    const track = reason.suggestTrack ? config.nurture.tracks.find((t) => t.id === reason.suggestTrack) : undefined;
    const transition: StageTransition = { from: from.id, to: back.id, at: response.at, kind: 'recycle', reasonCode: reason.code, ...(response.comment ? { note: response.comment } : {}) };
    reasons.push({ code: 'handoff', text: `Rejected: ${reason.label}. Back to ${back.label}${track ? `; suggested nurture: ${track.label}` : ''}` });
    const leadStatus = reason.leadStatus === undefined ? null : { property: config.routing.openLeads.property, value: reason.leadStatus };
    if (leadStatus) reasons.push({ code: 'handoff', text: `Lead status ${leadStatus.value}: no longer an open lead of the rep who rejected it` });
    return { ok: true, status: 'rejected', dueAt, remainingWorkingMinutes: 0, stageChange: { stageId: back.id, hubspotValue: back.hubspotValue, transition }, nurtureSuggestion: track ? { trackId: track.id, label: track.label } : null, leadStatus, escalationsDue: [], nextEscalation: null, reasons };
  }
  if (response?.kind === 'accept') {
    const to = stage(handoff.toStage);
    const late = dueAt !== null && response.at > dueAt;
    reasons.push({ code: 'handoff', text: `Accepted${late ? ' after the handoff deadline' : ''}: moves to ${to.label}` });
    return { ok: true, status: 'accepted', dueAt, remainingWorkingMinutes: 0, stageChange: { stageId: to.id, hubspotValue: to.hubspotValue, transition: { from: from.id, to: to.id, at: response.at, kind: 'handoff_accepted' } }, nurtureSuggestion: null, leadStatus: null, escalationsDue: [], nextEscalation: null, reasons };
  }
  if (startsAt === null || dueAt === null) {
    reasons.push({ code: 'handoff', text: 'The receiving rep has no working hours ahead: re-route the handoff' });
    return { ok: true, status: 'overdue', dueAt: null, remainingWorkingMinutes: 0, stageChange: null, nurtureSuggestion: null, leadStatus: null, escalationsDue: [], nextEscalation: null, reasons };
  }
  const overdue = now >= dueAt;
  const remaining = overdue ? -calendar.workingMinutesBetween(dueAt, now) : calendar.workingMinutesBetween(now, dueAt);
  const since = round1(-remaining);
  reasons.push({ code: 'handoff', text: !overdue ? `Waiting for the rep: ${round1(remaining)} of ${handoff.acceptWithinWorkingMinutes} working minutes left to accept or reject` : since > 0 ? `Overdue: not answered ${since} working minutes after the deadline` : 'Overdue: not answered by the deadline, which fell at the close of working hours; no working minute has passed since' });
  const ladder = ladderPosition(handoff.escalation, { calendar, startsAt, dueAt, allowedMinutes: handoff.acceptWithinWorkingMinutes, subject: 'handoff' }, request.escalationsDone ?? [], now);
  for (const step of ladder.due) reasons.push({ code: 'sla-escalation', text: `Escalate now: ${step.text}` });
  return { ok: true, status: overdue ? 'overdue' : 'pending', dueAt, remainingWorkingMinutes: round1(remaining), stageChange: null, nurtureSuggestion: null, leadStatus: null, escalationsDue: ladder.due, nextEscalation: ladder.next, reasons };
}

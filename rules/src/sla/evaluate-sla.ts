import type { WorkingCalendar } from '../calendar/working-calendar';
import { compileCondition, type CompiledCondition } from '../conditions/compile-condition';
import { contactConditionContext } from '../config/condition-context';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Contact } from '../shared/contact';
import type { Reason } from '../shared/reason';
import type { Instant } from '../shared/time';
import { ladderPosition, type EscalationDecision } from './escalation-ladder';

type SlaPolicy = LeadOpsConfig['sla']['policies'][number];

export type SlaStatus = 'on_track' | 'at_risk' | 'breached' | 'met' | 'no_policy';

export interface SlaRequest {
  /** The contact as scoring left it (policies may test leadops_is_mql and other derived values). */
  readonly contact: Contact;
  readonly ownerId: string;
  /** The owner's calendar: the clock runs only in the owner's working time. */
  readonly calendar: WorkingCalendar;
  /** When the current owner got the lead; a re-assignment restarts the clock for the new owner. */
  readonly assignedAt: Instant;
  /** The owner's first touch (hs_sa_first_engagement_date, or another configured property), if any. */
  readonly firstTouchAt: Instant | null;
  /** Escalation steps already executed for this assignment. */
  readonly escalationsDone?: readonly string[];
  /**
   * The policy chosen when this assignment's clock started. The clock keeps it: a lead that becomes an
   * MQL an hour after assignment is not judged by the 30-minute MQL policy from the start. `null`: no
   * policy applied at assignment, so no clock runs. Absent (not recorded), or no longer in the config:
   * the policy is chosen now.
   */
  readonly policyId?: string | null | undefined;
}

export interface SlaEvaluation {
  readonly status: SlaStatus;
  readonly policy: { readonly id: string; readonly label: string; readonly workingMinutes: number } | null;
  readonly ownerId: string;
  readonly startsAt: Instant | null;
  readonly dueAt: Instant | null;
  readonly metAt: Instant | null;
  /** Working minutes used so far (until the first touch once there is one). */
  readonly elapsedWorkingMinutes: number;
  /** Working minutes left before the due time; negative once breached. */
  readonly remainingWorkingMinutes: number;
  readonly percentUsed: number;
  readonly escalationsDue: readonly EscalationDecision[];
  readonly nextEscalation: EscalationDecision | null;
  readonly reasons: readonly Reason[];
}

const policies = new WeakMap<LeadOpsConfig, readonly { readonly policy: SlaPolicy; readonly when: CompiledCondition }[]>();

function compiledPolicies(config: LeadOpsConfig) {
  let compiled = policies.get(config);
  if (!compiled) {
    const context = contactConditionContext(config);
    compiled = config.sla.policies.map((policy) => {
      const result = compileCondition(policy.when, context);
      if (!result.ok) throw new TypeError(`SLA policy ${policy.id}: ${result.problems.map((p) => p.message).join('; ')} (validate the config with parseConfig first)`);
      return { policy, when: result.condition };
    });
    policies.set(config, compiled);
  }
  return compiled;
}

/** The first SLA policy whose condition the contact meets, with the sentence saying why. */
export function selectSlaPolicy(contact: Contact, config: LeadOpsConfig, now: Instant): { readonly policy: SlaPolicy; readonly because: string } | null {
  for (const { policy, when } of compiledPolicies(config)) {
    const result = when.evaluate(contact.properties, now);
    if (result.matched) return { policy, because: result.criterion };
  }
  return null;
}

/** Why a clock keeps the policy it started with: its condition if that still holds, else the assignment. */
function pinnedBecause(when: CompiledCondition, contact: Contact, now: Instant): string {
  const result = when.evaluate(contact.properties, now);
  return result.matched ? result.criterion : 'it was chosen when the lead was assigned';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The SLA clock of one assignment at `now`: due time in the owner's working hours, status (on track,
 * at risk, breached, met), remaining working time, and the escalation steps due now with the next one.
 * The clock starts at assignment, or at the owner's next working moment (config `sla.clockStarts`), and
 * stops at the first touch.
 */
export function evaluateSla(request: SlaRequest, config: LeadOpsConfig, now: Instant): SlaEvaluation {
  const { calendar, ownerId } = request;
  const pinned = request.policyId ? compiledPolicies(config).find((candidate) => candidate.policy.id === request.policyId) : undefined;
  const selected = pinned ? { policy: pinned.policy, because: pinnedBecause(pinned.when, request.contact, now) } : request.policyId === null ? null : selectSlaPolicy(request.contact, config, now);
  const empty = { ownerId, startsAt: null, dueAt: null, metAt: null, elapsedWorkingMinutes: 0, remainingWorkingMinutes: 0, percentUsed: 0, escalationsDue: [], nextEscalation: null };
  if (request.policyId === null) return { ...empty, status: 'no_policy', policy: null, reasons: [{ code: 'sla-status', text: 'No SLA policy applied when the lead was assigned, so no clock runs for this assignment' }] };
  if (!selected) return { ...empty, status: 'no_policy', policy: null, reasons: [{ code: 'sla-status', text: 'No SLA policy applies to this contact' }] };
  const { policy } = selected;
  const allowed = policy.firstTouchWorkingMinutes;
  const startsAt = config.sla.clockStarts === 'assignment' ? request.assignedAt : calendar.nextWorkingMoment(request.assignedAt);
  const dueAt = startsAt === null ? null : calendar.addWorkingMinutes(startsAt, allowed);
  const policyView = { id: policy.id, label: policy.label, workingMinutes: allowed };
  if (startsAt === null || dueAt === null) {
    return { ...empty, status: 'no_policy', policy: policyView, reasons: [{ code: 'sla-status', text: `${policy.label}: the owner has no working hours ahead, so no due time can be set` }] };
  }

  // A touch from before this assignment was someone else's, or an earlier cycle's: it cannot meet this clock.
  const earlier = request.firstTouchAt !== null && request.firstTouchAt < request.assignedAt;
  const touch = request.firstTouchAt !== null && !earlier && request.firstTouchAt <= now ? request.firstTouchAt : null;
  const clockEnd = touch ?? now;
  const elapsed = calendar.workingMinutesBetween(startsAt, clockEnd);
  // Read before the clock starts (a check on a host whose clock is behind the one that assigned), the whole
  // allowance is left, never more.
  const remaining = touch === null ? (now >= dueAt ? -calendar.workingMinutesBetween(dueAt, now) : calendar.workingMinutesBetween(Math.max(now, startsAt), dueAt)) : allowed - elapsed;
  const exactPercent = (elapsed / allowed) * 100;
  const percentUsed = round1(exactPercent);
  const reasons: Reason[] = [{ code: 'sla-status', text: `${policy.label} applies because ${selected.because}` }];
  if (earlier) reasons.push({ code: 'sla-status', text: 'The recorded first touch came before this assignment, so it does not count for this clock' });

  let status: SlaStatus;
  if (touch !== null) {
    status = touch <= dueAt ? 'met' : 'breached';
    // A due time at the close of working hours can be missed by no working minute at all (a touch that
    // evening): the text says so rather than "0 working minutes late".
    const late = round1(elapsed - allowed);
    reasons.push({ code: 'sla-status', text: touch <= dueAt ? `Met: first touch after ${round1(elapsed)} of ${allowed} working minutes` : late > 0 ? `Breached: first touch came ${late} working minutes late` : 'Breached: first touch came after the due time, which fell at the close of working hours, so no working minute late' });
  } else if (now >= dueAt) {
    status = 'breached';
    const since = round1(-remaining);
    reasons.push({ code: 'sla-status', text: since > 0 ? `Breached: no touch ${since} working minutes after the due time` : 'Breached: no touch by the due time, which fell at the close of working hours; no working minute has passed since' });
  } else if (exactPercent >= policy.atRiskPercent) {
    // Compared unrounded: 74.96% shows as 75% but is not yet at risk, as the 75% escalation step agrees.
    status = 'at_risk';
    reasons.push({ code: 'sla-status', text: `At risk: ${percentUsed}% of ${allowed} working minutes used, ${round1(remaining)} left` });
  } else {
    status = 'on_track';
    reasons.push({ code: 'sla-status', text: `On track: ${round1(remaining)} of ${allowed} working minutes left` });
  }

  // A touched lead needs no escalation, however late the touch was.
  const ladder = touch === null ? ladderPosition(config.sla.escalation, { calendar, startsAt, dueAt, allowedMinutes: allowed, subject: 'SLA' }, request.escalationsDone ?? [], now) : { due: [], next: null };
  for (const step of ladder.due) reasons.push({ code: 'sla-escalation', text: `Escalate now: ${step.text}` });
  return { status, policy: policyView, ownerId, startsAt, dueAt, metAt: touch, elapsedWorkingMinutes: round1(elapsed), remainingWorkingMinutes: round1(remaining), percentUsed, escalationsDue: ladder.due, nextEscalation: ladder.next, reasons };
}

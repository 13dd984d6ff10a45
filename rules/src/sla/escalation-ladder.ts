import type { WorkingCalendar } from '../calendar/working-calendar';
import type { LeadOpsConfig } from '../config/leadops-config.schema';
import type { Instant } from '../shared/time';

export type EscalationStep = LeadOpsConfig['sla']['escalation'][number];

/** A step of the ladder that is due: the adapter executes it (task, notification, re-route) and records its id. */
export interface EscalationDecision {
  readonly stepId: string;
  readonly label: string;
  readonly action: EscalationStep['action'];
  /** When the step became due. */
  readonly at: Instant;
  readonly text: string;
}

export interface LadderPosition {
  readonly due: readonly EscalationDecision[];
  readonly next: EscalationDecision | null;
}

/**
 * Where a clock stands on its escalation ladder at `now`. Percent steps fall at that share of the
 * working time allowed; "after breach" steps at that many working minutes past the due time, in the
 * same calendar. Steps already done are not repeated.
 */
export function ladderPosition(steps: readonly EscalationStep[], clock: { readonly calendar: WorkingCalendar; readonly startsAt: Instant; readonly dueAt: Instant; readonly allowedMinutes: number; readonly subject: string }, done: readonly string[], now: Instant): LadderPosition {
  const due: EscalationDecision[] = [];
  let next: EscalationDecision | null = null;
  for (const step of steps) {
    const at = 'percent' in step.at
      ? step.at.percent >= 100
        ? clock.dueAt
        : clock.calendar.addWorkingMinutes(clock.startsAt, (clock.allowedMinutes * step.at.percent) / 100)
      : clock.calendar.addWorkingMinutes(clock.dueAt, step.at.minutesAfterBreach);
    if (at === null) continue;
    const when = 'percent' in step.at ? `${step.at.percent}% of the ${clock.subject} time used` : `${step.at.minutesAfterBreach} working minutes after the ${clock.subject} was breached`;
    const decision: EscalationDecision = { stepId: step.id, label: step.label, action: step.action, at, text: `${step.label}: ${when}` };
    if (at <= now) {
      if (!done.includes(step.id)) due.push(decision);
    } else if (next === null || at < next.at) {
      next = decision;
    }
  }
  return { due, next };
}

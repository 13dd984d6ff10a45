import type { ContactDecision, EscalationOutcome } from '../simulate/simulation-result';
import { breachedAnyClock } from './breached-contact';
import { contactDisplayName } from './contact-display-name';
import type { DecisionTally } from './decision-tally';
import { ownerLabel } from './owner-label';

/** A contact whose SLA was breached or whose clocks escalated. */
export interface BreachRow {
  /** Position in `decisions`: the report's anchor to the contact's decision log. */
  readonly contactIndex: number;
  readonly contactId: string;
  readonly name: string;
  readonly owner: string;
  readonly team: string | null;
  readonly policyLabel: string | null;
  readonly slaStatus: NonNullable<ContactDecision['sla']>['status'] | null;
  /** An owner before a re-route let an earlier clock run out, whatever the last owner's SLA says. */
  readonly breachedBeforeReroute: boolean;
  readonly allowedWorkingMinutes: number | null;
  readonly workingMinutesToTouch: number | null;
  readonly dueAt: number | null;
  readonly firstTouchAt: number | null;
  readonly escalations: readonly EscalationOutcome[];
}

/**
 * Contacts with a breached SLA (any clock, a re-routed owner's included) and every escalation, in the
 * order contacts arrived.
 */
export function breachListTally(): DecisionTally<BreachRow[]> {
  const rows: BreachRow[] = [];
  return {
    add(decision, contactIndex) {
      const sla = decision.sla;
      const breachedBeforeReroute = (decision.earlierClocks ?? []).some((clock) => clock.status === 'breached');
      if (!breachedAnyClock(decision) && decision.escalations.length === 0) return;
      rows.push({
        contactIndex,
        contactId: decision.contactId,
        name: contactDisplayName(decision),
        owner: ownerLabel(decision.route),
        team: decision.route?.team ?? null,
        policyLabel: sla?.policyLabel ?? null,
        slaStatus: sla?.status ?? null,
        breachedBeforeReroute,
        allowedWorkingMinutes: sla?.allowedWorkingMinutes ?? null,
        workingMinutesToTouch: sla?.workingMinutesToTouch ?? null,
        dueAt: sla?.dueAt ?? null,
        firstTouchAt: sla?.firstTouchAt ?? null,
        escalations: decision.escalations,
      });
    },
    // Decisions come as contacts' stories end: put the rows back in arrival order.
    result: () => [...rows].sort((a, b) => a.contactIndex - b.contactIndex),
  };
}

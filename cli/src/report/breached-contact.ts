import type { ContactDecision } from '../simulate/simulation-result';

/**
 * Whether any of the contact's clocks breached: a re-route does not undo the first owner's breach. The
 * one meaning of a breached contact in the breach list, the comparison and the contacts filter.
 */
export function breachedAnyClock(decision: Pick<ContactDecision, 'sla' | 'earlierClocks'>): boolean {
  return decision.sla?.status === 'breached' || (decision.earlierClocks ?? []).some((clock) => clock.status === 'breached');
}

import type { RoutingState } from './routing-state';

export interface FairnessRow {
  readonly ownerId: string;
  readonly expected: number;
  readonly received: number;
  readonly expectedShare: number;
  readonly receivedShare: number;
  /** received − expected: positive means the rep got more than its share. */
  readonly difference: number;
}

/**
 * Expected against received leads per rep in one pool and period: expected adds each member's weight
 * share for every lead the pool routed, received counts what it got.
 */
export function fairnessLedger(state: RoutingState, poolId: string, period: string): FairnessRow[] {
  const entries = Object.entries(state.ledger[poolId]?.[period] ?? {});
  const expectedTotal = entries.reduce((sum, [, e]) => sum + e.expected, 0);
  const receivedTotal = entries.reduce((sum, [, e]) => sum + e.received, 0);
  return entries
    .map(([ownerId, e]) => ({
      ownerId,
      expected: e.expected,
      received: e.received,
      expectedShare: expectedTotal === 0 ? 0 : e.expected / expectedTotal,
      receivedShare: receivedTotal === 0 ? 0 : e.received / receivedTotal,
      difference: e.received - e.expected,
    }))
    .sort((a, b) => (a.ownerId < b.ownerId ? -1 : 1));
}

import type { RoutingState } from './routing-state';

/**
 * The state without the oldest month of its fairness ledger (in every pool), and which month that was;
 * null when the ledger holds nothing to drop. The adapter drops months only when the saved state would
 * not fit where HubSpot keeps it: turn order and day counts matter more than old fairness history.
 */
export function withoutOldestLedgerPeriod(state: RoutingState): { readonly state: RoutingState; readonly period: string } | null {
  let oldest: string | null = null;
  for (const periods of Object.values(state.ledger)) {
    for (const period of Object.keys(periods)) if (oldest === null || period < oldest) oldest = period;
  }
  if (oldest === null) return null;
  const dropped = oldest;
  const ledger = Object.fromEntries(
    Object.entries(state.ledger)
      .map(([poolId, periods]) => [poolId, Object.fromEntries(Object.entries(periods).filter(([period]) => period !== dropped))] as const)
      // A pool whose only month went has no history left; keeping an empty record would only cost space.
      .filter(([, periods]) => Object.keys(periods).length > 0),
  );
  return { state: { ...state, ledger }, period: dropped };
}

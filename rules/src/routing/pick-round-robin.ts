import type { PoolState } from './routing-state';

/** Owner ids in a fixed order that does not depend on who is in the pool today. */
export function compareOwnerIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The first eligible member after the last one served, in owner-id order. Because the position is an
 * owner id and not an index, adding, removing or returning reps moves nobody's turn and gives nobody a
 * burst of leads.
 */
export function pickRoundRobin(eligible: readonly string[], state: PoolState | undefined, nameOf: (ownerId: string) => string = (ownerId) => ownerId): { ownerId: string; state: PoolState; why: string } {
  const ordered = [...eligible].sort(compareOwnerIds);
  const last = state?.lastOwnerId;
  const next = (last === undefined ? undefined : ordered.find((id) => compareOwnerIds(id, last) > 0)) ?? (ordered[0] as string);
  const why = last === undefined ? 'first lead of this pool' : `next in turn after ${nameOf(last)}`;
  return { ownerId: next, state: { ...state, lastOwnerId: next }, why };
}

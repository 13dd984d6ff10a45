import { keyedTurns } from './keyed-turns';

const turns = keyedTurns();

/**
 * Routings in this process, one at a time from reading the routing state to saving it. The state is
 * one HubSpot record with no compare-and-set, so two routings that overlap read the same round-robin
 * turn and open-lead counts, and the later save erases the earlier: 200 leads arriving together went
 * 28 / 172 / 0 across a three-rep round robin. Taking turns makes each routing see the one before it.
 * Routings in other processes (a second `leadops serve`) are not ordered with these.
 */
export function inRoutingTurn<T>(work: () => Promise<T>): Promise<T> {
  return turns('routing state', work);
}

import { NOW, buildContact } from '../../test-support/build-contact';
import { TEAM, routingConfig } from '../../test-support/routing-fixture';
import { fairnessLedger } from './fairness-ledger';
import { withoutOldestLedgerPeriod } from './ledger-trim';
import { routeLead } from './route-lead';
import { EMPTY_ROUTING_STATE, type RoutingState } from './routing-state';

const DAY_MS = 86_400_000;
const emea = buildContact({ properties: { numemployees: '40', country: 'DE' } });
const smb = buildContact({ properties: { numemployees: '40', country: 'US' } });

/** Routes the contacts one after another at the given instants, as production would. */
function routeAll(leads: readonly { contact: typeof emea; at: number }[]): RoutingState {
  const config = routingConfig();
  return leads.reduce((state, { contact, at }) => routeLead({ contact, reps: TEAM, state, now: at }, config).state, EMPTY_ROUTING_STATE);
}

describe('withoutOldestLedgerPeriod', () => {
  // EMEA leads in September, October and November 2026; an SMB lead only in October.
  const state = routeAll([
    { contact: emea, at: NOW - 70 * DAY_MS },
    { contact: emea, at: NOW - 40 * DAY_MS },
    { contact: emea, at: NOW - 39 * DAY_MS },
    { contact: smb, at: NOW - 40 * DAY_MS },
    { contact: emea, at: NOW },
  ]);
  const poolOf = (contact: typeof emea) => routeLead({ contact, reps: TEAM, state: EMPTY_ROUTING_STATE, now: NOW }, routingConfig()).poolId ?? '';

  it('drops the oldest month of every pool and keeps the later months, turn order and day counts', () => {
    const poolsBefore = Object.keys(state.ledger).sort();
    const trimmed = withoutOldestLedgerPeriod(state);
    expect(trimmed?.period).toBe('2026-09');
    expect(trimmed?.state.pools).toBe(state.pools);
    expect(trimmed?.state.reps).toBe(state.reps);
    expect(Object.keys(trimmed?.state.ledger ?? {}).sort()).toEqual(poolsBefore);
    for (const [poolId, periods] of Object.entries(trimmed?.state.ledger ?? {})) {
      expect(Object.keys(periods)).not.toContain('2026-09');
      for (const period of Object.keys(periods)) expect(fairnessLedger(trimmed?.state ?? state, poolId, period)).toEqual(fairnessLedger(state, poolId, period));
    }
  });

  it('removes a pool whose only month was dropped, and says null once nothing is left', () => {
    let current: RoutingState = state;
    const dropped: string[] = [];
    const poolsLeft: string[][] = [];
    for (let next = withoutOldestLedgerPeriod(current); next; next = withoutOldestLedgerPeriod(current)) {
      dropped.push(next.period);
      current = next.state;
      poolsLeft.push(Object.keys(current.ledger).sort());
    }
    expect(dropped).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(poolsLeft).toEqual([[poolOf(emea), poolOf(smb)].sort(), [poolOf(emea)], []]);
    expect(current.ledger).toEqual({});
    expect(current.pools).toBe(state.pools);
  });
});

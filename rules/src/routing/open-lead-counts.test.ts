import { NOW, buildContact } from '../../test-support/build-contact';
import { TEAM, routingConfig } from '../../test-support/routing-fixture';
import { ownersWithOpenLeadRules, withOpenLeadCounts } from './open-lead-counts';
import { routeLead } from './route-lead';
import { EMPTY_ROUTING_STATE, type RoutingState } from './routing-state';

const emea = buildContact({ properties: { numemployees: '40', country: 'DE' } });
const smb = buildContact({ properties: { numemployees: '40', country: 'US' } });

/** The fixture with Eli (EMEA round robin) capped at 5 open leads. */
const cappedEli = routingConfig((r) => {
  r['reps'] = (r['reps'] as { ownerId: string }[]).map((x) => (x.ownerId === '22' ? { ...x, caps: { openLeads: 5 } } : x));
});

describe('ownersWithOpenLeadRules', () => {
  it('names the members of least-loaded pools and the reps with an open-lead cap, nobody else', () => {
    // The fixture's SDR pool (31, 32) is least loaded; the weighted and round-robin pools have no caps.
    expect(ownersWithOpenLeadRules(routingConfig())).toEqual(['31', '32']);
    expect(ownersWithOpenLeadRules(cappedEli)).toEqual(['22', '31', '32']);
  });

  it('names every member of a pool whose members are capped by the pool', () => {
    const config = routingConfig((r) => {
      r['pools'] = (r['pools'] as { id: string }[]).map((p) => (p.id === 'enterprise' ? { ...p, caps: { openLeads: 20 } } : p));
    });
    expect(ownersWithOpenLeadRules(config)).toEqual(['11', '12', '13', '31', '32']);
  });
});

describe('withOpenLeadCounts', () => {
  it('gives a capped rep leads again once the CRM shows they closed some, where the assigned count alone would keep them out', () => {
    // Eli reached the cap with five leads LeadOps assigned earlier.
    const stale: RoutingState = { ...EMPTY_ROUTING_STATE, pools: { emea: { lastOwnerId: '21' } }, reps: { '22': { day: '2026-11-23', assignedOnDay: 5, openLeads: 5 } } };
    const before = routeLead({ contact: emea, reps: TEAM, state: stale, now: NOW }, cappedEli);
    expect(before.ownerId).toBe('23');
    expect(before.skipped.map((s) => s.code)).toEqual(['open_cap']);
    // Two of them were disqualified in HubSpot since.
    const after = routeLead({ contact: emea, reps: TEAM, state: withOpenLeadCounts(stale, new Map([['22', 3]])), now: NOW }, cappedEli);
    expect(after.ownerId).toBe('22');
    expect(after.state.reps['22']?.openLeads).toBe(4);
  });

  it('sends a least-loaded lead to the rep with fewer open leads in the CRM, not the one assigned fewer', () => {
    const byAssignment: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { '31': { day: '2026-11-24', assignedOnDay: 1, openLeads: 40 }, '32': { day: '2026-11-24', assignedOnDay: 1, openLeads: 10 } } };
    const decision = routeLead({ contact: smb, reps: TEAM, state: withOpenLeadCounts(byAssignment, new Map([['31', 2], ['32', 7]])), now: NOW }, routingConfig());
    expect(decision.ownerId).toBe('31');
    expect(decision.explanation).toContain('fewest open leads (2)');
  });

  it('keeps the per-day counts and turn order, and starts a rep it has not seen with no leads today', () => {
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, pools: { emea: { lastOwnerId: '22' } }, reps: { '31': { day: '2026-11-24', assignedOnDay: 4, openLeads: 9, lastAssignedAt: NOW - 1000 } } };
    const refreshed = withOpenLeadCounts(state, new Map([['31', 2], ['32', 6]]));
    expect(refreshed.reps).toEqual({ '31': { day: '2026-11-24', assignedOnDay: 4, openLeads: 2, lastAssignedAt: NOW - 1000 }, '32': { day: '', assignedOnDay: 0, openLeads: 6 } });
    expect(refreshed.pools).toBe(state.pools);
    expect(state.reps['31']?.openLeads).toBe(9);
  });

  it('returns the same state when nothing was counted or every count stands', () => {
    expect(withOpenLeadCounts(EMPTY_ROUTING_STATE, new Map())).toBe(EMPTY_ROUTING_STATE);
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { '31': { day: '2026-11-24', assignedOnDay: 4, openLeads: 9 } } };
    expect(withOpenLeadCounts(state, new Map([['31', 9], ['32', 0]]))).toBe(state);
  });
});

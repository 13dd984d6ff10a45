import fc from 'fast-check';
import { NOW, buildContact } from '../../test-support/build-contact';
import { NEW_YORK_OFFICE, TEAM, calendar, rep, routingConfig } from '../../test-support/routing-fixture';
import { fairnessLedger } from './fairness-ledger';
import { managerOf } from './manager-of';
import { routeLead, type RouteRequest, type RoutingDecision } from './route-lead';
import type { RoutingRep } from './routing-rep';
import { EMPTY_ROUTING_STATE, type RoutingState } from './routing-state';

const config = routingConfig();
const smb = buildContact({ properties: { numemployees: '40', country: 'US' } });
const emea = buildContact({ properties: { numemployees: '40', country: 'DE' } });
const enterprise = buildContact({ properties: { numemployees: '5000', country: 'US' } });

function route(contact = smb, overrides: Partial<RouteRequest> = {}, cfg = config): RoutingDecision {
  return routeLead({ contact, reps: TEAM, state: EMPTY_ROUTING_STATE, now: NOW, ...overrides }, cfg);
}

function poolNamed(routing: Record<string, unknown>, id: string): { members: { ownerId: string }[] } {
  const pool = (routing['pools'] as { id: string; members: { ownerId: string }[] }[]).find((p) => p.id === id);
  if (!pool) throw new Error(`no pool ${id} in the fixture`);
  return pool;
}

/** Routes `count` leads in a row, carrying the state, and returns who got each. */
function routeMany(count: number, contact = emea, reps: readonly RoutingRep[] = TEAM, start: RoutingState = EMPTY_ROUTING_STATE, cfg = config): { owners: string[]; state: RoutingState } {
  let state = start;
  const owners: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const decision = routeLead({ contact, reps, state, now: NOW + i * 10_000 }, cfg);
    owners.push(decision.ownerId ?? 'queue');
    state = decision.state;
  }
  return { owners, state };
}

describe('routeLead', () => {
  it('uses the first rule that matches and says why earlier rules did not', () => {
    const decision = route(emea);
    expect(decision.ruleId).toBe('emea');
    expect(decision.rulesNotMatched).toEqual([
      { ruleId: 'vip', sentence: "Email does not end with '@vip.example'" },
      { ruleId: 'enterprise', sentence: 'Number of employees is below 1000' },
    ]);
    expect(decision.explanation).toMatch(/^Rule "EMEA" matched\. Earlier rules did not apply: "VIP accounts" \(Email does not end with '@vip\.example'\); "Enterprise" \(Number of employees is below 1000\)\. Pool "EMEA" uses round robin\. Assigned to Dev/);
  });

  it('sends a named-owner rule to that owner', () => {
    expect(route(buildContact({ properties: { email: 'ceo@vip.example' } })).ownerName).toBe('Vera');
  });

  describe('round robin', () => {
    it('takes turns in owner-id order', () => {
      expect(routeMany(6).owners).toEqual(['21', '22', '23', '21', '22', '23']);
    });

    it('keeps its place when the last rep served leaves the pool', () => {
      const first = routeMany(2); // 21, 22
      const withoutEli = routingConfig((r) => {
        poolNamed(r, 'emea').members = [{ ownerId: '21' }, { ownerId: '23' }];
      });
      expect(routeMany(3, emea, TEAM, first.state, withoutEli).owners).toEqual(['23', '21', '23']);
    });

    it('gives a returning rep its normal turn, not a burst', () => {
      const eliAway = TEAM.map((r) => (r.ownerId === '22' ? rep('22', 'Eli', { availability: 'away' }) : r));
      const whileAway = routeMany(4, emea, eliAway); // 21, 23, 21, 23
      expect(whileAway.owners).toEqual(['21', '23', '21', '23']);
      expect(routeMany(6, emea, TEAM, whileAway.state).owners).toEqual(['21', '22', '23', '21', '22', '23']);
    });

    it('slots a new rep into the rotation by owner id', () => {
      const first = routeMany(1); // 21
      const withNewRep = routingConfig((r) => {
        (r['reps'] as object[]).push({ ownerId: '215', name: 'New' });
        poolNamed(r, 'emea').members.push({ ownerId: '215' });
      });
      const team = [...TEAM, rep('215', 'New')];
      expect(routeMany(4, emea, team, first.state, withNewRep).owners).toEqual(['22', '23', '215', '21']);
    });
  });

  it('shares a weighted pool within 1% of the weights over 10,000 leads', () => {
    const { owners, state } = routeMany(10_000, enterprise);
    const share = (id: string) => owners.filter((o) => o === id).length / owners.length;
    expect(Math.abs(share('11') - 3 / 6)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share('12') - 2 / 6)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share('13') - 1 / 6)).toBeLessThanOrEqual(0.01);
    // The smooth variant never gives the same rep three in a row here (3:2:1 → A B A C B A …).
    expect(owners.join(',')).not.toContain('11,11,11');
    const ledger = fairnessLedger(state, 'enterprise', '2026-11');
    expect(ledger.map((row) => [row.ownerId, Math.round(row.expected), row.received])).toEqual([['11', 5000, 5000], ['12', 3333, 3333], ['13', 1667, 1667]]);
  });

  it('keeps twelve months of fairness history per pool, so the saved state stops growing', () => {
    // Two years of EMEA history, January 2025 to October 2026; the lead arrives in November 2026.
    const periods = Array.from({ length: 22 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const history = Object.fromEntries(periods.map((p) => [p, { '21': { expected: 10, received: 10 } }]));
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, ledger: { emea: history, sdr: { '2024-01': { '31': { expected: 1, received: 1 } } } } };
    const decision = route(emea, { state });
    expect(Object.keys(decision.state.ledger['emea'] ?? {}).sort()).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    // Only the pool that routed is pruned; its kept months are untouched.
    expect(decision.state.ledger['sdr']).toBe(state.ledger['sdr']);
    expect(decision.state.ledger['emea']?.['2026-10']).toBe(history['2026-10']);
  });

  it('gives a least-loaded pool to the rep with the fewest open leads', () => {
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { '31': { day: '2026-11-24', assignedOnDay: 0, openLeads: 12 }, '32': { day: '2026-11-24', assignedOnDay: 0, openLeads: 3 } } };
    const decision = route(smb, { state });
    expect(decision.ownerName).toBe('Hana');
    expect(decision.state.reps['32']?.openLeads).toBe(4);
  });

  it('skips reps at their daily or open-lead cap and says so', () => {
    const capped = routingConfig((r) => {
      r['reps'] = (r['reps'] as { ownerId: string }[]).map((x) => (x.ownerId === '21' ? { ...x, caps: { leadsPerDay: 2 } } : x.ownerId === '22' ? { ...x, caps: { openLeads: 5 } } : x));
    });
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { '21': { day: '2026-11-24', assignedOnDay: 2, openLeads: 2 }, '22': { day: '2026-11-20', assignedOnDay: 9, openLeads: 5 } } };
    const decision = routeLead({ contact: emea, reps: TEAM, state, now: NOW }, capped);
    expect(decision.ownerName).toBe('Fay');
    expect(decision.skipped.map((s) => [s.code, s.text])).toEqual([['day_cap', 'Dev: reached 2 leads today'], ['open_cap', 'Eli: has 5 open leads (cap 5)']]);
  });


  it("takes a pool's caps cap by cap, each overridden only by the rep's own", () => {
    const capped = routingConfig((r) => {
      (poolNamed(r, 'emea') as { caps?: unknown }).caps = { leadsPerDay: 1, openLeads: 4 };
      r['reps'] = (r['reps'] as { ownerId: string }[]).map((x) => (x.ownerId === '21' ? { ...x, caps: { leadsPerDay: 3 } } : x));
    });
    // Dev's own day cap (3) replaces the pool's (1); the pool's open-lead cap (4) still applies to Dev.
    const state: RoutingState = { ...EMPTY_ROUTING_STATE, reps: { '21': { day: '2026-11-24', assignedOnDay: 2, openLeads: 4 }, '22': { day: '2026-11-24', assignedOnDay: 1, openLeads: 0 } } };
    const decision = routeLead({ contact: emea, reps: TEAM, state, now: NOW }, capped);
    expect(decision.ownerName).toBe('Fay');
    expect(decision.skipped.map((s) => [s.code, s.text])).toEqual([['open_cap', 'Dev: has 4 open leads (cap 4)'], ['day_cap', 'Eli: reached the cap of 1 lead today']]);
    const underOpenCap = routeLead({ contact: emea, reps: TEAM, state: { ...state, reps: { ...state.reps, '21': { day: '2026-11-24', assignedOnDay: 2, openLeads: 3 } } }, now: NOW }, capped);
    expect(underOpenCap.ownerName).toBe('Dev');
  });
  it('skips reps who are not working now, naming when they next work', () => {
    // Tuesday 24 Nov 2026 09:00 UTC is 04:00 in New York: before office hours.
    const team = TEAM.map((r) => (r.ownerId === '21' ? rep('21', 'Dev', { calendar: NEW_YORK_OFFICE }) : r));
    const decision = route(emea, { reps: team });
    expect(decision.ownerName).toBe('Eli');
    expect(decision.skipped[0]?.text).toBe('Dev: not working now (next working Tue 24 Nov, 09:00 (America/New_York))');
  });

  it('assigns anyway and starts the SLA at the next working moment when configured to', () => {
    const waiting = routingConfig((r) => {
      r['availability'] = 'assign_and_wait';
    });
    const team = TEAM.map((r) => (r.ownerId === '21' ? rep('21', 'Dev', { calendar: NEW_YORK_OFFICE }) : r));
    const decision = routeLead({ contact: emea, reps: team, state: EMPTY_ROUTING_STATE, now: NOW }, waiting);
    expect(decision.ownerName).toBe('Dev');
    expect(decision.slaStartsAt).toBe(Date.parse('2026-11-24T14:00:00Z'));
    expect(decision.explanation).toContain('the SLA clock starts at Tue 24 Nov, 09:00 (America/New_York)');
  });

  it('does not wait for a rep who has no working hours at all, even when configured to wait', () => {
    const waiting = routingConfig((r) => {
      r['availability'] = 'assign_and_wait';
    });
    const never = calendar('never', 'UTC', { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] });
    const team = TEAM.map((r) => (r.ownerId === '21' ? rep('21', 'Dev', { calendar: never }) : r));
    const decision = routeLead({ contact: emea, reps: team, state: EMPTY_ROUTING_STATE, now: NOW }, waiting);
    expect(decision.ownerName).toBe('Eli');
    expect(decision.skipped[0]?.text).toBe('Dev: has no working hours ahead, so no SLA could start');
  });

  it('names the rep whose turn came before, not their owner id', () => {
    const first = route(emea);
    const second = routeLead({ contact: emea, reps: TEAM, state: first.state, now: NOW + 1 }, config);
    expect(second.explanation).toContain(`next in turn after ${first.ownerName}`);
  });

  it('skips a rep who is out of office', () => {
    const team = TEAM.map((r) => (r.ownerId === '21' ? rep('21', 'Dev', { outOfOfficeUntil: NOW + 3 * 86_400_000 }) : r));
    expect(route(emea, { reps: team }).skipped.map((s) => s.code)).toEqual(['out_of_office']);
  });

  describe('lead-to-account', () => {
    it("routes to the owner of the contact's company before any rule", () => {
      const decision = route(enterprise, { account: { ownerId: '13', companyName: 'Northwind', via: 'association' } });
      expect(decision.ownerName).toBe('Chloé');
      expect(decision.ruleId).toBe('lead-to-account');
      expect(decision.reasons[0]?.text).toContain('belongs to Northwind (found by its company association)');
    });

    it('ignores a domain match when the config only trusts associations', () => {
      expect(route(enterprise, { account: { ownerId: '13', companyName: 'Northwind', via: 'email_domain' } }).ruleId).toBe('enterprise');
    });

    it('falls back to the rules when the account owner is away', () => {
      const team = TEAM.map((r) => (r.ownerId === '13' ? rep('13', 'Chloé', { availability: 'away' }) : r));
      const decision = route(enterprise, { reps: team, account: { ownerId: '13', companyName: 'Northwind', via: 'association' } });
      expect(decision.ruleId).toBe('enterprise');
      expect(decision.ownerId).not.toBe('13');
    });
  });

  it('says the account owner was found but cannot take the lead, rather than that there is none', () => {
    const accountRule = routingConfig((routing) => {
      routing['leadToAccount'] = { enabled: false, matchBy: ['association'] };
      routing['rules'] = [{ id: 'accounts', label: 'Known accounts', when: { property: 'email', op: 'known' }, target: { type: 'account_owner' } }];
    });
    const away = TEAM.map((r) => (r.ownerId === '11' ? rep('11', 'Ana', { availability: 'away' }) : r));
    const found = route(smb, { reps: away, account: { ownerId: '11', companyName: 'Northwind', via: 'association' } }, accountRule);
    expect(found.outcome).toBe('queued');
    expect(found.explanation).toContain('Nobody was assigned because the owner of Northwind cannot take it and rule "Known accounts" names no other pool');
    expect(route(smb, { reps: away }, accountRule).explanation).toContain('Nobody was assigned because rule "Known accounts" found no account owner and names no other pool');
  });

  describe('fallback', () => {
    it('queues a lead no rule matches, with the reason', () => {
      const decision = route(buildContact({ properties: { email: '', numemployees: '40', country: 'US' } }));
      expect(decision.outcome).toBe('queued');
      expect(decision.queue).toEqual({ id: 'unassigned', label: 'Unassigned leads' });
      expect(decision.explanation).toContain('Nobody was assigned because no routing rule matched; the lead waits in "Unassigned leads" so it is not dropped.');
    });

    it('queues a lead when nobody in the pool can take it', () => {
      const team = TEAM.filter((r) => !['21', '22', '23'].includes(r.ownerId));
      const decision = route(emea, { reps: team });
      expect(decision.outcome).toBe('queued');
      expect(decision.skipped.map((s) => s.code)).toEqual(['unknown_rep', 'unknown_rep', 'unknown_rep']);
      expect(decision.state).toBe(EMPTY_ROUTING_STATE);
    });

    it('never drops a lead, and only assigns reps who can take it', () => {
      fc.assert(fc.property(fc.array(fc.constantFrom('available', 'away', 'gone'), { minLength: 9, maxLength: 9 }), fc.constantFrom(smb, emea, enterprise), (statuses, contact) => {
        const team = TEAM.flatMap((r, i) => (statuses[i] === 'gone' ? [] : [rep(r.ownerId, r.name, { availability: statuses[i] === 'away' ? 'away' : 'available' })]));
        const decision = route(contact, { reps: team });
        expect(['assigned', 'queued']).toContain(decision.outcome);
        if (decision.outcome === 'assigned') expect(team.find((r) => r.ownerId === decision.ownerId)?.availability).toBe('available');
        else expect(decision.queue?.id).toBe('unassigned');
      }));
    });
  });

  it('shares a team target among the team\'s reps in turn, and finds their manager', () => {
    const withTeam = routingConfig((r) => {
      r['teams'] = [{ id: 'partners', label: 'Partner desk', calendar: 'us-east', managerOwnerId: '99' }];
      r['reps'] = (r['reps'] as { ownerId: string }[]).map((x) => (['31', '32'].includes(x.ownerId) ? { ...x, team: 'partners' } : x));
      (r['rules'] as object[]).unshift({ id: 'partners', label: 'Partners', when: { property: 'email', op: 'ends_with', value: '.partner.example' }, target: { type: 'team', team: 'partners' } });
    });
    const partner = buildContact({ properties: { email: 'pat@acme.partner.example' } });
    const { owners } = routeMany(3, partner, TEAM, EMPTY_ROUTING_STATE, withTeam);
    expect(owners).toEqual(['31', '32', '31']);
    expect(managerOf('32', withTeam)).toBe('99');
    expect(managerOf('11', withTeam)).toBeNull();
  });

  it('re-routes away from the current owner', () => {
    const decision = route(emea, { exclude: ['21'] });
    expect(decision.ownerName).toBe('Eli');
    expect(decision.skipped[0]?.code).toBe('excluded');
  });
});

import { z } from 'zod';
import { EMPTY_ROUTING_STATE, type RoutingState } from '@leadops/rules';
import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { loadReps } from '../hubspot/hubspot-reps';
import { install } from './install.operation';
import { LEADOPS_CONTACT_PROPERTIES, LEADOPS_PROPERTY_GROUP } from './leadops-properties';
import { routeContact } from './route-contact.operation';
import { encodeRoutingState, findStateStore, loadRoutingState, saveRoutingState, type StateStore } from './state-store';

// Tuesday 24 Nov 2026, 10:00 in New York (15:00 UTC): office hours for the us-east calendar.
const NOW = Date.parse('2026-11-24T15:00:00Z');
const config = routingConfig();
const OWNERS = [['11', 'Ana'], ['12', 'Ben'], ['13', 'Chloé'], ['21', 'Dev'], ['22', 'Eli'], ['23', 'Fay'], ['31', 'Gus'], ['32', 'Hana'], ['99', 'Vera']] as const;

async function storeOf(gateway: HubSpotGateway): Promise<StateStore> {
  const store = await findStateStore(gateway);
  if (!store) throw new Error('the LeadOps state store is missing: install() should have created it');
  return store;
}

describe('routeContact against the emulator', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
        users: [{ id: '501', properties: { hs_internal_user_id: '1003', hs_working_hours: '[{"days":"MONDAY_TO_FRIDAY","startMinute":480,"endMinute":1080}]', hs_standard_time_zone: 'Europe/Berlin', hs_availability_status: 'available' } }],
        contacts: [
          { id: '701', properties: { email: 'kai@northwind.example', firstname: 'Kai', country: 'DE', numemployees: '40', jobtitle: 'Head of Sales' } },
          { id: '702', properties: { email: 'lou@globex.example', firstname: 'Lou', country: 'FR', numemployees: '60', jobtitle: 'Sales Manager' } },
          { id: '703', properties: { email: 'max@initech.example', firstname: 'Max', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
        ],
      },
    });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('loads reps with HubSpot hours where they exist, and says who falls back to the config calendar', async () => {
    const loaded = await loadReps(gatewayFor(emulator), config, NOW);
    expect(loaded.reps.map((r) => r.ownerId)).toEqual(['11', '12', '13', '21', '22', '23', '31', '32', '99']);
    expect(loaded.reps.find((r) => r.ownerId === '21')?.calendar.timeZone).toBe('Europe/Berlin');
    expect(loaded.warnings.some((w) => w.startsWith('Ana: no HubSpot user record; using the "us-east" calendar'))).toBe(true);
    expect(loaded.identities.find((i) => i.ownerId === '21')).toEqual({ ownerId: '21', userId: '1003', userObjectId: '501' });
  });

  it('assigns the owner, writes the rule and SLA due time, keeps the state, and leaves an audit note', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    const result = await routeContact(gateway, config, '701', { now: NOW, reps, claimId: 'run-1', settleMs: 0 });
    expect(result.outcome).toBe('assigned');
    const contact = emulator.portal.getObject('contacts', '701')?.properties ?? {};
    expect(contact['hubspot_owner_id']).toBe('21');
    expect(contact['leadops_routing_rule']).toBe('EMEA');
    // HubSpot stores datetime properties as ISO text.
    expect(Date.parse(contact['leadops_sla_due_at'] ?? '')).toBeGreaterThan(NOW);
    expect(contact['leadops_routing_claim'] ?? '').toBe('');
    const notes = emulator.portal.associations('contacts', '701', 'notes');
    expect(notes).toHaveLength(1);
    expect(emulator.portal.getObject('notes', notes[0]?.toObjectId ?? '')?.properties['hs_note_body']).toContain('Rule "EMEA" matched');
    // The next EMEA lead goes to the next rep in turn: the state was saved.
    const next = await routeContact(gateway, config, '702', { now: NOW + 60_000, reps, claimId: 'run-2', settleMs: 0 });
    expect(next.outcome === 'assigned' && next.decision.ownerId).toBe('22');
  });

  it("keeps the SLA policy the clock starts with, and still routes in a portal that lacks that property until install runs again", async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    expect(emulator.portal.getObject('contacts', '701')?.properties['leadops_sla_policy']).toBe('lead-first-touch');
    // A portal upgraded without running `leadops install` again has no leadops_sla_policy.
    emulator.portal.deleteProperty('contacts', 'leadops_sla_policy');
    emulator.portal.createObject('contacts', { email: 'ivy@northwind.example', country: 'DE', numemployees: '40' }, { id: '790' });
    try {
      const result = await routeContact(gateway, config, '790', { now: NOW, reps, claimId: 'run-old-portal', settleMs: 0 });
      expect(result.outcome).toBe('assigned');
      expect(emulator.portal.getObject('contacts', '790')?.properties['hubspot_owner_id']).toBe(result.outcome === 'assigned' ? result.decision.ownerId : '?');
      const [note] = emulator.portal.associations('contacts', '790', 'notes');
      expect(emulator.portal.getObject('notes', note?.toObjectId ?? '')?.properties['hs_note_body']).toContain('This portal lacks leadops_sla_policy (run `leadops install` again)');
    } finally {
      const definition = LEADOPS_CONTACT_PROPERTIES.find((p) => p.name === 'leadops_sla_policy');
      if (definition) emulator.portal.defineProperty('contacts', { ...definition, groupName: LEADOPS_PROPERTY_GROUP.name });
    }
  });

  it('leaves an already routed contact alone', async () => {
    emulator.clearLog();
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    emulator.clearLog();
    const result = await routeContact(gateway, config, '701', { now: NOW, reps, claimId: 'run-3', settleMs: 0 });
    expect(result.outcome === 'already_routed' && [result.ownerId, Date.parse(result.routedAt)]).toEqual(['21', NOW]);
    expect(emulator.writes()).toEqual([]);
  });

  it('assigns exactly once when two routings of the same contact run at the same time', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    emulator.clearLog();
    const results = await Promise.all([
      routeContact(gateway, config, '703', { now: NOW, reps, claimId: 'left', settleMs: 150 }),
      routeContact(gatewayFor(emulator), config, '703', { now: NOW, reps, claimId: 'right', settleMs: 150 }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['assigned', 'busy']);
    const ownerWrites = emulator.writes().filter((w) => w.path === '/crm/objects/2026-09/contacts/703' && (w.requestBody as { properties: Record<string, string> }).properties['hubspot_owner_id'] !== undefined);
    expect(ownerWrites).toHaveLength(1);
    expect(emulator.portal.associations('contacts', '703', 'notes')).toHaveLength(1);
  });

  it('takes turns with routings that overlap, so a burst of leads goes round the round robin evenly', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    const ids = Array.from({ length: 12 }, (_, i) => String(750 + i));
    for (const id of ids) emulator.portal.createObject('contacts', { email: `burst${id}@northwind.example`, country: 'DE', numemployees: '40' }, { id });
    // A workflow enrolling an imported list: every routing starts before any has saved the state.
    const results = await Promise.all(ids.map((id) => routeContact(gatewayFor(emulator), config, id, { now: NOW + 150_000, reps, claimId: `burst-${id}`, settleMs: 20 })));
    const perRep = new Map<string, number>();
    for (const result of results) if (result.outcome === 'assigned' && result.decision.ownerId) perRep.set(result.decision.ownerId, (perRep.get(result.decision.ownerId) ?? 0) + 1);
    expect(Object.fromEntries(perRep)).toEqual({ '21': 4, '22': 4, '23': 4 });
  });

  it('takes its claim off again when routing fails part-way, so an immediate retry routes instead of being told busy', async () => {
    emulator.portal.createObject('contacts', { email: 'retry@northwind.example', country: 'DE', numemployees: '40' }, { id: '705' });
    const base = gatewayFor(emulator, { retries: 0 });
    const { reps } = await loadReps(base, config, NOW);
    let failed = false;
    // HubSpot answers 500 once, to the read of the state store that comes after the claim.
    const failingOnce: HubSpotGateway = { ...base, stats: base.stats, stop: base.stop, call: async (id, request, schema) => {
      if (id !== 'schemas.list' || failed) return base.call(id, request, schema);
      failed = true;
      emulator.setFaults({ rate500: 1 });
      try {
        return await base.call(id, request, schema);
      } finally {
        emulator.setFaults(undefined);
      }
    } };
    await expect(routeContact(failingOnce, config, '705', { now: NOW, reps, claimId: 'first', settleMs: 0 })).rejects.toMatchObject({ code: 'HUBSPOT_UNAVAILABLE' });
    expect(failed).toBe(true);
    expect(emulator.portal.getObject('contacts', '705')?.properties['leadops_routing_claim'] ?? '').toBe('');
    const retry = await routeContact(base, config, '705', { now: NOW + 2_000, reps, claimId: 'second', settleMs: 0 });
    expect(retry.outcome).toBe('assigned');
  });

  it('re-routes away from the current owner when asked', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    const result = await routeContact(gateway, config, '701', { now: NOW + 120_000, reps, claimId: 'run-4', settleMs: 0, reroute: true });
    expect(result.outcome === 'assigned' && result.decision.ownerId).not.toBe('21');
    expect(result.outcome === 'assigned' && result.decision.skipped.map((s) => s.code)).toContain('excluded');
  });
});

describe('routeContact with open leads counted in HubSpot', () => {
  let emulator: HubSpotEmulator;
  /** Contacts Gus (31) and Hana (32), the least-loaded SDR pool, own: open or closed by lead status. */
  let ids = 600;
  const owned = (ownerId: string, status: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: String((ids += 1)), properties: { email: `${ownerId}-${status}-${i}@owned.example`, hubspot_owner_id: ownerId, hs_lead_status: status } }));
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
        contacts: [
          ...owned('31', 'IN_PROGRESS', 1), ...owned('31', 'UNQUALIFIED', 4), ...owned('32', 'NEW', 2), ...owned('32', 'CONNECTED', 1),
          { id: '801', properties: { email: 'ola@acme.example', firstname: 'Ola', country: 'US', numemployees: '20' } },
          { id: '802', properties: { email: 'pia@acme.example', firstname: 'Pia', country: 'US', numemployees: '20', hs_lead_status: 'ATTEMPTED_TO_CONTACT' } },
          { id: '803', properties: { email: 'quinn@acme.example', firstname: 'Quinn', country: 'US', numemployees: '20' } },
        ],
      },
    });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('sends a least-loaded lead to the rep with fewer open leads in HubSpot, whatever routing counted, and marks it new', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    // What routing alone would believe: Gus was given 50 leads since install, Hana none. HubSpot knows
    // Gus disqualified four of his five and still works one; Hana works three.
    const store = await storeOf(gateway);
    const stored = await loadRoutingState(gateway, store);
    await saveRoutingState(gateway, stored, encodeRoutingState({ ...stored.state, reps: { '31': { day: '2026-11-20', assignedOnDay: 50, openLeads: 50 }, '32': { day: '2026-11-20', assignedOnDay: 0, openLeads: 0 } } }, store.parts));
    const result = await routeContact(gateway, config, '801', { now: NOW, reps, claimId: 'open-1', settleMs: 0 });
    expect(result.outcome === 'assigned' && result.decision.ownerId).toBe('31');
    expect(result.outcome === 'assigned' && result.decision.explanation).toContain('fewest open leads (1)');
    expect(emulator.portal.getObject('contacts', '801')?.properties['hs_lead_status']).toBe('NEW');
    // The saved state holds the counts as of this lead: HubSpot's, plus the lead just assigned.
    const saved = await loadRoutingState(gateway, store);
    expect([saved.state.reps['31']?.openLeads, saved.state.reps['32']?.openLeads]).toEqual([2, 3]);
  });

  it("keeps a lead status someone already set, and counts the lead it assigned for the next one", async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    // Gus now has 801 (NEW) and his one in progress: 2 against Hana's 3.
    const result = await routeContact(gateway, config, '802', { now: NOW + 60_000, reps, claimId: 'open-2', settleMs: 0 });
    expect(result.outcome === 'assigned' && result.decision.ownerId).toBe('31');
    expect(emulator.portal.getObject('contacts', '802')?.properties['hs_lead_status']).toBe('ATTEMPTED_TO_CONTACT');
    // 3 each now; the tie goes to whoever waited longest: Hana.
    const next = await routeContact(gateway, config, '803', { now: NOW + 120_000, reps, claimId: 'open-3', settleMs: 0 });
    expect(next.outcome === 'assigned' && next.decision.ownerId).toBe('32');
  });

  it('routes on afresh when the stored routing state is unreadable, says so in the audit note, and saves a good one', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    const store = await storeOf(gateway);
    const objectType = store.objectType;
    const { recordId } = await loadRoutingState(gateway, store);
    const noteOf = (contactId: string) => emulator.portal.getObject('notes', emulator.portal.associations('contacts', contactId, 'notes')[0]?.toObjectId ?? '')?.properties['hs_note_body'] ?? '';
    // Valid JSON of the wrong shape (routing used to fail on it with a TypeError), then JSON cut short.
    for (const [contactId, stored, problem] of [['805', '{"reps":{"31":{"openLeads":"many"}}}', 'it is not a routing state (pools: '], ['806', '{"pools":{},"reps":', 'its JSON does not parse (']] as const) {
      emulator.portal.updateObject(objectType, recordId ?? '', { state_json: stored });
      emulator.portal.createObject('contacts', { email: `${contactId}@acme.example`, country: 'US', numemployees: '20' }, { id: contactId });
      const result = await routeContact(gateway, config, contactId, { now: NOW + 240_000, reps, claimId: `bad-${contactId}`, settleMs: 0 });
      expect(result.outcome).toBe('assigned');
      expect(noteOf(contactId)).toContain(`The LeadOps routing state (LeadOps state record ${recordId}) could not be read: ${problem}`);
      expect((await loadRoutingState(gateway, store)).problem).toBeNull();
    }
  });

  it('searches nothing when no pool is least loaded and no rep has an open-lead cap', async () => {
    const roundRobin = routingConfig((r) => {
      r['pools'] = (r['pools'] as { id: string }[]).map((p) => (p.id === 'sdr' ? { ...p, strategy: 'round_robin' } : p));
    });
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, roundRobin, NOW);
    emulator.portal.createObject('contacts', { email: 'ria@acme.example', country: 'US', numemployees: '20' }, { id: '804' });
    emulator.clearLog();
    const result = await routeContact(gateway, roundRobin, '804', { now: NOW + 180_000, reps, claimId: 'open-4', settleMs: 0 });
    expect(result.outcome).toBe('assigned');
    expect(emulator.callCount({ method: 'POST', pathPrefix: '/crm/objects/2026-09/contacts/search' })).toBe(0);
  });
});

/**
 * Twelve months (Dec 2025 – Nov 2026) of fairness history for `pools` pools of 40 reps each: about
 * 26,000 characters of JSON per pool.
 */
function history(pools: number): RoutingState['ledger'] {
  const months = Array.from({ length: 12 }, (_, i) => (i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`));
  const owners = Array.from({ length: 40 }, (_, i) => String(71_000_000 + i));
  const period = Object.fromEntries(owners.map((id) => [id, { expected: 10 / 3, received: 3 }]));
  return Object.fromEntries(Array.from({ length: pools }, (_, p) => [`retired-${p}`, Object.fromEntries(months.map((m) => [m, period]))]));
}

/** `state` with one more rep counter whose day is padded so that the state's JSON is `length` characters. */
function paddedTo(state: RoutingState, length: number): RoutingState {
  const padded = (pad: number): RoutingState => ({ ...state, reps: { ...state.reps, '79999999': { day: 'x'.repeat(pad), assignedOnDay: 0, openLeads: 0 } } });
  return padded(length - JSON.stringify(padded(0)).length);
}

describe('routeContact with a routing state longer than one HubSpot value', () => {
  let emulator: HubSpotEmulator;
  let contactIds = 900;
  const newLead = () => {
    const id = String((contactIds += 1));
    emulator.portal.createObject('contacts', { email: `lead${id}@northwind.example`, country: 'DE', numemployees: '40' }, { id });
    return id;
  };
  const noteOf = (contactId: string) => emulator.portal.getObject('notes', emulator.portal.associations('contacts', contactId, 'notes')[0]?.toObjectId ?? '')?.properties['hs_note_body'] ?? '';
  const seedState = async (gateway: HubSpotGateway, state: RoutingState) => {
    const store = await storeOf(gateway);
    await saveRoutingState(gateway, await loadRoutingState(gateway, store), encodeRoutingState(state, store.parts));
  };

  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false, seed: { owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })) } });
    // What a LeadOps from before state parts left: the contact properties and a state store of one value.
    emulator.portal.defineGroup('contacts', LEADOPS_PROPERTY_GROUP);
    for (const p of LEADOPS_CONTACT_PROPERTIES) {
      emulator.portal.defineProperty('contacts', { name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, ...(p.options ? { options: p.options } : {}) });
    }
    await gatewayFor(emulator).call('schemas.create', {
      body: {
        name: 'leadops_state', labels: { singular: 'LeadOps state', plural: 'LeadOps state' }, primaryDisplayProperty: 'state_key', requiredProperties: ['state_key'], searchableProperties: ['state_key'], secondaryDisplayProperties: [], associatedObjects: [], allowsSensitiveProperties: false,
        properties: [{ name: 'state_key', label: 'Key', type: 'string', fieldType: 'text' }, { name: 'state_json', label: 'State (JSON)', type: 'string', fieldType: 'textarea' }],
      },
    }, z.unknown());
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('in a store of one value, leaves out the oldest fairness months so routing goes on, and says to run install', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    expect((await storeOf(gateway)).parts).toBe(1);
    // Two retired pools' history padded to 65,400 characters: this lead's turn, counter and ledger entry tip it over.
    const stored = paddedTo({ ...EMPTY_ROUTING_STATE, pools: { emea: { lastOwnerId: '21' } }, ledger: history(2) }, 65_400);
    await seedState(gateway, stored);
    expect((await loadRoutingState(gateway, await storeOf(gateway))).state).toEqual(stored);
    const id = newLead();
    const result = await routeContact(gateway, config, id, { now: NOW, reps, claimId: 'big-1', settleMs: 0 });
    expect(result.outcome === 'assigned' && result.decision.ownerId).toBe('22');
    expect(noteOf(id)).toContain('The fairness history for 2025-12');
    expect(noteOf(id)).toContain('Run `leadops install`');
    const saved = await loadRoutingState(gateway, await storeOf(gateway));
    expect(saved.problem).toBeNull();
    expect(saved.state.pools['emea']?.lastOwnerId).toBe('22');
    expect(Object.keys(saved.state.ledger['retired-0'] ?? {})).not.toContain('2025-12');
    expect(saved.state.ledger['emea']?.['2026-11']?.['22']?.received).toBe(1);
  });

  it('refuses, with nothing written to the contact, a state too long for its store even without fairness history', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, NOW);
    // No fairness history, only counters, 65,500 characters of them: this lead's counter and turn push it past one value.
    const full = paddedTo(EMPTY_ROUTING_STATE, 65_500);
    await seedState(gateway, full);
    const store = await storeOf(gateway);
    const stateBefore = await loadRoutingState(gateway, store);
    const id = newLead();
    await expect(routeContact(gateway, config, id, { now: NOW, reps, claimId: 'big-3', settleMs: 0 })).rejects.toThrow(/without any fairness history, more than the 65,536 its store holds; nothing was written\. Run `leadops install`/);
    const contact = emulator.portal.getObject('contacts', id)?.properties ?? {};
    expect([contact['hubspot_owner_id'] ?? null, contact['leadops_routed_at'] ?? null]).toEqual([null, null]);
    expect(emulator.portal.associations('contacts', id, 'notes')).toEqual([]);
    expect((await loadRoutingState(gateway, store)).state).toEqual(stateBefore.state);
  });

  it('after install adds the parts, keeps a state of several values whole and clears parts a shorter state no longer needs', async () => {
    const gateway = gatewayFor(emulator);
    const upgraded = await install(gateway);
    expect(upgraded.createdStateStore).toBe(false);
    expect(upgraded.createdStateProperties).toEqual(['state_json_2', 'state_json_3', 'state_json_4', 'state_json_5', 'state_json_6', 'state_json_7', 'state_json_8']);
    const store = await storeOf(gateway);
    expect(store.parts).toBe(8);
    const { reps } = await loadReps(gateway, config, NOW);
    await seedState(gateway, { ...EMPTY_ROUTING_STATE, pools: { emea: { lastOwnerId: '21' } }, ledger: history(5) });
    const id = newLead();
    const result = await routeContact(gateway, config, id, { now: NOW, reps, claimId: 'big-2', settleMs: 0 });
    expect(result.outcome === 'assigned' && result.decision.ownerId).toBe('22');
    expect(noteOf(id)).not.toContain('fairness history');
    const record = emulator.portal.getObject(store.objectType, (await loadRoutingState(gateway, store)).recordId ?? '')?.properties ?? {};
    const used = ['state_json', 'state_json_2', 'state_json_3'].map((name) => record[name] ?? '');
    expect(used.every((part) => part.length > 0 && part.length <= 65_536)).toBe(true);
    expect(record['state_json_4'] ?? null).toBeNull();
    expect((await loadRoutingState(gateway, store)).state).toEqual(result.outcome === 'assigned' ? result.decision.state : null);
    // A shorter state afterwards: the tail of the longer one must not stay behind.
    await seedState(gateway, EMPTY_ROUTING_STATE);
    const after = emulator.portal.getObject(store.objectType, (await loadRoutingState(gateway, store)).recordId ?? '')?.properties ?? {};
    expect([after['state_json_2'] ?? null, after['state_json_3'] ?? null]).toEqual([null, null]);
    expect(await loadRoutingState(gateway, store)).toMatchObject({ state: EMPTY_ROUTING_STATE, problem: null });
  });
});

describe("routeContact with the contact's account", () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
        companies: [
          { id: '9001', properties: { name: 'Acme', domain: 'acme.example', hubspot_owner_id: '13' } },
          // International domains, one kept in its ASCII form and one as people write it.
          { id: '9002', properties: { name: 'Bücher GmbH', domain: 'xn--bcher-kva.de', hubspot_owner_id: '21' } },
          { id: '9003', properties: { name: 'Пример', domain: 'пример.рф', hubspot_owner_id: '32' } },
        ],
        contacts: [
          // Sam has no company association: only the email domain leads to Acme.
          { id: '801', properties: { email: 'sam@acme.example', firstname: 'Sam', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
          { id: '802', properties: { email: 'ria@acme.example', firstname: 'Ria', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
          { id: '803', properties: { email: 'tom@gmail.com', firstname: 'Tom', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
          { id: '804', properties: { email: 'anna@bücher.de', firstname: 'Anna', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
          { id: '805', properties: { email: 'ivan@xn--e1afmkfd.xn--p1ai', firstname: 'Ivan', country: 'US', numemployees: '20', jobtitle: 'Analyst' } },
        ],
        contactCompanies: { '802': ['9001'] },
      },
    });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('finds the account by email domain when lead-to-account matches by domain, as the simulator does', async () => {
    const byDomain = routingConfig((routing) => {
      routing['leadToAccount'] = { enabled: true, matchBy: ['association', 'email_domain'] };
    });
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, byDomain, NOW);
    const result = await routeContact(gateway, byDomain, '801', { now: NOW, reps, claimId: 'd-1', settleMs: 0 });
    expect(result.outcome === 'assigned' && [result.decision.ownerId, result.decision.ruleId]).toEqual(['13', 'lead-to-account']);
    // A free-mail address is nobody's account: Tom is routed by the rules.
    const tom = await routeContact(gateway, byDomain, '803', { now: NOW, reps, claimId: 'd-2', settleMs: 0 });
    expect(tom.outcome === 'assigned' && tom.decision.ruleId).toBe('everyone-else');
  });

  it('finds the account of an international domain whichever form the address and the company hold it in', async () => {
    const byDomain = routingConfig((routing) => {
      routing['leadToAccount'] = { enabled: true, matchBy: ['email_domain'] };
    });
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, byDomain, NOW);
    // anna@bücher.de meets a company kept as xn--bcher-kva.de; ivan@xn--e1afmkfd.xn--p1ai one kept as пример.рф.
    const anna = await routeContact(gateway, byDomain, '804', { now: NOW, reps, claimId: 'i-1', settleMs: 0 });
    expect(anna.outcome === 'assigned' && [anna.decision.ownerId, anna.decision.ruleId]).toEqual(['21', 'lead-to-account']);
    const ivan = await routeContact(gateway, byDomain, '805', { now: NOW, reps, claimId: 'i-2', settleMs: 0 });
    expect(ivan.outcome === 'assigned' && [ivan.decision.ownerId, ivan.decision.ruleId]).toEqual(['32', 'lead-to-account']);
  });

  it('lets a rule that targets the account owner see the account with lead-to-account routing switched off', async () => {
    const ruleOnly = routingConfig((routing) => {
      routing['leadToAccount'] = { enabled: false, matchBy: ['association'] };
      routing['rules'] = [{ id: 'accounts', label: 'Known accounts', when: { property: 'email', op: 'known' }, target: { type: 'account_owner' } }];
    });
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, ruleOnly, NOW);
    const result = await routeContact(gateway, ruleOnly, '802', { now: NOW, reps, claimId: 'a-1', settleMs: 0 });
    expect(result.outcome === 'assigned' && [result.decision.ownerId, result.decision.ruleId]).toEqual(['13', 'accounts']);
  });
});

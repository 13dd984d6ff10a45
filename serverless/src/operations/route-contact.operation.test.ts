import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { loadReps } from '../hubspot/hubspot-reps';
import { install } from './install.operation';
import { routeContact } from './route-contact.operation';
import { loadRoutingState, saveRoutingState, stateObjectType } from './state-store';

// Tuesday 24 Nov 2026, 10:00 in New York (15:00 UTC): office hours for the us-east calendar.
const NOW = Date.parse('2026-11-24T15:00:00Z');
const config = routingConfig();
const OWNERS = [['11', 'Ana'], ['12', 'Ben'], ['13', 'Chloé'], ['21', 'Dev'], ['22', 'Eli'], ['23', 'Fay'], ['31', 'Gus'], ['32', 'Hana'], ['99', 'Vera']] as const;

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
    const objectType = (await stateObjectType(gateway)) ?? '';
    const stored = await loadRoutingState(gateway, objectType);
    await saveRoutingState(gateway, stored, { ...stored.state, reps: { '31': { day: '2026-11-20', assignedOnDay: 50, openLeads: 50 }, '32': { day: '2026-11-20', assignedOnDay: 0, openLeads: 0 } } });
    const result = await routeContact(gateway, config, '801', { now: NOW, reps, claimId: 'open-1', settleMs: 0 });
    expect(result.outcome === 'assigned' && result.decision.ownerId).toBe('31');
    expect(result.outcome === 'assigned' && result.decision.explanation).toContain('fewest open leads (1)');
    expect(emulator.portal.getObject('contacts', '801')?.properties['hs_lead_status']).toBe('NEW');
    // The saved state holds the counts as of this lead: HubSpot's, plus the lead just assigned.
    const saved = await loadRoutingState(gateway, objectType);
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
    const objectType = (await stateObjectType(gateway)) ?? '';
    const { recordId } = await loadRoutingState(gateway, objectType);
    const noteOf = (contactId: string) => emulator.portal.getObject('notes', emulator.portal.associations('contacts', contactId, 'notes')[0]?.toObjectId ?? '')?.properties['hs_note_body'] ?? '';
    // Valid JSON of the wrong shape (routing used to fail on it with a TypeError), then JSON cut short.
    for (const [contactId, stored, problem] of [['805', '{"reps":{"31":{"openLeads":"many"}}}', 'it is not a routing state (pools: '], ['806', '{"pools":{},"reps":', 'its JSON does not parse (']] as const) {
      emulator.portal.updateObject(objectType, recordId ?? '', { state_json: stored });
      emulator.portal.createObject('contacts', { email: `${contactId}@acme.example`, country: 'US', numemployees: '20' }, { id: contactId });
      const result = await routeContact(gateway, config, contactId, { now: NOW + 240_000, reps, claimId: `bad-${contactId}`, settleMs: 0 });
      expect(result.outcome).toBe('assigned');
      expect(noteOf(contactId)).toContain(`The LeadOps routing state (LeadOps state record ${recordId}) could not be read: ${problem}`);
      expect((await loadRoutingState(gateway, objectType)).problem).toBeNull();
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

import type { LeadOpsConfig } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { roundTheClockConfig } from '../../../test/support/round-the-clock-config';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { loadReps } from '../hubspot/hubspot-reps';
import { checkSla } from './check-sla.operation';
import { install } from './install.operation';
import { scoreContact } from './score-contact.operation';

const MINUTE = 60_000;
// Tuesday 24 Nov 2026, 15:00 UTC; the reps work around the clock in this test.
const T0 = Date.parse('2026-11-24T15:00:00Z');

function testConfig(): LeadOpsConfig {
  return roundTheClockConfig({
    routing: {
      teams: [{ id: 'inbound', label: 'Inbound', calendar: 'always', managerOwnerId: '99' }],
      reps: [{ ownerId: '11', name: 'Ana', calendar: 'always', team: 'inbound' }, { ownerId: '12', name: 'Ben', calendar: 'always', team: 'inbound' }, { ownerId: '13', name: 'Cy', calendar: 'always', team: 'inbound' }, { ownerId: '99', name: 'Mia', calendar: 'always' }],
      pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }, { ownerId: '13' }] }],
      rules: [{ id: 'everyone', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'inbound' } }],
    },
  });
}

describe('scoreContact and checkSla against the emulator', () => {
  const config = testConfig();
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }, { id: '12', userId: 12, email: 'ben@x.example', firstName: 'Ben', lastName: 'R' }, { id: '13', userId: 13, email: 'cy@x.example', firstName: 'Cy', lastName: 'R' }, { id: '99', userId: 99, email: 'mia@x.example', firstName: 'Mia', lastName: 'M' }],
        contacts: [
          { id: '901', properties: { email: ' Dana@Northwind.EXAMPLE ', jobtitle: 'VP Sales', numemployees: '300', country: 'United States', lifecyclestage: 'lead', recent_conversion_date: new Date(T0 - 86_400_000).toISOString(), recent_conversion_event_name: 'Demo request', hubspot_owner_id: '11', leadops_routed_at: new Date(T0).toISOString() } },
          { id: '902', properties: { email: 'sam@globex.example', lifecyclestage: 'lead', hubspot_owner_id: '11', leadops_routed_at: new Date(T0).toISOString(), hs_sa_first_engagement_date: new Date(T0 + 10 * MINUTE).toISOString() } },
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

  it('writes the score, the MQL flag, the cleaned values and the stage move, with a note of the reasons', async () => {
    const result = await scoreContact(gatewayFor(emulator), config, '901', T0);
    expect(result.score.mql.qualifies).toBe(true);
    expect(result.written).toMatchObject({ leadops_is_mql: 'true', lifecyclestage: 'marketingqualifiedlead', email: 'dana@northwind.example', country: 'US' });
    expect(emulator.portal.getObject('contacts', '901')?.properties['lifecyclestage']).toBe('marketingqualifiedlead');
    // The reasons are kept on the contact too, one per line, whatever happens to the note.
    expect(emulator.portal.getObject('contacts', '901')?.properties['leadops_score_reasons']?.split('\n')).toContain('+20 fit: VP title');
    const [note] = emulator.portal.associations('contacts', '901', 'notes');
    expect(emulator.portal.getObject('notes', note?.toObjectId ?? '')?.properties['hs_note_body']).toContain('+20 fit: VP title');
  });

  it('writes nothing when the score has not changed', async () => {
    emulator.clearLog();
    const result = await scoreContact(gatewayFor(emulator), config, '901', T0);
    expect(result.noteId).toBeNull();
    expect(emulator.writes()).toEqual([]);
  });

  it('climbs the escalation ladder once per step: owner task, manager task, then re-route', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    const atRisk = await checkSla(gateway, config, reps, '901', T0 + 25 * MINUTE, 'c1');
    expect(atRisk.sla?.status).toBe('at_risk');
    expect(atRisk.executed.map((e) => e.detail)).toEqual(['task for Ana']);
    const again = await checkSla(gateway, config, reps, '901', T0 + 26 * MINUTE, 'c2');
    expect(again.executed).toEqual([]);
    const breached = await checkSla(gateway, config, reps, '901', T0 + 31 * MINUTE, 'c3');
    expect(breached.sla?.status).toBe('breached');
    expect(breached.executed.map((e) => e.detail)).toEqual(['task for manager 99']);
    const tasks = emulator.portal.associations('contacts', '901', 'tasks').map((t) => emulator.portal.getObject('tasks', t.toObjectId)?.properties['hubspot_owner_id']);
    expect(tasks.sort()).toEqual(['11', '99']);
    const rerouted = await checkSla(gateway, config, reps, '901', T0 + 61 * MINUTE, 'c4');
    expect(rerouted.executed.map((e) => e.detail)).toEqual(['re-routed to Ben (Re-route 1 of at most 2)']);
    expect(emulator.portal.getObject('contacts', '901')?.properties).toMatchObject({ hubspot_owner_id: '12', leadops_reroutes: '1' });
  });

  it('re-routes a lead nobody touches at most sla.maxReroutes times, never back to a rep it left, then leaves it with its owner and says why', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    // Ben got 901 at T0 + 61 min; an hour later his whole ladder is due. Ana is next in turn, but the lead
    // already left her: it goes to Cy.
    const second = await checkSla(gateway, config, reps, '901', T0 + 122 * MINUTE, 'c6');
    expect(second.executed.map((e) => e.detail)).toEqual(['task for Ben', 'task for manager 99', 're-routed to Cy (Re-route 2 of at most 2)']);
    // Cy's clock breaches too: tasks as usual, but the lead stays with him.
    const third = await checkSla(gateway, config, reps, '901', T0 + 183 * MINUTE, 'c7');
    expect(third.reroute).toBeNull();
    expect(third.executed.map((e) => e.detail)).toEqual(['task for Cy', 'task for manager 99', 'Not re-routed: already re-routed 2 times, the most sla.maxReroutes (2) allows, so the lead stays with its owner']);
    expect(emulator.portal.getObject('contacts', '901')?.properties).toMatchObject({ hubspot_owner_id: '13', leadops_reroutes: '2', leadops_rerouted_from: '11,12' });
    // The refused step counts as done: a later check repeats nothing.
    expect((await checkSla(gateway, config, reps, '901', T0 + 300 * MINUTE, 'c8')).executed).toEqual([]);
  });

  it('stops the clock at the first touch: met, nothing escalated', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    const result = await checkSla(gateway, config, reps, '902', T0 + 300 * MINUTE, 'c5');
    expect(result.sla?.status).toBe('met');
    expect(result.executed).toEqual([]);
    expect(emulator.portal.getObject('contacts', '902')?.properties['leadops_sla_status']).toBe('met');
  });
});

describe('checkSla when HubSpot fails part-way, or nobody else can take the lead', () => {
  const config = testConfig();
  let emulator: HubSpotEmulator;
  // Not MQLs: the lead policy gives 240 working minutes (task at 180, breach at 240, re-route at 270).
  const routedLead = (id: string) => ({ id, properties: { email: `lead${id}@globex.example`, lifecyclestage: 'lead', hubspot_owner_id: '11', leadops_routed_at: new Date(T0).toISOString() } });
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }, { id: '12', userId: 12, email: 'ben@x.example', firstName: 'Ben', lastName: 'R' }, { id: '13', userId: 13, email: 'cy@x.example', firstName: 'Cy', lastName: 'R' }, { id: '99', userId: 99, email: 'mia@x.example', firstName: 'Mia', lastName: 'M' }],
        contacts: [routedLead('911'), routedLead('912'), routedLead('913'), routedLead('915'), routedLead('916'), routedLead('917')],
      },
    });
    await install(gatewayFor(emulator));
  });
  afterEach(() => emulator.setFaults(undefined));
  afterAll(async () => {
    // The look-ups for tasks HubSpot did not confirm (associations, tasks batch read) follow HubSpot's documents too.
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  /**
   * Answers HubSpot's writes in this order, one entry per write: 'ok' lets it through, '500' refuses it,
   * 'applied-500' applies it and answers 500 all the same (the answer HubSpot lost).
   */
  const writes = (...outcomes: ('ok' | '500' | 'applied-500')[]) => {
    let write = 0;
    const draw = { ok: 0.99, '500': 0.1, 'applied-500': 0.5 } as const;
    return { only: 'writes' as const, rate500: 0.3, rate500Applied: 0.3, random: () => draw[outcomes[write++] ?? 'ok'] };
  };
  const tasksOf = (contactId: string) => emulator.portal.associations('contacts', contactId, 'tasks').length;
  const stored = (contactId: string) => emulator.portal.getObject('contacts', contactId)?.properties ?? {};
  const failureOf = (check: Promise<unknown>) => check.then(() => null, (error: unknown) => error);

  it('marks a step started before creating its task; when HubSpot refuses the task, the next check creates it exactly once', async () => {
    const gateway = gatewayFor(emulator, { retries: 0 });
    const { reps } = await loadReps(gateway, config, T0);
    emulator.setFaults(writes('ok', '500'));
    const failure = await failureOf(checkSla(gateway, config, reps, '911', T0 + 181 * MINUTE, 'f1'));
    expect(failure).toMatchObject({ code: 'ESCALATION_INCOMPLETE', fix: expect.stringMatching(/^Nothing to undo: the next SLA check retries the steps that did not happen/) });
    expect(tasksOf('911')).toBe(0);
    expect(stored('911')['leadops_sla_escalations']).toBe('remind-owner?');

    emulator.setFaults(undefined);
    expect((await checkSla(gateway, config, reps, '911', T0 + 182 * MINUTE, 'f2')).executed.map((e) => e.detail)).toEqual(['task for Ana']);
    expect(stored('911')['leadops_sla_escalations']).toBe('remind-owner');
    expect((await checkSla(gateway, config, reps, '911', T0 + 183 * MINUTE, 'f3')).executed).toEqual([]);
    expect(tasksOf('911')).toBe(1);
  });

  it('does not create a task twice when HubSpot created it but answered 500: the next check finds it on the contact', async () => {
    const gateway = gatewayFor(emulator, { retries: 0 });
    const { reps } = await loadReps(gateway, config, T0);
    emulator.setFaults(writes('ok', 'applied-500'));
    const failure = await failureOf(checkSla(gateway, config, reps, '915', T0 + 181 * MINUTE, 'a1'));
    expect(failure).toMatchObject({ code: 'ESCALATION_INCOMPLETE', summary: expect.stringMatching(/may have been applied anyway/) });
    expect(tasksOf('915')).toBe(1);
    expect(stored('915')['leadops_sla_escalations']).toBe('remind-owner?');

    emulator.setFaults(undefined);
    const next = await checkSla(gateway, config, reps, '915', T0 + 182 * MINUTE, 'a2');
    expect(next.executed.map((e) => e.detail)).toEqual(['task for Ana (created by an earlier check that HubSpot did not answer; not created again)']);
    expect(tasksOf('915')).toBe(1);
    expect(stored('915')['leadops_sla_escalations']).toBe('remind-owner');
    // The next step of the same clock is a task of its own, not mistaken for the one found.
    const breached = await checkSla(gateway, config, reps, '915', T0 + 241 * MINUTE, 'a3');
    expect(breached.executed.map((e) => e.detail)).toEqual(['task for manager 99']);
    expect(tasksOf('915')).toBe(2);
  });

  it('creates the task of a step a stopped check left started, when the task is not on the contact', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    // A check that timed out between marking the step and creating its task left only the mark.
    emulator.portal.updateObject('contacts', '916', { leadops_sla_escalations: 'remind-owner?', leadops_sla_status: 'at_risk' });
    const next = await checkSla(gateway, config, reps, '916', T0 + 190 * MINUTE, 's1');
    expect(next.executed.map((e) => e.detail)).toEqual(['task for Ana']);
    expect(tasksOf('916')).toBe(1);
    expect(stored('916')['leadops_sla_escalations']).toBe('remind-owner');
  });

  it('keeps a created task marked started when marking it done fails, so the next check does not create it again', async () => {
    const gateway = gatewayFor(emulator, { retries: 0 });
    const { reps } = await loadReps(gateway, config, T0);
    emulator.setFaults(writes('ok', 'ok', '500'));
    const failure = await failureOf(checkSla(gateway, config, reps, '917', T0 + 181 * MINUTE, 'm1'));
    expect(failure).toMatchObject({ code: 'ESCALATION_INCOMPLETE', summary: expect.stringMatching(/Marking remind-owner as done failed .*the next check looks for their tasks before it runs them again/) });
    expect(tasksOf('917')).toBe(1);
    expect(stored('917')['leadops_sla_escalations']).toBe('remind-owner?');

    emulator.setFaults(undefined);
    expect((await checkSla(gateway, config, reps, '917', T0 + 182 * MINUTE, 'm2')).executed.map((e) => e.detail)).toEqual(['task for Ana (created by an earlier check that HubSpot did not answer; not created again)']);
    expect(tasksOf('917')).toBe(1);
  });

  it('creates no task at all while the step cannot be recorded (a portal whose SLA status lacks "at risk")', async () => {
    // An admin removed the at_risk option after install (running install again puts it back): HubSpot refuses the status every time.
    const refusing = await startHubSpotEmulator({ rateLimit: false, seed: { owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }], contacts: [routedLead('914')] } });
    try {
      const gateway = gatewayFor(refusing);
      await install(gateway);
      refusing.portal.updateProperty('contacts', 'leadops_sla_status', { options: ['on_track', 'breached', 'met', 'no_policy'] });
      const { reps } = await loadReps(gateway, config, T0);
      for (const minute of [181, 182, 183]) await expect(checkSla(gateway, config, reps, '914', T0 + minute * MINUTE, `g${minute}`)).rejects.toThrow(/at_risk/);
      expect(refusing.portal.associations('contacts', '914', 'tasks')).toHaveLength(0);
    } finally {
      await refusing.close();
    }
  });

  it("gives the new owner a fresh clock when the re-route's note fails: the old owner's steps are not written back", async () => {
    const base = gatewayFor(emulator, { retries: 0 });
    const { reps } = await loadReps(base, config, T0);
    let notes = 0;
    // HubSpot answers 500 to the first note: the one the re-route writes with its reasons.
    const gateway: HubSpotGateway = { ...base, stats: base.stats, stop: base.stop, call: async (id, request, schema) => {
      if (id !== 'notes.create' || notes++ > 0) return base.call(id, request, schema);
      emulator.setFaults({ rate500: 1 });
      try {
        return await base.call(id, request, schema);
      } finally {
        emulator.setFaults(undefined);
      }
    } };
    const failure = await checkSla(gateway, config, reps, '912', T0 + 271 * MINUTE, 'n1').then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: 'ESCALATION_INCOMPLETE', summary: expect.stringMatching(/The contact is routed to (Ben|Cy) and saved, but the audit note with the reasons could not be written/) });
    const newOwner = stored('912')['hubspot_owner_id'];
    expect(['12', '13']).toContain(newOwner);
    expect(stored('912')).toMatchObject({ leadops_sla_status: 'on_track', leadops_reroutes: '1' });
    expect(stored('912')['leadops_sla_escalations'] ?? '').toBe('');

    // The new owner's own ladder runs from the re-route: a task for them when their first step comes due.
    const later = await checkSla(base, config, reps, '912', T0 + (271 + 181) * MINUTE, 'n2');
    expect(later.executed.map((e) => e.detail)).toEqual([`task for ${newOwner === '12' ? 'Ben' : 'Cy'}`]);
  });

  it('keeps the lead, its owner and its clock when the re-route finds nobody else, and re-routes at the next check once someone can take it', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    const onlyAna = reps.filter((rep) => rep.ownerId === '11');
    const stuck = await checkSla(gateway, config, onlyAna, '913', T0 + 271 * MINUTE, 'h1');
    expect(stuck.reroute?.outcome).toBe('kept');
    expect(stuck.executed.map((e) => e.detail)).toEqual(['task for Ana', 'task for manager 99']);
    expect(stored('913')).toMatchObject({ hubspot_owner_id: '11', leadops_routed_at: new Date(T0).toISOString(), leadops_sla_status: 'breached' });
    expect(stored('913')['leadops_reroutes'] ?? null).toBeNull();

    const moved = await checkSla(gateway, config, reps, '913', T0 + 272 * MINUTE, 'h2');
    expect(moved.executed.map((e) => e.detail)).toEqual([`re-routed to ${moved.reroute?.outcome === 'assigned' ? moved.reroute.decision.ownerName : '?'} (Re-route 1 of at most 2)`]);
    expect(['12', '13']).toContain(stored('913')['hubspot_owner_id']);
    expect(tasksOf('913')).toBe(2);
  });
});

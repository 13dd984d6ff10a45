import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, formatConfigProblem, type LeadOpsConfig } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { loadReps } from '../hubspot/hubspot-reps';
import { checkSla } from './check-sla.operation';
import { install } from './install.operation';
import { scoreContact } from './score-contact.operation';

const MINUTE = 60_000;
// Tuesday 24 Nov 2026, 15:00 UTC; the reps work around the clock in this test.
const T0 = Date.parse('2026-11-24T15:00:00Z');
const allDay = [['00:00', '24:00']];

function testConfig(): LeadOpsConfig {
  const base = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as Record<string, unknown>;
  const parsed = parseConfig({
    ...base,
    calendars: [{ id: 'always', label: 'Always', timeZone: 'UTC', week: { monday: allDay, tuesday: allDay, wednesday: allDay, thursday: allDay, friday: allDay, saturday: allDay, sunday: allDay } }],
    routing: {
      teams: [{ id: 'inbound', label: 'Inbound', calendar: 'always', managerOwnerId: '99' }],
      reps: [{ ownerId: '11', name: 'Ana', calendar: 'always', team: 'inbound' }, { ownerId: '12', name: 'Ben', calendar: 'always', team: 'inbound' }, { ownerId: '99', name: 'Mia', calendar: 'always' }],
      pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }],
      rules: [{ id: 'everyone', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'inbound' } }],
    },
  });
  if (!parsed.ok) throw new Error(parsed.problems.map(formatConfigProblem).join('\n'));
  return parsed.config;
}

describe('scoreContact and checkSla against the emulator', () => {
  const config = testConfig();
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }, { id: '12', userId: 12, email: 'ben@x.example', firstName: 'Ben', lastName: 'R' }, { id: '99', userId: 99, email: 'mia@x.example', firstName: 'Mia', lastName: 'M' }],
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

  it('re-routes a lead nobody touches at most sla.maxReroutes times, then leaves it with its owner and says why', async () => {
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    // Ben got 901 at T0 + 61 min; an hour later his whole ladder is due, ending in a re-route back to Ana.
    const second = await checkSla(gateway, config, reps, '901', T0 + 122 * MINUTE, 'c6');
    expect(second.executed.map((e) => e.detail)).toEqual(['task for Ben', 'task for manager 99', 're-routed to Ana (Re-route 2 of at most 2)']);
    // Ana's second clock breaches too: tasks as usual, but the lead stays with her.
    const third = await checkSla(gateway, config, reps, '901', T0 + 183 * MINUTE, 'c7');
    expect(third.reroute).toBeNull();
    expect(third.executed.map((e) => e.detail)).toEqual(['task for Ana', 'task for manager 99', 'Not re-routed: already re-routed 2 times, the most sla.maxReroutes (2) allows, so the lead stays with its owner']);
    expect(emulator.portal.getObject('contacts', '901')?.properties).toMatchObject({ hubspot_owner_id: '11', leadops_reroutes: '2' });
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

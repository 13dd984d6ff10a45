import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { contractProblems } from '../../../test/support/contract-check';
import { FAST_RETRIES, gatewayFor } from '../../../test/support/emulator-gateway';
import { roundTheClockConfig } from '../../../test/support/round-the-clock-config';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { clearSetupCache } from '../functions/setup-cache';
import { loadReps } from '../hubspot/hubspot-reps';
import { checkSla } from '../operations/check-sla.operation';
import { saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { routeContact } from '../operations/route-contact.operation';
import { sweepSla } from './sla-sweep';

const MINUTE = 60_000;
// Tuesday 24 November 2026, 09:00 in New York (14:00 UTC); the reps work 09:00–17:00 New York time.
const TUESDAY_9AM = Date.parse('2026-11-24T14:00:00Z');
const NY_OFFICE = JSON.stringify([{ days: 'MONDAY_TO_FRIDAY', startMinute: 540, endMinute: 1020 }]);
const OWNERS = [['11', 'Ana'], ['12', 'Ben'], ['13', 'Chloé'], ['21', 'Dev'], ['22', 'Eli'], ['23', 'Fay'], ['31', 'Gus'], ['32', 'Hana'], ['99', 'Vera']] as const;

describe('sweepSla over a simulated working day', () => {
  let clock = TUESDAY_9AM;
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      now: () => clock,
      seed: {
        owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
        users: OWNERS.map((_, i) => ({ id: String(500 + i), properties: { hs_internal_user_id: String(1000 + i), hs_working_hours: NY_OFFICE, hs_standard_time_zone: 'America/New_York', hs_availability_status: 'available' } })),
        contacts: ['801', '802', '803'].map((id) => ({ id, properties: { email: `lead${id}@globex.example`, firstname: `Lead ${id}`, country: 'US', numemployees: '60', jobtitle: 'Sales Manager' } })),
      },
    });
    await install(gatewayFor(emulator));
    const saved = await saveConfig(gatewayFor(emulator), JSON.stringify(routingConfig()), 'admin@example.com', clock);
    if (!saved.ok) throw new Error(saved.message);
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('escalates exactly the contacts that are due, each step within one sweep of its working-time moment', async () => {
    const config = routingConfig();
    const gateway = gatewayFor(emulator, { retryTiming: FAST_RETRIES });
    const route = async (contactId: string, at: number) => {
      clock = at;
      clearSetupCache();
      const { reps } = await loadReps(gateway, config, at);
      await routeContact(gateway, config, contactId, { now: at, reps, claimId: `route-${contactId}`, settleMs: 0, sleep: async () => undefined });
    };
    // 801 at 09:00 and never touched; 802 at 09:00 and touched at 10:00; 803 at 16:00 (its clock runs into Wednesday).
    await route('801', TUESDAY_9AM);
    await route('802', TUESDAY_9AM);
    await route('803', TUESDAY_9AM + 7 * 60 * MINUTE);
    const sweepEvery = 10 * MINUTE;
    const steps: { contactId: string; step: string; at: number }[] = [];
    for (clock = TUESDAY_9AM; clock <= TUESDAY_9AM + 30 * 60 * MINUTE; clock += sweepEvery) {
      if (clock === TUESDAY_9AM + 60 * MINUTE) emulator.portal.updateObject('contacts', '802', { hs_sa_first_engagement_date: new Date(clock).toISOString() }, clock);
      clearSetupCache();
      const result = await sweepSla(gateway, clock, `sweep-${clock}`);
      for (const e of result.escalated) for (const step of e.steps) steps.push({ contactId: e.contactId, step, at: clock });
      expect(result.failed).toEqual([]);
    }
    // Lead policy: 240 working minutes; task at 75% (180 min), manager at 100%, re-route 30 min after.
    const expected = [
      { contactId: '801', step: 'Task for the owner', at: TUESDAY_9AM + 180 * MINUTE },
      { contactId: '801', step: "Notify the owner's manager", at: TUESDAY_9AM + 240 * MINUTE },
      { contactId: '801', step: 'Re-route to another rep', at: TUESDAY_9AM + 270 * MINUTE },
      // 803: 60 working minutes on Tuesday (16:00–17:00), then 120 on Wednesday from 09:00 → 11:00.
      { contactId: '803', step: 'Task for the owner', at: TUESDAY_9AM + (24 + 2) * 60 * MINUTE },
    ];
    for (const want of expected) {
      const got = steps.find((s) => s.contactId === want.contactId && s.step === want.step);
      expect(got?.at).toBeGreaterThanOrEqual(want.at);
      expect(got?.at).toBeLessThan(want.at + sweepEvery);
    }
    expect(steps.filter((s) => s.contactId === '802')).toEqual([]);
    // Each step ran once: the sweep never repeats what a check already did.
    const firstOwnerSteps = steps.filter((s) => s.contactId === '801' && s.at <= TUESDAY_9AM + 270 * MINUTE);
    expect(firstOwnerSteps.map((s) => s.step)).toEqual(['Task for the owner', "Notify the owner's manager", 'Re-route to another rep']);
  }, 60_000);
});

describe('sweepSla closes the clocks it watches', () => {
  const T0 = Date.parse('2026-11-24T15:00:00Z');
  const at = (minutes: number) => new Date(T0 + minutes * MINUTE).toISOString();
  const defaults = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as { sla: Record<string, unknown> };
  const config = roundTheClockConfig({
    routing: {
      teams: [{ id: 'inbound', label: 'Inbound', calendar: 'always', managerOwnerId: '99' }],
      reps: [{ ownerId: '11', name: 'Ana', calendar: 'always', team: 'inbound' }, { ownerId: '12', name: 'Ben', calendar: 'always', team: 'inbound' }, { ownerId: '99', name: 'Mia', calendar: 'always' }],
      pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }],
      rules: [{ id: 'everyone', label: 'Everyone', when: { property: 'email', op: 'known' }, target: { type: 'pool', pool: 'inbound' } }],
    },
    // A portal's own "first call" property counts as a first touch too.
    sla: { ...defaults.sla, firstTouchProperties: ['hs_sa_first_engagement_date', 'first_call_at'] },
  });
  // Every lead is Ana's from T0, on a 240-working-minute clock (task at 180, breach at 240, re-route at 270).
  const lead = (id: string, properties: Record<string, string> = {}) => ({ id, properties: { email: `lead${id}@globex.example`, lifecyclestage: 'lead', hubspot_owner_id: '11', leadops_routed_at: at(0), leadops_sla_status: 'on_track', ...properties } });
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }, { id: '12', userId: 12, email: 'ben@x.example', firstName: 'Ben', lastName: 'R' }, { id: '99', userId: 99, email: 'mia@x.example', firstName: 'Mia', lastName: 'M' }],
        contacts: [
          lead('811', { hs_sa_first_engagement_date: at(10) }),
          lead('812'),
          lead('813'),
          lead('814', { first_call_at: at(10) }),
          // A touch from before this assignment (an earlier owner's) does not stop this clock.
          lead('815', { hs_sa_first_engagement_date: at(-3 * 24 * 60) }),
          // Met two days ago under Ana, with its steps done; re-routed below, its new clock starts afresh.
          lead('816', { leadops_routed_at: at(-2 * 24 * 60), hs_sa_first_engagement_date: at(-2 * 24 * 60 + 5), leadops_sla_status: 'met', leadops_sla_escalations: 'remind-owner,tell-manager' }),
          lead('817'),
          { id: '818', properties: { email: 'lead818@globex.example', lifecyclestage: 'lead' } },
          // Assigned when no policy applied (no clock), an MQL since.
          lead('819', { leadops_sla_status: 'no_policy', leadops_is_mql: 'true' }),
        ],
      },
    });
    await install(gatewayFor(emulator));
    // After install, which defines it as a date (a seeded value would define it as text).
    emulator.portal.updateObject('contacts', '816', { leadops_first_touch_at: at(-2 * 24 * 60 + 5) }, T0);
    const saved = await saveConfig(gatewayFor(emulator), JSON.stringify(config), 'admin@example.com', T0);
    if (!saved.ok) throw new Error(saved.message);
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  const sweep = async (minutes: number) => {
    clearSetupCache();
    const result = await sweepSla(gatewayFor(emulator), T0 + minutes * MINUTE, `sweep-${minutes}`);
    expect(result.failed).toEqual([]);
    return { checked: result.checked, escalated: result.escalated.map((e) => e.contactId).sort() };
  };
  const contact = (id: string) => emulator.portal.getObject('contacts', id)?.properties ?? {};
  const tasksOf = (id: string) => emulator.portal.associations('contacts', id, 'tasks').length;

  it('runs one escalation step once when two checks of a contact overlap', async () => {
    const gateway = gatewayFor(emulator);
    clearSetupCache();
    const { reps } = await loadReps(gateway, config, T0);
    const checks = await Promise.all([checkSla(gateway, config, reps, '817', T0 + 185 * MINUTE, 'a'), checkSla(gateway, config, reps, '817', T0 + 185 * MINUTE, 'b')]);
    expect(checks.flatMap((c) => c.executed.map((e) => e.step.stepId))).toEqual(['remind-owner']);
    expect(tasksOf('817')).toBe(1);
  });

  it('re-routing gives the new owner a fresh clock: no steps done, no first touch', async () => {
    clearSetupCache();
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    const result = await routeContact(gateway, config, '816', { now: T0, reps, claimId: 'reroute-816', reroute: true, settleMs: 0, sleep: async () => undefined });
    expect(result.outcome).toBe('assigned');
    expect(contact('816')).toMatchObject({ hubspot_owner_id: '12', leadops_sla_status: 'on_track' });
    expect(contact('816')['leadops_sla_escalations'] ?? '').toBe('');
    expect(contact('816')['leadops_first_touch_at'] ?? '').toBe('');
  });

  it('records the first touch as met, on time or late, and stops checking those contacts; open clocks escalate in working time', async () => {
    const first = await sweep(20);
    for (const id of ['811', '814']) {
      expect(contact(id)['leadops_sla_status']).toBe('met');
      expect(Date.parse(contact(id)['leadops_first_touch_at'] ?? '')).toBe(T0 + 10 * MINUTE);
    }
    expect(first.checked).toBe(7);
    // 811 and 814 are done; the others' clocks run on.
    expect((await sweep(30)).checked).toBe(5);
    // 75% of 240 minutes: the owner's task for every untouched lead, the one with an earlier owner's touch too.
    expect((await sweep(190)).escalated).toEqual(['812', '813', '815', '816']);
    expect(tasksOf('817')).toBe(1);
    // 812 is touched at 250, ten working minutes late: breached for good, no more steps, and not checked again.
    emulator.portal.updateObject('contacts', '812', { hs_sa_first_engagement_date: at(250) }, T0 + 250 * MINUTE);
    await sweep(260);
    expect(contact('812')['leadops_sla_status']).toBe('breached');
    expect(Date.parse(contact('812')['leadops_first_touch_at'] ?? '')).toBe(T0 + 250 * MINUTE);
    expect(tasksOf('812')).toBe(1);
    expect((await sweep(265)).checked).toBe(4);
  });

  it('starts no clock after the fact for a lead assigned when no policy applied', async () => {
    clearSetupCache();
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    const checked = await checkSla(gateway, config, reps, '819', T0 + 400 * MINUTE, 'check-819');
    expect(checked.executed).toEqual([]);
    expect(contact('819')['leadops_sla_status']).toBe('no_policy');
    expect(tasksOf('819')).toBe(0);
  });

  it('keeps the policy a clock started with when the lead becomes an MQL later', async () => {
    clearSetupCache();
    const gateway = gatewayFor(emulator);
    const { reps } = await loadReps(gateway, config, T0);
    await routeContact(gateway, config, '818', { now: T0 + 300 * MINUTE, reps, claimId: 'route-818', settleMs: 0, sleep: async () => undefined });
    expect(contact('818')['leadops_sla_policy']).toBe('lead-first-touch');
    // An hour later the lead becomes an MQL: the 4-hour clock runs on; the 30-minute MQL policy would be breached.
    emulator.portal.updateObject('contacts', '818', { leadops_is_mql: 'true' }, T0 + 360 * MINUTE);
    expect((await sweep(370)).escalated).not.toContain('818');
    expect(contact('818')['leadops_sla_status']).toBe('on_track');
    expect(tasksOf('818')).toBe(0);
  });
});

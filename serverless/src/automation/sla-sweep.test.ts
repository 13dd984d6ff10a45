import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { contractProblems } from '../../../test/support/contract-check';
import { FAST_RETRIES, gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { clearSetupCache } from '../functions/setup-cache';
import { loadReps } from '../hubspot/hubspot-reps';
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

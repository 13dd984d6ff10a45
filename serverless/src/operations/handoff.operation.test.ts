import type { LeadOpsConfig, RoutingRep } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { roundTheClockConfig } from '../../../test/support/round-the-clock-config';
import { loadReps } from '../hubspot/hubspot-reps';
import { cardData } from './card-data.operation';
import { answerHandoff } from './handoff.operation';
import { install } from './install.operation';
import { OperationError } from './operation-error';
import { scoreContact } from './score-contact.operation';

const MINUTE = 60_000;
// Tuesday 24 Nov 2026, 15:00 UTC; the rep works around the clock in this test.
const T0 = Date.parse('2026-11-24T15:00:00Z');

function testConfig(): LeadOpsConfig {
  return roundTheClockConfig({ routing: { reps: [{ ownerId: '11', name: 'Ana', calendar: 'always' }], pools: [], rules: [] } });
}

/** An MQL owned by Ana: a VP at a 300-person company who asked for a demo yesterday. */
const mql = (id: string) => ({ id, properties: { email: `dana${id}@northwind.example`, jobtitle: 'VP Sales', numemployees: '300', country: 'US', lifecyclestage: 'marketingqualifiedlead', recent_conversion_date: new Date(T0 - 86_400_000).toISOString(), recent_conversion_event_name: 'Demo request', hubspot_owner_id: '11', leadops_routed_at: new Date(T0).toISOString() } });

/** Lets the first `n` writes through and answers every later one with a 500, longer than the retries last. */
function failWritesAfter(n: number) {
  let writes = 0;
  return { only: 'writes' as const, rate500: 0.5, random: () => (++writes <= n ? 0.99 : 0.1) };
}

describe('answerHandoff against the emulator', () => {
  const config = testConfig();
  const reject = (at: number) => ({ kind: 'reject' as const, at, reasonCode: 'bad_timing' });
  let emulator: HubSpotEmulator;
  let reps: readonly RoutingRep[];
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: { owners: [{ id: '11', userId: 11, email: 'ana@x.example', firstName: 'Ana', lastName: 'R' }], contacts: [mql('901'), mql('902'), mql('903'), { id: '904', properties: { ...mql('904').properties, lifecyclestage: 'lead', leadops_routed_at: new Date(T0 - 3 * 86_400_000).toISOString() } }] },
    });
    const gateway = gatewayFor(emulator);
    await install(gateway);
    reps = (await loadReps(gateway, config, T0)).reps;
  });
  afterAll(async () => {
    await emulator.close();
  });
  afterEach(() => emulator.setFaults(undefined));
  const stored = (id: string) => emulator.portal.getObject('contacts', id)?.properties ?? {};

  it("tells the SLA card the owner's working time for the day after it read the clock", async () => {
    const readAt = T0 + 5 * MINUTE;
    const { sla, slaOwner } = await cardData(gatewayFor(emulator), config, reps, '903', readAt);
    expect(sla?.status).toBe('on_track');
    const ana = reps.find((rep) => rep.ownerId === '11');
    expect(slaOwner).toEqual({ ownerId: '11', name: 'Ana', timeZone: ana?.calendar.timeZone, readAt, workingSpans: ana?.calendar.workingSpans(readAt, readAt + 24 * 60 * MINUTE) });
    // Ana works around the clock here: the whole day counts.
    expect(slaOwner?.workingSpans.reduce((minutes, span) => minutes + (span.end - span.start) / MINUTE, 0)).toBe(24 * 60);
  });

  it('keeps a rejected lead recycled when it is scored again, and lets new activity make it an MQL again', async () => {
    const gateway = gatewayFor(emulator);
    await answerHandoff(gateway, config, reps, '901', reject(T0 + 30 * MINUTE), T0 + 30 * MINUTE);
    expect(stored('901')).toMatchObject({ lifecyclestage: 'lead', leadops_handoff_status: 'rejected', leadops_recycled_at: new Date(T0 + 30 * MINUTE).toISOString() });

    const rescored = await scoreContact(gateway, config, '901', T0 + 40 * MINUTE);
    expect(rescored.score.mql.qualifies).toBe(true);
    expect(rescored.lifecycle.transition).toBeNull();
    expect(rescored.lifecycle.reasons.map((r) => r.code)).toContain('stage-recycle-hold');
    expect(stored('901')['lifecyclestage']).toBe('lead');

    // A form submitted after the rejection: the lead has done something new.
    emulator.portal.updateObject('contacts', '901', { recent_conversion_date: new Date(T0 + 2 * 86_400_000).toISOString(), recent_conversion_event_name: 'Demo request' });
    const reengaged = await scoreContact(gateway, config, '901', T0 + 2 * 86_400_000 + MINUTE);
    expect(reengaged.lifecycle.reasons.find((r) => r.code === 'stage-recycle-hold')?.text).toMatch(/^Moves forward again: recycled on 2026-11-24 \(Interested, but not now\), then form submission on 2026-11-26/);
    expect(stored('901')['lifecyclestage']).toBe('marketingqualifiedlead');
  });

  it('says so when a rejection stops after clearing the stage, and finishes it when answered again', async () => {
    const handoffOnCard = async () => (await cardData(gatewayFor(emulator), config, reps, '902', T0 + 3 * MINUTE)).handoff;
    expect(await handoffOnCard()).toMatchObject({ state: 'awaiting', status: null });
    emulator.setFaults(failWritesAfter(1));
    const failure = await answerHandoff(gatewayFor(emulator), config, reps, '902', reject(T0), T0).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(OperationError);
    expect(failure).toMatchObject({ code: 'HANDOFF_INCOMPLETE', fix: 'Reject the handoff again with the same reason: LeadOps finishes it.' });
    expect(stored('902')).toMatchObject({ lifecyclestage: null, leadops_handoff_status: 'rejected', leadops_handoff_reason: 'bad_timing' });

    emulator.setFaults(undefined);
    // The card offers the rejection again, to finish it.
    expect(await handoffOnCard()).toMatchObject({ state: 'interrupted', status: 'rejected', reason: 'bad_timing' });
    // Half-rejected is still rejected: neither Accept nor another reason may answer it a second time.
    emulator.clearLog();
    for (const other of [{ kind: 'accept' as const, at: T0 + MINUTE }, { ...reject(T0 + MINUTE), reasonCode: 'no_budget' }]) {
      await expect(answerHandoff(gatewayFor(emulator), config, reps, '902', other, T0 + MINUTE)).rejects.toMatchObject({ error: { code: 'HANDOFF_INCOMPLETE', fix: expect.stringMatching(/^Reject again with ".+" to finish it/) } });
    }
    expect(emulator.writes()).toEqual([]);
    const finished = await answerHandoff(gatewayFor(emulator), config, reps, '902', reject(T0 + 2 * MINUTE), T0 + 2 * MINUTE);
    expect(finished.stage).toBe('lead');
    expect(stored('902')).toMatchObject({ lifecyclestage: 'lead', leadops_handoff_status: 'rejected', hs_lead_status: 'BAD_TIMING' });
    expect(await handoffOnCard()).toMatchObject({ state: 'none', status: 'rejected' });
  });

  it('counts the handoff deadline from when the lead became an MQL, not from when it was routed days before', async () => {
    const gateway = gatewayFor(emulator);
    // 904 was routed three days ago as a lead; its demo request makes it an MQL now.
    await scoreContact(gateway, config, '904', T0);
    expect(stored('904')['lifecyclestage']).toBe('marketingqualifiedlead');
    const answer = await answerHandoff(gateway, config, reps, '904', { kind: 'accept', at: T0 + 5 * MINUTE }, T0 + 5 * MINUTE);
    expect(answer.reasons[0]).toBe('Accepted: moves to Sales qualified lead');
  });

  it('reports an answer that is saved but whose audit note failed, so nobody answers twice', async () => {
    // Accepting is one write; the note's writes fail.
    emulator.setFaults(failWritesAfter(1));
    const failure = await answerHandoff(gatewayFor(emulator), config, reps, '903', { kind: 'accept', at: T0 }, T0).then(() => null, (error: unknown) => error);
    expect(failure).toMatchObject({ code: 'NOTE_NOT_WRITTEN' });
    expect((failure as OperationError).summary).toMatch(/^The handoff is accepted and saved on the contact, but its audit note could not be written/);
    expect(stored('903')).toMatchObject({ lifecyclestage: 'salesqualifiedlead', leadops_handoff_status: 'accepted' });
  });
});

import type { LeadOpsConfig } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { roundTheClockConfig } from '../../../test/support/round-the-clock-config';
import { HubSpotError } from '../hubspot/hubspot-error';
import { install } from './install.operation';
import { enrollNurture } from './nurture.operation';
import { OperationError } from './operation-error';

const NOW = Date.parse('2026-11-24T15:00:00Z');

function testConfig(): LeadOpsConfig {
  return roundTheClockConfig({ nurture: { tracks: [{ id: 'education', label: 'Education series', via: { kind: 'sequence', sequenceId: '9001', senderEmail: 'Marketing@leadops.example' } }, { id: 'webinar-follow-up', label: 'Webinar follow-up', via: { kind: 'sequence', sequenceId: '9001', senderEmail: 'events@leadops.example' } }, { id: 'long-nurture', label: 'Quarterly check-in', via: { kind: 'list', listId: '77' } }] } });
}

describe('enrollNurture when HubSpot refuses or fails part-way', () => {
  const config = testConfig();
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        sequences: [{ id: '9001', name: 'Education' }],
        contacts: [{ id: '901', properties: { email: 'ana@northwind.example' } }, { id: '902', properties: { email: 'ben@northwind.example' } }, { id: '903', properties: { email: 'cy@northwind.example' } }, { id: '904', properties: { email: 'dee@northwind.example' } }, { id: '905', properties: { email: 'eve@northwind.example' } }],
        // The sender of the education track, and a user who is not the sender of any.
        users: [{ id: '5001', properties: { hs_email: 'marketing@leadops.example', hs_internal_user_id: '4417' } }, { id: '5002', properties: { hs_email: 'rep@leadops.example', hs_internal_user_id: '4418' } }],
      },
    });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    // The enrollment read after an unconfirmed enrollment follows HubSpot's document too.
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  afterEach(() => emulator.setFaults(undefined));
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

  it('says the contact is enrolled but not recorded, and not to enroll again, when the record write fails', async () => {
    let writes = 0;
    // The enrollment passes; the contact update after it gets a 500.
    emulator.setFaults({ only: 'writes', rate500: 0.5, random: () => (++writes <= 1 ? 0.99 : 0.1) });
    const error = await failure(enrollNurture(gatewayFor(emulator, { retries: 0 }), config, '901', 'education', NOW));
    expect(error).toBeInstanceOf(OperationError);
    expect(error).toMatchObject({ code: 'ENROLLED_NOT_RECORDED' });
    expect((error as OperationError).fix).toMatch(/^Do not enroll again: set the contact's "LeadOps nurture track" to "education"/);
    expect(emulator.portal.enrollments.map((e) => e.contactId)).toEqual(['901']);
  });

  it('explains a refused sequence enrollment (one sequence at a time) instead of suggesting a missing property', async () => {
    const error = await failure(enrollNurture(gatewayFor(emulator), config, '901', 'education', NOW));
    expect(error).toMatchObject({ code: 'NOT_ENROLLED' });
    expect((error as OperationError).summary).toMatch(/already enrolled/);
    expect((error as OperationError).fix).toMatch(/^A contact can be in one sequence at a time/);
  });

  it("enrolls a sequence on behalf of the user whose inbox the track sends from, found by the sender's email", async () => {
    const outcome = await enrollNurture(gatewayFor(emulator), config, '902', 'education', NOW);
    expect(outcome.via).toBe('sequence');
    expect(emulator.portal.enrollments.filter((e) => e.contactId === '902').map((e) => [e.userId, e.senderEmail])).toEqual([['4417', 'Marketing@leadops.example']]);
  });

  it('treats an enrollment HubSpot made but answered 500 to as done, once HubSpot shows the contact in the sequence', async () => {
    let writes = 0;
    // The enrollment is applied and answered 500; the writes after it pass.
    emulator.setFaults({ only: 'writes', rate500Applied: 0.5, random: () => (++writes <= 1 ? 0.1 : 0.99) });
    const outcome = await enrollNurture(gatewayFor(emulator), config, '904', 'education', NOW);
    expect(outcome).toMatchObject({ trackId: 'education', via: 'sequence' });
    expect(emulator.portal.enrollments.filter((e) => e.contactId === '904')).toHaveLength(1);
    expect(emulator.portal.getObject('contacts', '904')?.properties['leadops_nurture_track']).toBe('education');
  });

  it('says an enrollment HubSpot answered 500 to did not happen when HubSpot shows the contact in no sequence, and to enroll again', async () => {
    let writes = 0;
    emulator.setFaults({ only: 'writes', rate500: 0.5, random: () => (++writes <= 1 ? 0.1 : 0.99) });
    const error = await failure(enrollNurture(gatewayFor(emulator), config, '905', 'education', NOW));
    // Still an outage (so a workflow action is retried), but no longer "may have been applied".
    expect(error).toBeInstanceOf(HubSpotError);
    expect(error).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', fix: 'Enroll again in a minute.', message: 'HubSpot answered "internal error" to enrolling the contact in the "Education series" sequence and shows it in no sequence: it was not enrolled.' });
    expect((error as HubSpotError).details.outcomeUnknown).toBeUndefined();
    expect(emulator.portal.enrollments.filter((e) => e.contactId === '905')).toEqual([]);
    expect(emulator.portal.getObject('contacts', '905')?.properties['leadops_nurture_track'] ?? null).toBeNull();
    emulator.setFaults(undefined);
    expect(await enrollNurture(gatewayFor(emulator), config, '905', 'education', NOW)).toMatchObject({ trackId: 'education' });
  });

  it('enrolls nobody, naming the sender and the fix, when the track sends from an address that is no user of the account', async () => {
    const error = await failure(enrollNurture(gatewayFor(emulator), config, '903', 'webinar-follow-up', NOW));
    expect(error).toMatchObject({ code: 'NOT_ENROLLED' });
    expect((error as OperationError).summary).toContain('events@leadops.example, which is not the email of a user');
    expect((error as OperationError).fix).toMatch(/set the track's sender to the email of a HubSpot user/);
    expect(emulator.portal.enrollments.filter((e) => e.contactId === '903')).toEqual([]);
  });
});

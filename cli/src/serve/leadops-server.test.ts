import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createHubSpotGateway, install, saveConfig, startHubSpotEmulator, type HubSpotEmulator } from '@leadops/serverless';
import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { FAST_RETRIES, seeded, TEST_TOKEN } from '../../../test/support/emulator-gateway';
import { createLeadOpsServer, type LeadOpsServer } from './leadops-server';

const SECRET = 'serve-test-secret';
const OWNERS = [['11', 'Ana'], ['12', 'Ben'], ['13', 'Chloé'], ['21', 'Dev'], ['22', 'Eli'], ['23', 'Fay'], ['31', 'Gus'], ['32', 'Hana'], ['99', 'Vera']] as const;
const NY_OFFICE = JSON.stringify([{ days: 'MONDAY_TO_FRIDAY', startMinute: 540, endMinute: 1020 }]);
const CONTACTS = 200;
/**
 * The server's clock: a Wednesday, 10:00 in New York, inside the reps' office hours. The routing config
 * skips reps who are not working, so with the real clock this file failed every evening and weekend.
 */
const OFFICE_HOURS = Date.parse('2026-03-04T15:00:00Z');

function seed() {
  return {
    owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
    users: OWNERS.map((_, i) => ({ id: String(500 + i), properties: { hs_internal_user_id: String(1000 + i), hs_working_hours: NY_OFFICE, hs_standard_time_zone: 'America/New_York', hs_availability_status: 'available' } })),
    contacts: Array.from({ length: CONTACTS }, (_, i) => ({ id: String(7000 + i), properties: { email: `lead${i}@globex${i % 7}.example`, firstname: `Lead ${i}`, country: 'US', numemployees: '60', jobtitle: 'Sales Manager' } })),
  };
}

/** POSTs an execution signed with v2 as HubSpot's custom-action guide describes it. */
async function post(base: string, callbackId: string, contactId: string, secret = SECRET): Promise<{ status: number; body: { outputFields?: Record<string, string> } }> {
  const url = `${base}/actions/score-and-route`;
  const body = JSON.stringify({ callbackId, origin: { portalId: 42, actionDefinitionId: 7 }, object: { objectId: Number(contactId), objectType: 'CONTACT' }, inputFields: {} });
  const signature = createHash('sha256').update(`${secret}POST${url}${body}`).digest('hex');
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hubspot-signature': signature, 'x-hubspot-signature-version': 'v2' } });
  return { status: response.status, body: (await response.json()) as { outputFields?: Record<string, string> } };
}

async function started(emulator: HubSpotEmulator, now: () => number, sweepEveryMs = 0, answerWithinMs?: number): Promise<{ server: LeadOpsServer; base: string; lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const gateway = createHubSpotGateway({ accessToken: TEST_TOKEN, baseUrl: emulator.url, retries: 8, retryTiming: FAST_RETRIES, random: seeded(3), maxConcurrent: 20, tenSecondLimit: 100_000, searchPerSecond: 10_000 });
  const holder: { base: string } = { base: '' };
  const server = createLeadOpsServer({ gateway, clientSecret: SECRET, get publicUrl() { return holder.base; }, now, sweepEveryMs, log: (line) => lines.push(line), ...(answerWithinMs === undefined ? {} : { answerWithinMs }) });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  holder.base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  return { server, base: holder.base, lines };
}

describe('leadops serve', () => {
  let emulator: HubSpotEmulator;
  let running: Awaited<ReturnType<typeof started>>;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ seed: seed(), accessToken: TEST_TOKEN, rateLimit: false });
    const gateway = createHubSpotGateway({ accessToken: TEST_TOKEN, baseUrl: emulator.url, retryTiming: FAST_RETRIES });
    await install(gateway);
    const saved = await saveConfig(gateway, JSON.stringify(routingConfig()), 'admin@example.com', Date.now());
    if (!saved.ok) throw new Error(saved.message);
    await gateway.stop();
    running = await started(emulator, () => OFFICE_HOURS);
  });
  afterAll(async () => {
    await running.server.close();
    await emulator.close();
  });

  it('routes 200 contacts asked at once, each exactly once, through 429s, and answers or completes every execution', async () => {
    emulator.clearLog();
    emulator.setFaults({ rate429: 0.15, random: seeded(11) });
    const answers = await Promise.all(Array.from({ length: CONTACTS }, (_, i) => post(running.base, `bulk-${i}`, String(7000 + i))));
    // Executions answered BLOCK finish through the callbacks API.
    const blocked = answers.map((a, i) => [a, `bulk-${i}`] as const).filter(([a]) => a.body.outputFields?.['hs_execution_state'] === 'BLOCK').map(([, id]) => id);
    // Up to a minute: on a loaded machine 200 routings through 15% 429s take tens of seconds.
    for (let wait = 0; wait < 1200 && blocked.some((id) => !emulator.portal.completedCallbacks.some((c) => c.callbackId === id)); wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    emulator.setFaults(undefined);
    expect(answers.map((a) => a.status)).toEqual(Array(CONTACTS).fill(200));
    expect(answers.filter((a) => !['SUCCESS', 'BLOCK'].includes(a.body.outputFields?.['hs_execution_state'] ?? ''))).toEqual([]);
    for (const id of blocked) expect(emulator.portal.completedCallbacks.find((c) => c.callbackId === id)?.outputFields['hs_execution_state']).toBe('SUCCESS');
    expect(emulator.log.some((e) => e.status === 429)).toBe(true);
    const ownerWrites = new Map<string, number>();
    for (const e of emulator.writes()) {
      const owner = (e.requestBody as { properties?: Record<string, string> } | undefined)?.properties?.['hubspot_owner_id'];
      const id = /\/contacts\/(\d+)$/.exec(e.path)?.[1];
      if (owner && id) ownerWrites.set(id, (ownerWrites.get(id) ?? 0) + 1);
    }
    expect(ownerWrites.size).toBe(CONTACTS);
    expect([...ownerWrites.values()].every((n) => n === 1)).toBe(true);
    for (let i = 0; i < CONTACTS; i += 1) expect(emulator.portal.getObject('contacts', String(7000 + i))?.properties['hubspot_owner_id']).toBeTruthy();
  }, 120_000);

  it('answers a replayed callback the same without writing again, and refuses a bad signature with 401', async () => {
    await post(running.base, 'replay-1', '7000');
    const writes = emulator.writes().length;
    const again = await post(running.base, 'replay-1', '7000');
    expect(again.status).toBe(200);
    expect(emulator.writes().length).toBe(writes);
    const forged = await post(running.base, 'forged-1', '7001', 'wrong-secret');
    expect(forged.status).toBe(401);
    expect(emulator.writes().length).toBe(writes);
  });

  it("lists the config's nurture tracks for the action's dropdown, to signed requests only", async () => {
    const url = `${running.base}/actions/enroll-nurture/options`;
    const body = JSON.stringify({ portalId: 42, actionDefinitionId: 9, inputFieldName: 'track' });
    const signature = createHash('sha256').update(`${SECRET}POST${url}${body}`).digest('hex');
    const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-hubspot-signature': signature } });
    const answer = (await response.json()) as { options: { value: string }[] };
    expect(answer.options.map((o) => o.value)).toEqual(routingConfig().nurture.tracks.map((t) => t.id));
    const unsigned = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
  });

  it('reports health and logs without secrets or signatures', async () => {
    const health = (await (await fetch(`${running.base}/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const logged = JSON.stringify(running.lines);
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toContain(TEST_TOKEN);
    // No signature value (64 hex digits) is ever logged.
    expect(logged).not.toMatch(/[0-9a-f]{64}/);
  });
  it('stops at once when shut down while an execution waits to run again, completing it with the reason', async () => {
    const second = await started(emulator, () => OFFICE_HOURS, 0, 0);
    // A lead no other test routed, so routing it must write.
    const lead = emulator.portal.createObject('contacts', { email: 'stopping@globex.example', firstname: 'Stopping', country: 'US', numemployees: '60', jobtitle: 'Sales Manager' });
    // HubSpot refuses every write: the work fails after its BLOCK answer and waits 30 s to run again.
    emulator.setFaults({ rate500: 1, only: 'writes' });
    const answer = await post(second.base, 'stopping-1', lead.id);
    expect(answer.body.outputFields?.['hs_execution_state']).toBe('BLOCK');
    for (let i = 0; i < 400 && !second.lines.some((line) => String(line['message']).includes('running it again in 30 s')); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    emulator.setFaults(undefined);
    await second.server.close();
    const completed = emulator.portal.completedCallbacks.find((c) => c.callbackId === 'stopping-1');
    expect(completed?.outputFields['hs_execution_state']).toBe('FAIL_CONTINUE');
    expect(completed?.outputFields['leadops_error']).toMatch(/LeadOps was shutting down after running the action 1 time; re-enroll the contact to try again\.$/);
  }, 60_000);
});

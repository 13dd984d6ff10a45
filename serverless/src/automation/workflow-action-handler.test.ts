import { createHash, createHmac } from 'node:crypto';
import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { contractProblems } from '../../../test/support/contract-check';
import { FAST_RETRIES, gatewayFor, seeded } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { clearSetupCache } from '../functions/setup-cache';
import { HubSpotError } from '../hubspot/hubspot-error';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { CallbackResults } from './callback-results';
import { handleWorkflowAction, type WorkflowActionKind } from './workflow-action-handler';
import { WORKFLOW_ACTION_OUTPUTS } from './workflow-action-outputs';

const SECRET = 'client-secret-for-tests';
const URI = 'https://leadops.example.com/actions/score-and-route';
const OWNERS = [['11', 'Ana'], ['12', 'Ben'], ['13', 'Chloé'], ['21', 'Dev'], ['22', 'Eli'], ['23', 'Fay'], ['31', 'Gus'], ['32', 'Hana'], ['99', 'Vera']] as const;
const ALWAYS = JSON.stringify([{ days: 'EVERY_DAY', startMinute: 0, endMinute: 1440 }]);

/** A request signed as HubSpot's custom-action guide describes v2: SHA-256 hex of secret + method + URI + body. */
function signed(body: unknown, options: { secret?: string; tamper?: boolean; kind?: WorkflowActionKind } = {}) {
  const rawBody = JSON.stringify(body);
  const signature = createHash('sha256').update(`${options.secret ?? SECRET}POST${URI}${rawBody}`).digest('hex');
  return { kind: options.kind ?? ('score-and-route' as const), method: 'POST', uri: URI, rawBody: options.tamper ? rawBody.replace(':701,', ':702,') : rawBody, headers: { 'x-hubspot-signature': signature, 'x-hubspot-signature-version': 'v2' } };
}

/** v3 as HubSpot documents it: base64 HMAC-SHA256 (client secret) of method + URI + body + timestamp. */
function signedV3(body: unknown, timestamp: number) {
  const rawBody = JSON.stringify(body);
  const signature = createHmac('sha256', SECRET).update(`POST${URI}${rawBody}${timestamp}`).digest('base64');
  return { kind: 'score-and-route' as const, method: 'POST', uri: URI, rawBody, headers: { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': String(timestamp) } };
}

const execution = (callbackId: string, contactId: string) => ({ callbackId, origin: { portalId: 42, actionDefinitionId: 7 }, object: { objectId: Number(contactId), objectType: 'CONTACT' }, inputFields: {} });

describe('handleWorkflowAction against the emulator', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: OWNERS.map(([id, name], i) => ({ id, userId: 1000 + i, email: `${name.toLowerCase()}@leadops.example`, firstName: name, lastName: 'Rep' })),
        users: OWNERS.map(([, name], i) => ({ id: String(500 + i), properties: { hs_internal_user_id: String(1000 + i), hs_email: `${name.toLowerCase()}@leadops.example`, hs_working_hours: ALWAYS, hs_standard_time_zone: 'UTC', hs_availability_status: 'available' } })),
        contacts: ['701', '702', '703', '704', '705', '706'].map((id) => ({ id, properties: { email: `lead${id}@globex.example`, firstname: `Lead ${id}`, country: 'US', numemployees: '60', jobtitle: 'Sales Manager' } })),
        sequences: [{ id: '9001', name: 'Education' }],
      },
    });
    const gateway = gatewayFor(emulator);
    await install(gateway);
    // Ben's inbox sends the education sequence.
    const base = routingConfig();
    const config = { ...base, nurture: { tracks: base.nurture.tracks.map((track) => (track.id === 'education' ? { ...track, via: { kind: 'sequence', sequenceId: '9001', senderEmail: 'ben@leadops.example' } } : track)) } };
    const saved = await saveConfig(gateway, JSON.stringify(config), 'admin@example.com', Date.now());
    if (!saved.ok) throw new Error(saved.message);
  });
  beforeEach(() => {
    clearSetupCache();
    emulator.clearLog();
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  const options = (overrides: Partial<Parameters<typeof handleWorkflowAction>[1]> = {}) => ({ clientSecret: SECRET, gateway: gatewayFor(emulator, { retryTiming: FAST_RETRIES }), results: new CallbackResults(), ...overrides });

  it('scores and routes a signed request and answers the outputs a workflow can branch on', async () => {
    const answer = await handleWorkflowAction(signed(execution('cb-1', '701')), options());
    expect(answer.status).toBe(200);
    const outputs = (answer.body as { outputFields: Record<string, string> }).outputFields;
    expect(outputs['hs_execution_state']).toBe('SUCCESS');
    expect(OWNERS.map(([id]) => id)).toContain(outputs['leadops_owner_id']);
    expect(outputs['leadops_routing_rule']).toBe('Everyone else');
    expect(Number(outputs['leadops_score'])).toBeGreaterThan(0);
    expect(emulator.portal.getObject('contacts', '701')?.properties['hubspot_owner_id']).toBe(outputs['leadops_owner_id']);
    // exactly the outputs the action declares to HubSpot, so every one can be used in a branch
    expect(Object.keys(outputs).filter((name) => name !== 'hs_execution_state').sort()).toEqual(WORKFLOW_ACTION_OUTPUTS['score-and-route'].map((field) => field.name).sort());
  });

  it('checks the SLA of a routed contact and answers its status with the declared outputs', async () => {
    await handleWorkflowAction(signed(execution('cb-sla-route', '702')), options());
    const answer = await handleWorkflowAction(signed(execution('cb-sla-check', '702'), { kind: 'check-sla' }), options());
    const outputs = (answer.body as { outputFields: Record<string, string> }).outputFields;
    expect(outputs['hs_execution_state']).toBe('SUCCESS');
    const statuses = WORKFLOW_ACTION_OUTPUTS['check-sla'][0]?.options?.map((option) => option.value) ?? [];
    expect(statuses).toContain(outputs['leadops_sla_status']);
    expect(outputs['leadops_sla_status']).toBe(emulator.portal.getObject('contacts', '702')?.properties['leadops_sla_status']);
    expect(Object.keys(outputs).filter((name) => name !== 'hs_execution_state').sort()).toEqual(WORKFLOW_ACTION_OUTPUTS['check-sla'].map((field) => field.name).sort());
  });

  it("enrolls in a sequence track on behalf of the track's sender, answering every declared output", async () => {
    const answer = await handleWorkflowAction(signed({ ...execution('cb-nurture', '704'), inputFields: { track: 'education' } }, { kind: 'enroll-nurture' }), options());
    const outputs = (answer.body as { outputFields: Record<string, string> }).outputFields;
    expect(outputs).toMatchObject({ hs_execution_state: 'SUCCESS', leadops_nurture_track: 'education', leadops_error: '' });
    expect(emulator.portal.enrollments.filter((e) => e.contactId === '704').map((e) => [e.sequenceId, e.userId, e.senderEmail])).toEqual([['9001', '1001', 'ben@leadops.example']]);
    expect(Object.keys(outputs).filter((name) => name !== 'hs_execution_state').sort()).toEqual(WORKFLOW_ACTION_OUTPUTS['enroll-nurture'].map((field) => field.name).sort());
  });

  it('reads the track from `fields` when a delivery carries the values under that older name only', async () => {
    const { inputFields: _none, ...older } = { ...execution('cb-nurture-fields', '705'), fields: { track: 'education' } };
    const answer = await handleWorkflowAction(signed(older, { kind: 'enroll-nurture' }), options());
    expect((answer.body as { outputFields: Record<string, string> }).outputFields).toMatchObject({ hs_execution_state: 'SUCCESS', leadops_nurture_track: 'education' });
  });

  it('answers a failure with leadops_error, an output the action declares', async () => {
    const answer = await handleWorkflowAction(signed({ ...execution('cb-nurture-none', '705'), inputFields: { track: 'webinars' } }, { kind: 'enroll-nurture' }), options());
    const outputs = (answer.body as { outputFields: Record<string, string> }).outputFields;
    expect(outputs['hs_execution_state']).toBe('FAIL_CONTINUE');
    expect(outputs['leadops_error']).toMatch(/^There is no nurture track "webinars"\. Choose one of: /);
    expect(WORKFLOW_ACTION_OUTPUTS['enroll-nurture'].map((field) => field.name)).toContain('leadops_error');
  });

  it('answers 503 while another run is routing the contact, so that HubSpot retries, and the retry gets the outputs', async () => {
    emulator.portal.updateObject('contacts', '706', { leadops_routing_claim: `sweep-run|${Date.now()}` });
    const results = new CallbackResults();
    const busy = await handleWorkflowAction(signed(execution('cb-busy', '706')), options({ results }));
    expect(busy.status).toBe(503);
    expect((busy.body as { message: string }).message).toMatch(/^Another LeadOps run is routing this contact right now\. HubSpot retries this action\.$/);
    // The other run ends (its claim cleared); HubSpot delivers the same execution again.
    emulator.portal.updateObject('contacts', '706', { leadops_routing_claim: '' });
    const retried = await handleWorkflowAction(signed(execution('cb-busy', '706')), options({ results }));
    expect(retried.status).toBe(200);
    expect((retried.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('SUCCESS');
  });

  it.each([
    ['a tampered body', signed(execution('cb-2', '701'), { tamper: true })],
    ['the wrong secret', signed(execution('cb-2', '702'), { secret: 'not-the-secret' })],
    ['no signature', { ...signed(execution('cb-2', '702')), headers: {} }],
    ['a v3 signature older than 5 minutes', signedV3(execution('cb-2', '702'), Date.now() - 5 * 60_000 - 1_000)],
  ])('rejects %s with 401 and writes nothing', async (_, request) => {
    const answer = await handleWorkflowAction(request, options());
    expect(answer.status).toBe(401);
    expect(emulator.log).toEqual([]);
  });

  it('accepts a fresh v3 signature', async () => {
    const answer = await handleWorkflowAction(signedV3(execution('cb-v3', '703'), Date.now()), options());
    expect(answer.status).toBe(200);
  });

  it('does the work once for a callback delivered twice, and answers the replay the same', async () => {
    const results = new CallbackResults();
    const first = await handleWorkflowAction(signed(execution('cb-3', '702')), options({ results }));
    const writesAfterFirst = emulator.writes().length;
    const replay = await handleWorkflowAction(signed(execution('cb-3', '702')), options({ results }));
    expect(replay).toEqual(first);
    expect(emulator.writes().length).toBe(writesAfterFirst);
  });

  it('answers BLOCK when the work is slow and completes the callback with the outputs, retrying past a refusal', async () => {
    // Half of all writes fail with a 500, the completion included: the gateway and the handler retry.
    emulator.setFaults({ rate500: 0.5, only: 'writes', random: seeded(8) });
    const answer = await handleWorkflowAction(signed(execution('cb-4', '703')), options({ answerWithinMs: 0, completion: { attempts: 5, firstDelayMs: 1 }, sleep: async () => undefined }));
    expect((answer.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('BLOCK');
    const completed = async () => emulator.portal.completedCallbacks.find((c) => c.callbackId === 'cb-4');
    for (let i = 0; i < 100 && !(await completed()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const callback = await completed();
    emulator.setFaults(undefined);
    expect(callback?.outputFields['hs_execution_state']).toBe('SUCCESS');
    expect(callback?.outputFields['leadops_owner_id']).toBe(emulator.portal.getObject('contacts', '703')?.properties['hubspot_owner_id']);
    expect(emulator.log.filter((e) => e.path.includes('/callbacks/') && e.status >= 500).length).toBeGreaterThan(0);
  });

  describe('a BLOCKed execution that fails for a passing reason (HubSpot will not retry it: it was answered)', () => {
    /** The emulator's gateway, with HubSpot down for contact reads while `down()` says so. */
    function withOutage(down: () => boolean): HubSpotGateway {
      const base = gatewayFor(emulator, { retryTiming: FAST_RETRIES });
      const call = (async (id: string, request: unknown, schema: unknown) => {
        if (down() && id === 'contacts.get') throw new HubSpotError('HUBSPOT_UNAVAILABLE', 'HubSpot answered 503 to contacts.get.', 'HubSpot failed on its side after every retry: try again later.', { status: 503, endpointId: id });
        return (base.call as (i: string, r: unknown, s: unknown) => Promise<unknown>)(id, request, schema);
      }) as HubSpotGateway['call'];
      return { ...base, stats: base.stats, stop: base.stop, call };
    }
    const completedCallback = async (callbackId: string) => {
      for (let i = 0; i < 200 && !emulator.portal.completedCallbacks.some((c) => c.callbackId === callbackId); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      return emulator.portal.completedCallbacks.find((c) => c.callbackId === callbackId);
    };

    it('runs the work again after a wait and completes the callback with the outputs once HubSpot is back', async () => {
      let outage = true;
      const waits: number[] = [];
      const sleep = async (ms: number) => {
        waits.push(ms);
        outage = false;
      };
      const answer = await handleWorkflowAction(signed(execution('cb-outage', '704')), options({ gateway: withOutage(() => outage), answerWithinMs: 0, transientRetry: { attempts: 3, firstDelayMs: 30_000 }, sleep }));
      expect((answer.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('BLOCK');
      const callback = await completedCallback('cb-outage');
      expect(callback?.outputFields['hs_execution_state']).toBe('SUCCESS');
      expect(callback?.outputFields['leadops_error']).toBe('');
      expect(callback?.outputFields['leadops_owner_id']).toBe(emulator.portal.getObject('contacts', '704')?.properties['hubspot_owner_id']);
      expect(waits).toEqual([30_000]);
    });

    it('fails the execution only after every run, saying what failed and how long LeadOps tried', async () => {
      const waits: number[] = [];
      const answer = await handleWorkflowAction(signed(execution('cb-down', '705')), options({ gateway: withOutage(() => true), answerWithinMs: 0, transientRetry: { attempts: 3, firstDelayMs: 60_000 }, sleep: async (ms) => void waits.push(ms) }));
      expect((answer.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('BLOCK');
      const callback = await completedCallback('cb-down');
      expect(callback?.outputFields['hs_execution_state']).toBe('FAIL_CONTINUE');
      expect(callback?.outputFields['leadops_error']).toBe('HubSpot answered 503 to contacts.get. HubSpot failed on its side after every retry: try again later. LeadOps ran the action 3 times over 3 minutes; re-enroll the contact to try again.');
      expect(waits).toEqual([60_000, 120_000]);
    });

    it('gives up waiting at once when the server shuts down, completing the callback with the reason', async () => {
      const stopping = new AbortController();
      let waiting = false;
      const answer = await handleWorkflowAction(signed(execution('cb-stop', '705')), options({ gateway: withOutage(() => true), answerWithinMs: 0, stopping: stopping.signal, sleep: () => { waiting = true; return new Promise<void>(() => undefined); } }));
      expect((answer.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('BLOCK');
      for (let i = 0; i < 200 && !waiting; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      stopping.abort();
      const callback = await completedCallback('cb-stop');
      expect(callback?.outputFields['hs_execution_state']).toBe('FAIL_CONTINUE');
      expect(callback?.outputFields['leadops_error']).toMatch(/LeadOps was shutting down after running the action 1 time; re-enroll the contact to try again\.$/);
    });

    it('does not run again work that failed for a reason a retry cannot fix', async () => {
      const waits: number[] = [];
      const answer = await handleWorkflowAction(signed({ ...execution('cb-no-track', '705'), inputFields: { track: 'webinars' } }, { kind: 'enroll-nurture' }), options({ answerWithinMs: 0, sleep: async (ms) => void waits.push(ms) }));
      expect((answer.body as { outputFields: Record<string, string> }).outputFields['hs_execution_state']).toBe('BLOCK');
      const callback = await completedCallback('cb-no-track');
      expect(callback?.outputFields['hs_execution_state']).toBe('FAIL_CONTINUE');
      expect(callback?.outputFields['leadops_error']).toMatch(/^There is no nurture track "webinars"/);
      expect(waits).toEqual([]);
    });
  });
});

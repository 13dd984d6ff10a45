import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import type { SeedWorkflowAction } from '../emulator/emulator-types';
import { HubSpotError } from '../hubspot/hubspot-error';
import { syncWorkflowActionOutputs } from './workflow-action-definitions';
import { WORKFLOW_ACTIONS } from './workflow-action-handler';
import { outputFieldDefinition, WORKFLOW_ACTION_OUTPUTS } from './workflow-action-outputs';

const APP_ID = '4207';
const DEV_KEY = 'dev-key-for-tests';
const BASE = 'https://leadops.example.com';

/** The three definitions as `hs project upload` creates them: ids HubSpot chose, no output fields yet. */
function uploadedActions(kinds: readonly string[] = WORKFLOW_ACTIONS): SeedWorkflowAction[] {
  return kinds.map((kind, index) => ({ appId: APP_ID, id: String(9100 + index), actionUrl: `${BASE}/actions/${kind}` }));
}

type StoredField = { typeDefinition: { name: string; type: string; options: { value: string }[] } };

async function withEmulator(actions: readonly SeedWorkflowAction[], run: (emulator: HubSpotEmulator) => Promise<void>): Promise<void> {
  const emulator = await startHubSpotEmulator({ rateLimit: false, developerApiKey: DEV_KEY, seed: { workflowActions: actions } });
  try {
    await run(emulator);
    const problems = await contractProblems(emulator.log);
    if (problems !== null) expect(problems).toEqual([]);
  } finally {
    await emulator.close();
  }
}

const writes = (emulator: HubSpotEmulator) => emulator.log.filter((entry) => entry.method === 'PATCH');

describe('syncWorkflowActionOutputs (leadops install, developer API key)', () => {
  it('declares every output field, with the SLA statuses a branch can pick, on the definitions the upload created', async () => {
    await withEmulator(uploadedActions(), async (emulator) => {
      const result = await syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: DEV_KEY }), APP_ID);
      expect(result.map((r) => [r.kind, r.definitionId, r.outcome])).toEqual([['score-and-route', '9100', 'updated'], ['check-sla', '9101', 'updated'], ['enroll-nurture', '9102', 'updated']]);
      for (const [index, kind] of WORKFLOW_ACTIONS.entries()) {
        const stored = emulator.portal.getActionDefinition(APP_ID, String(9100 + index))?.['outputFields'] as StoredField[];
        expect(stored.map((field) => [field.typeDefinition.name, field.typeDefinition.type])).toEqual(WORKFLOW_ACTION_OUTPUTS[kind].map((field) => [field.name, field.type]));
      }
      const sla = (emulator.portal.getActionDefinition(APP_ID, '9101')?.['outputFields'] as StoredField[])[0];
      expect(sla?.typeDefinition.options.map((option) => option.value)).toEqual(['on_track', 'at_risk', 'breached', 'met', 'no_policy']);
      // the key travels as hapikey, never as a bearer token
      expect(emulator.log.every((entry) => entry.query['hapikey'] === DEV_KEY && entry.requestHeaders['authorization'] === undefined)).toBe(true);
    });
  });

  it('writes nothing the second time: definitions that already declare the fields are left alone', async () => {
    await withEmulator(uploadedActions(), async (emulator) => {
      const gateway = gatewayFor(emulator, { developerApiKey: DEV_KEY });
      await syncWorkflowActionOutputs(gateway, APP_ID);
      const before = writes(emulator).length;
      const again = await syncWorkflowActionOutputs(gateway, APP_ID);
      expect(again.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
      expect(writes(emulator)).toHaveLength(before);
    });
  });

  it('keeps output fields an admin added and repairs one whose type was changed', async () => {
    const custom = outputFieldDefinition({ name: 'region_note', type: 'string', label: 'Region note' });
    const wrongType = outputFieldDefinition({ name: 'leadops_score', type: 'string', label: 'Lead score' });
    const [first, ...rest] = uploadedActions();
    await withEmulator([{ ...(first as SeedWorkflowAction), outputFields: [wrongType, custom] }, ...rest], async (emulator) => {
      const result = await syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: DEV_KEY }), APP_ID);
      expect(result[0]?.changedFields).toContain('leadops_score');
      const stored = emulator.portal.getActionDefinition(APP_ID, '9100')?.['outputFields'] as StoredField[];
      expect(stored.find((field) => field.typeDefinition.name === 'leadops_score')?.typeDefinition.type).toBe('number');
      expect(stored.map((field) => field.typeDefinition.name)).toContain('region_note');
    });
  });

  it('pages through an app with many definitions', async () => {
    const others = Array.from({ length: 120 }, (_, i) => ({ appId: APP_ID, id: String(7000 + i), actionUrl: `https://other.example/hooks/${i}` }));
    await withEmulator([...others, ...uploadedActions()], async (emulator) => {
      const result = await syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: DEV_KEY }), APP_ID);
      expect(result.map((r) => r.definitionId)).toEqual(['9100', '9101', '9102']);
      expect(emulator.log.filter((entry) => entry.method === 'GET').length).toBeGreaterThan(2);
    });
  });

  it('changes nothing and says to upload the project when an action is missing', async () => {
    await withEmulator(uploadedActions(['score-and-route', 'check-sla']), async (emulator) => {
      const failure = await syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: DEV_KEY }), APP_ID).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HubSpotError);
      expect((failure as HubSpotError).message).toContain('"enroll-nurture"');
      expect((failure as HubSpotError).fix).toContain('hs project upload');
      expect(writes(emulator)).toEqual([]);
    });
  });

  it('asks for the developer API key, without calling HubSpot, when only the app token is set', async () => {
    await withEmulator(uploadedActions(), async (emulator) => {
      const failure = await syncWorkflowActionOutputs(gatewayFor(emulator), APP_ID).catch((error: unknown) => error);
      expect((failure as HubSpotError).code).toBe('UNAUTHORIZED');
      expect((failure as HubSpotError).fix).toContain('HUBSPOT_DEVELOPER_API_KEY');
      expect(emulator.log).toEqual([]);
    });
  });

  it('names the developer key when HubSpot refuses it', async () => {
    await withEmulator(uploadedActions(), async (emulator) => {
      const failure = await syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: 'wrong' }), APP_ID).catch((error: unknown) => error);
      expect((failure as HubSpotError).code).toBe('UNAUTHORIZED');
      expect((failure as HubSpotError).fix).toContain('HUBSPOT_DEVELOPER_API_KEY');
      expect(writes(emulator)).toEqual([]);
    });
  });

  it('refuses an app id that is not a number before calling HubSpot', async () => {
    await withEmulator(uploadedActions(), async (emulator) => {
      await expect(syncWorkflowActionOutputs(gatewayFor(emulator, { developerApiKey: DEV_KEY }), 'leadops')).rejects.toThrow(/numeric app id/);
      expect(emulator.log).toEqual([]);
    });
  });
});

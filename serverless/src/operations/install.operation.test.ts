import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { install } from './install.operation';
import { LEADOPS_CONTACT_PROPERTIES, LEADOPS_PROPERTY_GROUP } from './leadops-properties';

describe('install', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('on a portal an older LeadOps set up, adds only the properties this version added', async () => {
    // What an install from before leadops_reroutes existed left behind.
    emulator.portal.defineGroup('contacts', LEADOPS_PROPERTY_GROUP);
    for (const p of LEADOPS_CONTACT_PROPERTIES.filter((p) => p.name !== 'leadops_reroutes')) {
      emulator.portal.defineProperty('contacts', { name: p.name, label: p.label, type: p.type === 'bool' ? 'enumeration' : p.type, fieldType: p.fieldType, groupName: LEADOPS_PROPERTY_GROUP.name, ...(p.options ? { options: p.options } : {}) });
    }
    const upgraded = await install(gatewayFor(emulator));
    expect(upgraded).toMatchObject({ createdGroup: false, createdProperties: ['leadops_reroutes'], createdConfigStore: true, createdStateStore: true });
    expect(emulator.portal.getProperty('contacts', 'leadops_reroutes')).toMatchObject({ type: 'number', groupName: 'leadops' });
  });

  it('creates nothing when run again', async () => {
    const again = await install(gatewayFor(emulator));
    expect(again).toEqual({ createdGroup: false, createdProperties: [], createdConfigStore: false, createdStateStore: false, createdStateProperties: [] });
  });
});

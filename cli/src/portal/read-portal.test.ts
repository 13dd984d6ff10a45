import { startHubSpotEmulator, type HubSpotEmulator } from '@leadops/serverless';
import { configWithCustomProperty } from '../../../rules/test-support/custom-property-config';
import { loadDefaultConfig } from '../../../rules/test-support/default-config';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { readPortal } from './read-portal';

const NOW = Date.parse('2026-11-24T15:00:00Z');

describe('readPortal', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false, seed: { contacts: [{ id: '701', properties: { email: 'mei@contoso.example', createdate: String(NOW - 86_400_000), preferred_plan: 'enterprise' } }] } });
  });
  afterAll(() => emulator.close());

  it('reads the properties either simulated config tests, so a what-if rule on a custom property can match', async () => {
    const portal = await readPortal(gatewayFor(emulator), { now: NOW, days: 30, configs: [loadDefaultConfig(), configWithCustomProperty()] });
    expect(portal.contacts.map((c) => c.properties['preferred_plan'])).toEqual(['enterprise']);
  });
});

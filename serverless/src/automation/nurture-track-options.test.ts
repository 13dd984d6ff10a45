import { createHash } from 'node:crypto';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { clearSetupCache } from '../functions/setup-cache';
import { install } from '../operations/install.operation';
import { nurtureTrackOptions } from './nurture-track-options';

const SECRET = 'client-secret-for-tests';
const URI = 'https://leadops.example.com/actions/enroll-nurture/options';

function signed() {
  const rawBody = JSON.stringify({ portalId: 42, actionDefinitionId: 9, inputFieldName: 'track' });
  const signature = createHash('sha256').update(`${SECRET}POST${URI}${rawBody}`).digest('hex');
  return { method: 'POST', uri: URI, rawBody, headers: { 'x-hubspot-signature': signature } };
}

describe('nurtureTrackOptions before a config is saved', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
    await install(gatewayFor(emulator));
    clearSetupCache();
  });
  afterAll(() => emulator.close());

  it('answers why there are no tracks, in a body of its own, instead of throwing', async () => {
    const answer = await nurtureTrackOptions(signed(), { clientSecret: SECRET, gateway: gatewayFor(emulator), now: Date.now() });
    expect(answer.status).toBe(500);
    expect((answer.body as { message: string }).message).toMatch(/^LeadOps cannot list nurture tracks: .*configuration.*\. Open the LeadOps settings page/);
  });
});

import { configWithCustomProperty } from '../../../rules/test-support/custom-property-config';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { install } from './install.operation';
import { rescoreAll } from './rescore-all.operation';
import { scoreContact } from './score-contact.operation';

const NOW = Date.parse('2026-11-24T15:00:00Z');

describe("reads of a contact include every property the config's rules test", () => {
  let emulator: HubSpotEmulator;
  const config = configWithCustomProperty();
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: { contacts: [{ id: '601', properties: { email: 'mei@contoso.example', jobtitle: 'Engineer', preferred_plan: 'enterprise' } }, { id: '602', properties: { email: 'li@contoso.example', jobtitle: 'Engineer', preferred_plan: 'starter' } }] },
    });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('scores one contact with a fit rule on a custom property', async () => {
    const result = await scoreContact(gatewayFor(emulator), config, '601', NOW);
    expect(result.score.contributions.map((c) => c.ruleId)).toContain('enterprise-plan');
  });

  it('rescores every contact with it, so only the contact that meets it gets the points', async () => {
    await rescoreAll(gatewayFor(emulator), config, { now: NOW });
    const reasons = (id: string) => emulator.portal.getObject('contacts', id)?.properties['leadops_score_reasons'] ?? '';
    expect(reasons('601')).toContain('Asked for the enterprise plan');
    expect(reasons('602')).not.toContain('Asked for the enterprise plan');
  });
});

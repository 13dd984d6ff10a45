import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { countOpenLeads } from './open-leads';

const SEARCH = '/crm/objects/2026-09/contacts/search';
const definition = routingConfig().routing.openLeads;

/** `count` contacts owned by `ownerId` with lead status `status`. */
function owned(ownerId: string, status: string | null, count: number): { properties: Record<string, string | null> }[] {
  return Array.from({ length: count }, (_, i) => ({ properties: { email: `${ownerId}-${status ?? 'none'}-${i}@open.example`, hubspot_owner_id: ownerId, hs_lead_status: status } }));
}

describe('countOpenLeads', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: ['31', '32', '33'].map((id, i) => ({ id, userId: 2000 + i, email: `rep${id}@leadops.example`, firstName: `Rep ${id}`, lastName: 'Rep' })),
        contacts: [
          ...owned('31', 'NEW', 2), ...owned('31', 'IN_PROGRESS', 1), ...owned('31', 'UNQUALIFIED', 4), ...owned('31', null, 3),
          ...owned('32', 'CONNECTED', 1), ...owned('32', 'OPEN_DEAL', 2), ...owned('33', 'ATTEMPTED_TO_CONTACT', 205),
        ].map((contact, i) => ({ id: String(900 + i), ...contact })),
      },
    });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  beforeEach(() => emulator.clearLog());

  it('counts only the open statuses, with one search when the open leads fit a page', async () => {
    const counts = await countOpenLeads(gatewayFor(emulator), definition, ['31', '32']);
    expect(Object.fromEntries(counts)).toEqual({ '31': 3, '32': 1 });
    expect(emulator.callCount({ method: 'POST', pathPrefix: SEARCH })).toBe(1);
  });

  it("reads each rep's total when their open leads fill more than a page", async () => {
    const counts = await countOpenLeads(gatewayFor(emulator), definition, ['31', '32', '33']);
    expect(Object.fromEntries(counts)).toEqual({ '31': 3, '32': 1, '33': 205 });
    expect(emulator.callCount({ method: 'POST', pathPrefix: SEARCH })).toBe(4);
  });

  it('uses the property and values the config names', async () => {
    const counts = await countOpenLeads(gatewayFor(emulator), { property: 'hs_lead_status', values: ['OPEN_DEAL', 'UNQUALIFIED'], assignValue: null }, ['31', '32']);
    expect(Object.fromEntries(counts)).toEqual({ '31': 4, '32': 2 });
  });

  it('asks HubSpot nothing when no rep needs counting', async () => {
    expect((await countOpenLeads(gatewayFor(emulator), definition, [])).size).toBe(0);
    expect(emulator.log).toEqual([]);
  });
});

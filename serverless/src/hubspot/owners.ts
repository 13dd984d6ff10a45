import type { HubSpotGateway } from './hubspot-gateway';
import { ownersPageSchema, type HubSpotOwner } from './hubspot-responses';

/** Every active owner (reps who can own leads), following HubSpot's paging. */
export async function listOwners(gateway: HubSpotGateway): Promise<HubSpotOwner[]> {
  const owners: HubSpotOwner[] = [];
  let after: string | undefined;
  do {
    const page = await gateway.call('owners.list', { query: { limit: 500, archived: false, ...(after ? { after } : {}) } }, ownersPageSchema);
    owners.push(...page.results.filter((o) => !o.archived));
    after = page.paging?.next?.after;
  } while (after);
  return owners;
}

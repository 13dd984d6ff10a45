import type { LeadOpsConfig } from '@leadops/rules';
import { chunk } from './crm-objects';
import type { HubSpotGateway } from './hubspot-gateway';
import { searchPageSchema } from './hubspot-responses';
import { SEARCH_PAGE_SIZE } from './rate-limits';

/** HubSpot takes at most 100 values in one IN filter. */
const IN_VALUES = 100;

/**
 * How many open leads each of `ownerIds` owns in HubSpot now: contacts they own whose `definition.property`
 * holds one of `definition.values`. Usually one search: a page of the reps' open leads, counted by owner.
 * When they have more than a page between them, HubSpot's `total` of one search per rep instead, so the
 * cost stays one search per rep however large the backlog. No owners: no request.
 */
export async function countOpenLeads(gateway: HubSpotGateway, definition: LeadOpsConfig['routing']['openLeads'], ownerIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>(ownerIds.map((id) => [id, 0]));
  const open = { propertyName: definition.property, operator: 'IN' as const, values: [...definition.values] };
  const search = (owner: { operator: 'IN'; values: string[] } | { operator: 'EQ'; value: string }, limit: number) =>
    gateway.call('contacts.search', {
      path: { objectType: 'contacts' },
      body: { filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', ...owner }, open] }], sorts: ['hs_object_id'], properties: ['hubspot_owner_id'], limit, after: '0' },
    }, searchPageSchema);
  for (const owners of chunk(ownerIds, IN_VALUES)) {
    const page = await search({ operator: 'IN', values: owners }, SEARCH_PAGE_SIZE);
    if (page.total <= page.results.length) {
      for (const contact of page.results) {
        const owner = contact.properties['hubspot_owner_id'];
        const count = owner ? counts.get(owner) : undefined;
        if (owner && count !== undefined) counts.set(owner, count + 1);
      }
      continue;
    }
    for (const ownerId of owners) counts.set(ownerId, (await search({ operator: 'EQ', value: ownerId }, 1)).total);
  }
  return counts;
}

import { chunk } from './crm-objects';
import type { HubSpotGateway } from './hubspot-gateway';
import { associationsBatchSchema } from './hubspot-responses';

/** HubSpot's associations batch read takes up to 1,000 ids a call. */
const ASSOCIATION_BATCH_SIZE = 1_000;

/** Each contact's associated company ids (lead-to-account routing, bulk jobs), ids without companies left out. */
export async function readContactCompanies(gateway: HubSpotGateway, contactIds: readonly string[]): Promise<Map<string, string[]>> {
  const companies = new Map<string, string[]>();
  for (const ids of chunk([...new Set(contactIds)], ASSOCIATION_BATCH_SIZE)) {
    const page = await gateway.call('associations.batchRead', { path: { fromObjectType: 'contacts', toObjectType: 'companies' }, body: { inputs: ids.map((id) => ({ id })) } }, associationsBatchSchema);
    for (const result of page.results) companies.set(result.from.id, result.to.map((t) => t.toObjectId));
  }
  return companies;
}

import { chunk } from './crm-objects';
import { unexpectedResponse } from './hubspot-error';
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

/**
 * Every record of `toObjectType` associated with one record, following HubSpot's paging (a record with
 * hundreds of tasks comes a page at a time). A record with none gives an empty list.
 */
export async function readAssociatedIds(gateway: HubSpotGateway, fromObjectType: string, id: string, toObjectType: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await gateway.call('associations.batchRead', { path: { fromObjectType, toObjectType }, body: { inputs: [after === undefined ? { id } : { id, after }] } }, associationsBatchSchema);
    const result = page.results.find((r) => r.from.id === id);
    ids.push(...(result?.to.map((t) => t.toObjectId) ?? []));
    const next = result?.paging?.next?.after;
    if (next !== undefined && next === after) throw unexpectedResponse('associations.batchRead', `the same paging token twice while listing the ${toObjectType} of ${fromObjectType} ${id}`);
    after = next;
  } while (after !== undefined);
  return ids;
}

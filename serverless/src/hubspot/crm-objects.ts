import { z } from 'zod';
import type { HubSpotGateway } from './hubspot-gateway';
import type { HubSpotEndpointId } from './hubspot-endpoints';
import { batchObjectsSchema, searchPageSchema, simpleObjectSchema, type HubSpotObject } from './hubspot-responses';
import { BATCH_SIZE, SEARCH_PAGE_SIZE } from './rate-limits';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Reads objects by id in batches of 100 (in parallel, as the rate limiter allows). */
export async function batchReadObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, ids: readonly string[], properties: readonly string[]): Promise<HubSpotObject[]> {
  const unique = [...new Set(ids)];
  const pages = await Promise.all(
    chunk(unique, BATCH_SIZE).map((batch) =>
      gateway.call(endpointId, { path: { objectType }, body: { inputs: batch.map((id) => ({ id })), properties: [...properties], propertiesWithHistory: [] } }, batchObjectsSchema),
    ),
  );
  return pages.flatMap((page) => page.results);
}

export interface ObjectUpdate {
  readonly id: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** What a batch update wrote, and the ids HubSpot did not find (deleted or merged since they were read). */
export interface BatchUpdateResult {
  readonly updated: readonly HubSpotObject[];
  readonly missingIds: readonly string[];
}

/**
 * Writes property values in batches of 100, one batch after another, so a failure leaves no batch still
 * writing behind the error. HubSpot answers ids it cannot find per item (207) while writing the rest:
 * those come back as `missingIds`, not as an error.
 */
export async function batchUpdateObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, updates: readonly ObjectUpdate[]): Promise<BatchUpdateResult> {
  const updated: HubSpotObject[] = [];
  const missingIds: string[] = [];
  for (const batch of chunk(updates, BATCH_SIZE)) {
    const page = await gateway.call(endpointId, { path: { objectType }, body: { inputs: batch.map((u) => ({ id: u.id, properties: u.properties })) } }, batchObjectsSchema);
    updated.push(...page.results);
    for (const error of page.errors ?? []) missingIds.push(...(error.context?.['ids'] ?? []));
  }
  return { updated, missingIds };
}

export interface ObjectUpsert {
  /** The unique property that identifies the record, e.g. "email". */
  readonly idProperty: string;
  readonly id: string;
  readonly properties: Readonly<Record<string, string>>;
}

/** Creates or updates objects by a unique property, in batches of 100; says which were created. */
export async function batchUpsertObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, upserts: readonly ObjectUpsert[]): Promise<(HubSpotObject & { readonly new: boolean })[]> {
  const pages = await Promise.all(
    chunk(upserts, BATCH_SIZE).map((batch) => gateway.call(endpointId, { path: { objectType }, body: { inputs: batch.map((u) => ({ idProperty: u.idProperty, id: u.id, properties: u.properties })) } }, upsertBatchSchema)),
  );
  return pages.flatMap((page) => page.results);
}

const upsertBatchSchema = batchObjectsSchema.extend({ results: z.array(simpleObjectSchema.extend({ new: z.boolean() })) });

export interface SearchFilter {
  readonly propertyName: string;
  readonly operator: 'EQ' | 'NEQ' | 'LT' | 'LTE' | 'GT' | 'GTE' | 'BETWEEN' | 'IN' | 'NOT_IN' | 'HAS_PROPERTY' | 'NOT_HAS_PROPERTY' | 'CONTAINS_TOKEN' | 'NOT_CONTAINS_TOKEN';
  readonly value?: string;
  readonly highValue?: string;
  readonly values?: readonly string[];
}

export interface SearchQuery {
  /** ANDed filters; the id filter that pages through the results is added to them. */
  readonly filters?: readonly SearchFilter[];
  readonly properties: readonly string[];
  /** Start after this hs_object_id (resume from a checkpoint). */
  readonly afterObjectId?: string;
}

/**
 * Every object matching a search, a page (≤ 200) at a time, sorted by hs_object_id, each page asked for
 * as `hs_object_id > last id seen`: any number of results past HubSpot's 10,000-result paging cap, no
 * duplicates, and no gaps even when records are deleted while the search runs.
 */
export async function* searchAllObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, query: SearchQuery): AsyncGenerator<HubSpotObject[]> {
  let lastId = query.afterObjectId;
  for (;;) {
    // Every page starts after the last id seen (keyset paging), never at an offset: HubSpot's `after`
    // counts results, so records deleted or merged behind the cursor during a long run would shift the
    // rest forward and some would be skipped; and no query ever pages into the 10,000-result cap.
    const filters = [...(query.filters ?? []), ...(lastId !== undefined ? [{ propertyName: 'hs_object_id', operator: 'GT' as const, value: lastId }] : [])];
    const page = await gateway.call(endpointId, {
      path: { objectType },
      body: { filterGroups: filters.length > 0 ? [{ filters }] : [], // HubSpot's spec types sorts as property names (ascending).
      sorts: ['hs_object_id'], properties: [...query.properties], limit: SEARCH_PAGE_SIZE, after: '0' },
    }, searchPageSchema);
    if (page.results.length === 0) return;
    yield page.results;
    lastId = page.results[page.results.length - 1]?.id ?? lastId;
    if (page.paging?.next?.after === undefined) return;
  }
}

export const createdObjectSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) });

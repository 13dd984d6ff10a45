import { z } from 'zod';
import type { HubSpotGateway } from './hubspot-gateway';
import type { HubSpotEndpointId } from './hubspot-endpoints';
import { batchObjectsSchema, searchPageSchema, simpleObjectSchema, type HubSpotObject } from './hubspot-responses';
import { BATCH_SIZE, SEARCH_PAGE_SIZE, SEARCH_RESULT_CAP } from './rate-limits';

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

/** Writes property values in batches of 100; returns the updated objects. */
export async function batchUpdateObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, updates: readonly ObjectUpdate[]): Promise<HubSpotObject[]> {
  const pages = await Promise.all(
    chunk(updates, BATCH_SIZE).map((batch) => gateway.call(endpointId, { path: { objectType }, body: { inputs: batch.map((u) => ({ id: u.id, properties: u.properties })) } }, batchObjectsSchema)),
  );
  return pages.flatMap((page) => page.results);
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
  /** ANDed filters; the id filter that gets past the 10,000 cap is added to them. */
  readonly filters?: readonly SearchFilter[];
  readonly properties: readonly string[];
  /** Start after this hs_object_id (resume from a checkpoint). */
  readonly afterObjectId?: string;
}

/**
 * Every object matching a search, a page (≤ 200) at a time, sorted by hs_object_id. HubSpot stops paging
 * at 10,000 results, so before reaching it the search starts again from the last id seen
 * (`hs_object_id > last`): any number of results, no duplicates, no gaps.
 */
export async function* searchAllObjects(gateway: HubSpotGateway, endpointId: HubSpotEndpointId, objectType: string, query: SearchQuery): AsyncGenerator<HubSpotObject[]> {
  let lastId = query.afterObjectId;
  // The id every page of the current query starts after; it moves only when the query restarts.
  let floor = lastId;
  let after: string | undefined;
  let seenInQuery = 0;
  for (;;) {
    const filters = [...(query.filters ?? []), ...(floor !== undefined ? [{ propertyName: 'hs_object_id', operator: 'GT' as const, value: floor }] : [])];
    const page = await gateway.call(endpointId, {
      path: { objectType },
      body: { filterGroups: filters.length > 0 ? [{ filters }] : [], // HubSpot's spec types sorts as property names (ascending).
      sorts: ['hs_object_id'], properties: [...query.properties], limit: SEARCH_PAGE_SIZE, after: after ?? '0' },
    }, searchPageSchema);
    if (page.results.length > 0) {
      yield page.results;
      lastId = page.results[page.results.length - 1]?.id ?? lastId;
    }
    seenInQuery += page.results.length;
    const next = page.paging?.next?.after;
    if (next === undefined || page.results.length === 0) return;
    if (seenInQuery + SEARCH_PAGE_SIZE > SEARCH_RESULT_CAP) {
      // Restart from the last id rather than page into the cap.
      floor = lastId;
      after = undefined;
      seenInQuery = 0;
    } else {
      after = next;
    }
  }
}

export const createdObjectSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable()) });

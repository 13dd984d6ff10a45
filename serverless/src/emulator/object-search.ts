import { validationError } from './hubspot-errors';
import type { CrmObject } from './in-memory-portal';
import { compareIds } from './in-memory-portal';
import type { ObjectTypeDescriptor } from './object-types';
import type { PropertyType } from './property-definition';
import type { SearchRequest } from './request-schemas';
import type { SearchFilter, ValueReader } from './search-filter';
import { compareValues, matchesFilterGroups } from './search-filter';

/** HubSpot's search limits. */
export const SEARCH_LIMITS = { defaultLimit: 10, maxLimit: 200, maxFilterGroups: 6, maxFiltersPerGroup: 6, maxFilters: 18, defaultResultCap: 10_000 } as const;

/** One page of search results, before serialisation. */
export interface SearchPage {
  readonly total: number;
  readonly results: readonly CrmObject[];
  readonly nextAfter?: string;
}

/**
 * Runs a CRM search over records: validates the request against HubSpot's limits, filters (OR of AND
 * groups), sorts (ties by id), and pages with an offset cursor that stops at `resultCap` (HubSpot: 10,000).
 */
export function searchObjects(type: ObjectTypeDescriptor, records: readonly CrmObject[], request: SearchRequest, propertyType: (name: string) => PropertyType | undefined, resultCap: number): SearchPage {
  const limit = request.limit ?? SEARCH_LIMITS.defaultLimit;
  if (limit > SEARCH_LIMITS.maxLimit) throw validationError(`The maximum limit is ${SEARCH_LIMITS.maxLimit}; ${limit} was requested.`, { limit: [String(limit)] });
  const groups = request.filterGroups ?? [];
  const filterCount = groups.reduce((sum, group) => sum + group.filters.length, 0);
  if (groups.length > SEARCH_LIMITS.maxFilterGroups || groups.some((group) => group.filters.length > SEARCH_LIMITS.maxFiltersPerGroup) || filterCount > SEARCH_LIMITS.maxFilters) {
    throw validationError(`Too many filters: at most ${SEARCH_LIMITS.maxFilterGroups} filterGroups of ${SEARCH_LIMITS.maxFiltersPerGroup} filters each, ${SEARCH_LIMITS.maxFilters} filters in total.`);
  }
  for (const group of groups) for (const filter of group.filters) assertFilterComplete(filter);
  const offset = parseAfter(request.after);
  if (offset >= resultCap) {
    throw validationError(`Paging beyond ${resultCap.toLocaleString('en-US')} results is not supported: the after cursor ${offset} is past the last result a search can return. Narrow the search with filters (for example on hs_object_id or lastmodifieddate) instead.`, { after: [String(offset)] });
  }

  const read = (record: CrmObject): ValueReader => (name) => ({ value: name === 'hs_object_id' ? record.id : record.properties[name], type: name === 'hs_object_id' ? 'number' : propertyType(name) });
  const query = request.query?.trim().toLowerCase();
  const matched = records.filter((record) => {
    if (query && !type.searchableProperties.some((name) => record.properties[name]?.toLowerCase().includes(query))) return false;
    return matchesFilterGroups(groups, read(record));
  });

  const sorts = request.sorts ?? [];
  matched.sort((a, b) => {
    for (const sort of sorts) {
      const order = compareNullable(read(a)(sort.propertyName).value, read(b)(sort.propertyName).value, sort.propertyName === 'hs_object_id' ? 'number' : propertyType(sort.propertyName), sort.descending);
      if (order !== 0) return order;
    }
    return compareIds(a.id, b.id);
  });

  const end = Math.min(offset + limit, matched.length, resultCap);
  const results = matched.slice(offset, end);
  // HubSpot keeps handing out a cursor up to the cap; the request that uses it gets the 400 above.
  return { total: matched.length, results, ...(end < matched.length && limit > 0 ? { nextAfter: String(end) } : {}) };
}

/** Values missing sort last in either direction, as HubSpot's index does. */
function compareNullable(a: string | null | undefined, b: string | null | undefined, type: PropertyType | undefined, descending: boolean): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = compareValues(a, b, type);
  return descending ? -order : order;
}

function parseAfter(after: string | undefined): number {
  if (after === undefined || after === '') return 0;
  if (!/^\d+$/.test(after)) throw validationError(`Invalid after cursor: ${after}`, { after: [after] });
  return Number(after);
}

function assertFilterComplete(filter: SearchFilter): void {
  const needsValue = ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN'].includes(filter.operator);
  if (needsValue && filter.value === undefined) throw validationError(`Filter on ${filter.propertyName} with operator ${filter.operator} needs a value.`);
  if (filter.operator === 'BETWEEN' && filter.highValue === undefined) throw validationError(`Filter on ${filter.propertyName} with operator BETWEEN needs a highValue.`);
  if ((filter.operator === 'IN' || filter.operator === 'NOT_IN') && (filter.values ?? []).length === 0) throw validationError(`Filter on ${filter.propertyName} with operator ${filter.operator} needs values.`);
}

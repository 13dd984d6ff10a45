import type { PropertyType } from './property-definition';
import { parseTimestamp } from './property-values';

/** HubSpot's search filter operators. */
export const FILTER_OPERATORS = ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN'] as const;

/** One of FILTER_OPERATORS. */
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** One filter of a search request (`Filter` in the OpenAPI documents). */
export interface SearchFilter {
  readonly propertyName: string;
  readonly operator: FilterOperator;
  readonly value?: string;
  readonly highValue?: string;
  readonly values?: readonly string[];
}

/** A record's value and the property's type, which decides how values compare. */
export type ValueReader = (propertyName: string) => { readonly value: string | null | undefined; readonly type: PropertyType | undefined };

const NUMERIC = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** True when a record passes the filter groups: any group (OR) whose filters all (AND) pass. No groups: everything. */
export function matchesFilterGroups(groups: readonly { readonly filters: readonly SearchFilter[] }[], read: ValueReader): boolean {
  if (groups.length === 0) return true;
  return groups.some((group) => group.filters.every((filter) => matchesFilter(filter, read)));
}

/** One filter against one record. */
export function matchesFilter(filter: SearchFilter, read: ValueReader): boolean {
  const { value: raw, type } = read(filter.propertyName);
  const present = raw !== null && raw !== undefined && raw !== '';
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return present;
    case 'NOT_HAS_PROPERTY':
      return !present;
    // Negative operators match records without a value, as HubSpot's index does.
    case 'NEQ':
      return !present || !valuesEqual(raw, filter.value ?? '', type);
    case 'NOT_IN':
      return !present || !(filter.values ?? []).some((value) => valuesEqual(raw, value, type));
    case 'NOT_CONTAINS_TOKEN':
      return !present || !containsToken(raw, filter.value ?? '');
    default:
      break;
  }
  if (!present) return false;
  switch (filter.operator) {
    case 'EQ':
      return valuesEqual(raw, filter.value ?? '', type);
    case 'IN':
      return (filter.values ?? []).some((value) => valuesEqual(raw, value, type));
    case 'LT':
      return compareValues(raw, filter.value ?? '', type) < 0;
    case 'LTE':
      return compareValues(raw, filter.value ?? '', type) <= 0;
    case 'GT':
      return compareValues(raw, filter.value ?? '', type) > 0;
    case 'GTE':
      return compareValues(raw, filter.value ?? '', type) >= 0;
    case 'BETWEEN':
      return compareValues(raw, filter.value ?? '', type) >= 0 && compareValues(raw, filter.highValue ?? '', type) <= 0;
    case 'CONTAINS_TOKEN':
      return containsToken(raw, filter.value ?? '');
    default:
      return false;
  }
}

/**
 * Orders two values: dates and datetimes by instant (ISO or epoch ms), numeric-looking values as numbers,
 * anything else as case-insensitive text.
 */
export function compareValues(a: string, b: string, type: PropertyType | undefined): number {
  const ka = sortKey(a, type);
  const kb = sortKey(b, type);
  if (ka !== undefined && kb !== undefined) return ka - kb;
  const ta = a.toLowerCase();
  const tb = b.toLowerCase();
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

function valuesEqual(a: string, b: string, type: PropertyType | undefined): boolean {
  return compareValues(a, b, type) === 0;
}

function sortKey(value: string, type: PropertyType | undefined): number | undefined {
  const trimmed = value.trim();
  if (type === 'date' || type === 'datetime') return parseTimestamp(trimmed);
  return NUMERIC.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * HubSpot's CONTAINS_TOKEN: the value, or one of its words, matches the token; `*` is a wildcard
 * (e.g. `*@example.com` on email). Case-insensitive.
 */
export function containsToken(value: string, token: string): boolean {
  const pattern = new RegExp(`^${token.trim().split('*').map(escapeRegExp).join('.*')}$`, 'i');
  const candidates = [value, ...value.split(/\s+/), ...value.split(/[^\p{L}\p{N}]+/u)].filter((candidate) => candidate !== '');
  return candidates.some((candidate) => pattern.test(candidate));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

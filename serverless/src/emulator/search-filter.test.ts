import type { PropertyType } from './property-definition';
import type { SearchFilter } from './search-filter';
import { compareValues, containsToken, matchesFilter, matchesFilterGroups } from './search-filter';

const record = (values: Record<string, string | null>, types: Record<string, PropertyType> = {}) => (name: string) => ({ value: values[name], type: types[name] });

describe('search filters', () => {
  it.each<[string, SearchFilter, Record<string, string | null>, boolean]>([
    ['EQ ignores case on text', { propertyName: 'country', operator: 'EQ', value: 'us' }, { country: 'US' }, true],
    ['EQ compares numbers as numbers', { propertyName: 'n', operator: 'EQ', value: '50' }, { n: '50.0' }, true],
    ['NEQ matches a record without the value', { propertyName: 'country', operator: 'NEQ', value: 'US' }, { country: null }, true],
    ['GT on numbers is numeric, not lexical', { propertyName: 'n', operator: 'GT', value: '9' }, { n: '10' }, true],
    ['GT on text is lexical', { propertyName: 'name', operator: 'GT', value: 'b' }, { name: 'c' }, true],
    ['LT never matches a missing value', { propertyName: 'n', operator: 'LT', value: '10' }, { n: null }, false],
    ['BETWEEN is inclusive', { propertyName: 'n', operator: 'BETWEEN', value: '1', highValue: '10' }, { n: '10' }, true],
    ['IN matches any value', { propertyName: 's', operator: 'IN', values: ['a', 'b'] }, { s: 'B' }, true],
    ['NOT_IN rejects listed values', { propertyName: 's', operator: 'NOT_IN', values: ['a'] }, { s: 'a' }, false],
    ['HAS_PROPERTY treats empty text as no value', { propertyName: 's', operator: 'HAS_PROPERTY' }, { s: '' }, false],
    ['CONTAINS_TOKEN with a wildcard matches an email domain', { propertyName: 'email', operator: 'CONTAINS_TOKEN', value: '*@acme.com' }, { email: 'ada@acme.com' }, true],
    ['CONTAINS_TOKEN matches a word', { propertyName: 'title', operator: 'CONTAINS_TOKEN', value: 'vp' }, { title: 'VP of Sales' }, true],
    ['NOT_CONTAINS_TOKEN', { propertyName: 'title', operator: 'NOT_CONTAINS_TOKEN', value: 'vp' }, { title: 'Engineer' }, true],
  ])('%s', (_name, filter, values, expected) => {
    expect(matchesFilter(filter, record(values))).toBe(expected);
  });

  it('compares datetimes by instant whether given as ISO or epoch milliseconds', () => {
    const read = record({ at: '2026-01-01T00:00:00.000Z' }, { at: 'datetime' });
    expect(matchesFilter({ propertyName: 'at', operator: 'GTE', value: String(Date.UTC(2026, 0, 1)) }, read)).toBe(true);
    expect(matchesFilter({ propertyName: 'at', operator: 'LT', value: '2025-12-31T23:59:59Z' }, read)).toBe(false);
    expect(compareValues('2026-01-02', '1767225600000', 'date')).toBeGreaterThan(0);
  });

  it('ORs filter groups and ANDs the filters within a group; no groups matches everything', () => {
    const read = record({ a: '1', b: '2' });
    expect(matchesFilterGroups([], read)).toBe(true);
    expect(matchesFilterGroups([{ filters: [{ propertyName: 'a', operator: 'EQ', value: '1' }, { propertyName: 'b', operator: 'EQ', value: '3' }] }], read)).toBe(false);
    expect(matchesFilterGroups([{ filters: [{ propertyName: 'a', operator: 'EQ', value: '9' }] }, { filters: [{ propertyName: 'b', operator: 'EQ', value: '2' }] }], read)).toBe(true);
  });

  it('treats regex characters in tokens literally', () => {
    expect(containsToken('a.b@x.com', 'a.b@x.com')).toBe(true);
    expect(containsToken('axb@x.com', 'a.b@x.com')).toBe(false);
  });
});

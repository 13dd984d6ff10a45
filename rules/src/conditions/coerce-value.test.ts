import { coerceNumber, coerceValue, equalsIgnoringCase } from './coerce-value';
import type { PropertyType } from './property-type';

describe('coerceValue reads HubSpot strings by the property type', () => {
  it.each<[PropertyType, string | null | undefined, unknown]>([
    ['number', '42', 42],
    ['number', ' 42.5 ', 42.5],
    ['number', '1,250,000', 1_250_000],
    ['number', '-3', -3],
    ['number', '0', 0],
    ['number', '', undefined],
    ['number', '   ', undefined],
    ['number', 'twelve', undefined],
    ['number', '1.2E4', 12_000],
    ['number', '.5', 0.5],
    // Only decimal numbers: JavaScript's Number() would read these as 16, 3, 7 and 1,250.
    ['number', '0x10', undefined],
    ['number', '0b11', undefined],
    ['number', '0o7', undefined],
    ['number', '1,25', undefined],
    ['number', 'Infinity', undefined],
    ['number', '12 people', undefined],
    ['number', null, undefined],
    ['bool', 'true', true],
    ['bool', 'FALSE', false],
    ['bool', 'yes', true],
    ['bool', '0', false],
    ['bool', 'maybe', undefined],
    ['datetime', '1764000000000', 1_764_000_000_000],
    ['datetime', '2026-11-24T09:00:00Z', Date.parse('2026-11-24T09:00:00Z')],
    ['datetime', '2026-11-24', Date.parse('2026-11-24')],
    ['datetime', 'last Tuesday', undefined],
    ['enumeration', 'SaaS;Fintech; Retail ', ['saas', 'fintech', 'retail']],
    ['enumeration', 'single', ['single']],
    ['enumeration', ';;', undefined],
    ['string', '  Mixed Case  ', 'mixed case'],
    ['string', '', undefined],
    ['string', undefined, undefined],
  ])('%s %j → %j', (type, raw, expected) => {
    expect(coerceValue(raw, type)).toEqual(expected);
  });
});

describe('equalsIgnoringCase and coerceNumber skip the spaces trim() skips', () => {
  // Every UTF-16 unit: a full-width space typed before a Japanese title must not make "VP" a different value.
  const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

  it('treats a character around a value as space exactly when trim() removes it', () => {
    const disagreements = units.filter((unit) => equalsIgnoringCase(`${unit}vp`, 'vp') !== (`${unit}vp`.trim().toLowerCase() === 'vp') || equalsIgnoringCase(`vp${unit}`, 'vp') !== (`vp${unit}`.trim().toLowerCase() === 'vp'));
    expect(disagreements.map((unit) => unit.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('refuses a hex number after any leading space', () => {
    const accepted = units.filter((unit) => `${unit}0x1A`.trim() === '0x1A' && coerceNumber(`${unit}0x1A`) !== undefined);
    expect(accepted.map((unit) => unit.charCodeAt(0).toString(16))).toEqual([]);
  });
});

import { formatInZone } from './format-instant';

describe('formatInZone', () => {
  it("reads an instant in the rep's zone with the zone's abbreviation, on both sides of a DST change", () => {
    expect(formatInZone(Date.parse('2026-11-02T18:50:00Z'), 'America/New_York')).toBe('Mon Nov 2 13:50 EST');
    expect(formatInZone(Date.parse('2026-10-30T18:50:00Z'), 'America/New_York')).toBe('Fri Oct 30 14:50 EDT');
    expect(formatInZone(Date.parse('2026-11-01T05:59:00Z'), 'America/New_York')).toBe('Sun Nov 1 01:59 EDT');
    expect(formatInZone(Date.parse('2026-11-01T06:00:00Z'), 'America/New_York')).toBe('Sun Nov 1 01:00 EST');
  });

  it('agrees with Intl for half-hour zones and a zone east of UTC across midnight', () => {
    const at = Date.parse('2026-11-24T20:45:00Z');
    expect(formatInZone(at, 'Asia/Kolkata')).toBe('Wed Nov 25 02:15 GMT+5:30');
    expect(formatInZone(at, 'Australia/Sydney')).toBe('Wed Nov 25 07:45 GMT+11');
  });
});

import { zonedTimeToUtc } from './zoned-time';

describe('zonedTimeToUtc', () => {
  it.each([
    // Berlin leaves summer time on 25 Oct 2026, New York on 1 Nov 2026.
    ['Europe/Berlin', 2026, 10, 23, 9, 0, '2026-10-23T07:00:00.000Z'],
    ['Europe/Berlin', 2026, 10, 26, 9, 0, '2026-10-26T08:00:00.000Z'],
    ['America/New_York', 2026, 10, 30, 9, 30, '2026-10-30T13:30:00.000Z'],
    ['America/New_York', 2026, 11, 2, 9, 30, '2026-11-02T14:30:00.000Z'],
    ['Asia/Kolkata', 2026, 11, 2, 10, 0, '2026-11-02T04:30:00.000Z'],
    ['Australia/Sydney', 2026, 10, 19, 8, 0, '2026-10-18T21:00:00.000Z'],
    ['UTC', 2026, 11, 15, 23, 59, '2026-11-15T23:59:00.000Z'],
  ])('%s %d-%d-%d %d:%d is %s', (zone, year, month, day, hour, minute, iso) => {
    expect(new Date(zonedTimeToUtc(year, month, day, hour, minute, zone)).toISOString()).toBe(iso);
  });
});

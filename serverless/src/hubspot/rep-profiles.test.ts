import { routingConfig } from '../../../rules/test-support/routing-fixture';
import { parseOutOfOfficePeriods, repProfiles, routingRepsAt } from './rep-profiles';

const WEEKDAYS_9_TO_5 = JSON.stringify([{ days: 'MONDAY_TO_FRIDAY', startMinute: 540, endMinute: 1020 }]);

describe('repProfiles', () => {
  const config = routingConfig();
  const owners = [{ id: '11', userId: 1011 }, { id: '12', userId: 1012 }];
  const users = new Map([
    ['1011', { hs_working_hours: WEEKDAYS_9_TO_5, hs_standard_time_zone: 'Europe/Berlin', hs_availability_status: 'available', hs_out_of_office_hours: JSON.stringify([{ start: '2026-11-02T00:00:00Z', end: '2026-11-07T00:00:00Z' }]) }],
    ['1012', { hs_working_hours: '', hs_standard_time_zone: 'America/New_York', hs_availability_status: 'away', hs_out_of_office_hours: null }],
  ]);

  it("builds each rep's calendar from HubSpot hours and zone, and falls back to the config's calendar with a warning", () => {
    const joined = repProfiles(config, owners, users);
    expect(joined.profiles.map((p) => [p.rep.ownerId, p.rep.calendar.timeZone, p.rep.availability])).toEqual([['11', 'Europe/Berlin', 'available'], ['12', 'America/New_York', 'away']]);
    expect(joined.warnings.some((w) => w.startsWith('Ben: hs_working_hours is empty'))).toBe(true);
    expect(joined.warnings.filter((w) => w.includes('is not an active HubSpot owner'))).toHaveLength(config.routing.reps.length - 2);
  });

  it("cuts the config calendar's part-day time off from a rep's HubSpot hours, on the rep's own wall clock", () => {
    const withAfternoonOff = { ...config, calendars: config.calendars.map((c) => ({ ...c, extraHolidays: [{ date: '2026-12-24', from: '12:00' }] })) };
    const [berlinRep] = repProfiles(withAfternoonOff, owners, users).profiles;
    // Ana's HubSpot hours are 09:00–17:00 in Berlin: Thursday 24 December keeps 09:00–12:00 CET.
    expect(berlinRep?.rep.calendar.workingMinutesBetween(Date.parse('2026-12-24T00:00:00+01:00'), Date.parse('2026-12-25T00:00:00+01:00'))).toBe(180);
    expect(berlinRep?.rep.calendar.isWorking(Date.parse('2026-12-24T11:59:00+01:00'))).toBe(true);
  });

  it('marks a rep out of office only while `now` is inside the absence', () => {
    const { profiles } = repProfiles(config, owners, users);
    const during = routingRepsAt(profiles, Date.parse('2026-11-04T12:00:00Z'));
    const after = routingRepsAt(profiles, Date.parse('2026-11-07T00:00:00Z'));
    expect(during[0]?.outOfOfficeUntil).toBe(Date.parse('2026-11-07T00:00:00Z'));
    expect(after[0]?.outOfOfficeUntil).toBeUndefined();
  });
});

describe('parseOutOfOfficePeriods', () => {
  it('reads ISO and epoch periods and ignores malformed or backwards ones', () => {
    expect(parseOutOfOfficePeriods('[{"start":"2026-11-02T00:00:00Z","end":1794009600000},{"start":5,"end":1},"x"]')).toEqual([{ start: Date.parse('2026-11-02T00:00:00Z'), end: 1794009600000 }]);
    expect(parseOutOfOfficePeriods('not json')).toEqual([]);
  });
});

import { parseHubSpotWorkingHours } from './hubspot-working-hours';
import type { Weekday } from './working-calendar';

type Hours = readonly (readonly [string, string])[];

function week(days: Partial<Record<Weekday, Hours>>): Record<Weekday, Hours> {
  return { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [], ...days };
}

const NINE_TO_FIVE: Hours = [['09:00', '17:00']];

describe('parseHubSpotWorkingHours', () => {
  it.each<[string, string, Record<Weekday, Hours>]>([
    ['Monday to Friday, 09:00–17:00', '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]', week({ monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE })],
    ['weekends only', '[{"days":"SATURDAY_SUNDAY","startMinute":600,"endMinute":840}]', week({ saturday: [['10:00', '14:00']], sunday: [['10:00', '14:00']] })],
    ['every day, all day (endMinute 1440 is "24:00")', '[{"days":"EVERY_DAY","startMinute":0,"endMinute":1440}]', week(Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => [d, [['00:00', '24:00']]])))],
    ['single days, including a split shift', '[{"days":"MONDAY","startMinute":480,"endMinute":720},{"days":"MONDAY","startMinute":780,"endMinute":1020},{"days":"SUNDAY","startMinute":5,"endMinute":65}]', week({ monday: [['08:00', '12:00'], ['13:00', '17:00']], sunday: [['00:05', '01:05']] })],
    ['weekdays plus a Saturday morning', '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020},{"days":"SATURDAY","startMinute":540,"endMinute":780}]', week({ monday: NINE_TO_FIVE, tuesday: NINE_TO_FIVE, wednesday: NINE_TO_FIVE, thursday: NINE_TO_FIVE, friday: NINE_TO_FIVE, saturday: [['09:00', '13:00']] })],
    ['a night shift as two blocks', '[{"days":"MONDAY","startMinute":1320,"endMinute":1440},{"days":"TUESDAY","startMinute":0,"endMinute":360}]', week({ monday: [['22:00', '24:00']], tuesday: [['00:00', '06:00']] })],
    ['overlapping blocks, joined and sorted', '[{"days":"MONDAY","startMinute":720,"endMinute":1020},{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":780}]', week({ monday: [['09:00', '17:00']], tuesday: [['09:00', '13:00']], wednesday: [['09:00', '13:00']], thursday: [['09:00', '13:00']], friday: [['09:00', '13:00']] })],
    ['lower-case days and extra fields', '[{"days":"friday","startMinute":540,"endMinute":600,"note":"x"}]', week({ friday: [['09:00', '10:00']] })],
  ])('reads %s', (_case, raw, expected) => {
    expect(parseHubSpotWorkingHours(raw)).toEqual({ ok: true, week: expected });
  });

  it.each<[string, string | null | undefined, string]>([
    ['null', null, 'hs_working_hours is empty'],
    ['undefined', undefined, 'hs_working_hours is empty'],
    ['an empty string', '  ', 'hs_working_hours is empty'],
    ['not JSON', '{days: MONDAY', 'hs_working_hours is not JSON'],
    ['a JSON object, not a list', '{"days":"MONDAY","startMinute":540,"endMinute":1020}', 'hs_working_hours is not a list of working-hour blocks'],
    ['an empty list', '[]', 'hs_working_hours has no working hours'],
    ['a block that is not an object', '[540]', 'block 1 is not an object with days, startMinute and endMinute'],
    ['a block without days', '[{"startMinute":540,"endMinute":1020}]', 'block 1 has no days value'],
    ['an unknown days value', '[{"days":"WEEKDAYS","startMinute":540,"endMinute":1020}]', 'unknown days value "WEEKDAYS"'],
    ['a start given as text', '[{"days":"MONDAY","startMinute":"540","endMinute":1020}]', 'block 1 (MONDAY) has startMinute "540", not a whole number from 0 to 1440'],
    ['an end past midnight', '[{"days":"MONDAY","startMinute":540,"endMinute":1500}]', 'block 1 (MONDAY) has endMinute 1500, not a whole number from 0 to 1440'],
    ['a fractional minute', '[{"days":"MONDAY","startMinute":540.5,"endMinute":1020}]', 'block 1 (MONDAY) has startMinute 540.5, not a whole number from 0 to 1440'],
    ['a missing end', '[{"days":"MONDAY","startMinute":540}]', 'block 1 (MONDAY) has endMinute undefined, not a whole number from 0 to 1440'],
    ['a block that ends before it starts', '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020},{"days":"TUESDAY","startMinute":1320,"endMinute":360}]', 'block 2 (TUESDAY) ends at minute 360, not after it starts at minute 1320'],
    ['an empty block', '[{"days":"MONDAY","startMinute":540,"endMinute":540}]', 'block 1 (MONDAY) ends at minute 540, not after it starts at minute 540'],
  ])('refuses %s, saying why', (_case, raw, reason) => {
    expect(parseHubSpotWorkingHours(raw)).toEqual({ ok: false, reason });
  });
});

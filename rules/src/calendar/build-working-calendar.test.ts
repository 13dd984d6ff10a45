import { Settings } from 'luxon';
import { HOUR_MS, type Instant } from '../shared/time';
import { buildWorkingCalendar } from './build-working-calendar';
import { WEEKDAYS, type CalendarDefinition, type Weekday, type WeeklyHours } from './working-calendar';

type Hours = readonly (readonly [string, string])[];

function week(days: Partial<Record<Weekday, Hours>>): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, days[day] ?? []])) as unknown as WeeklyHours;
}

function weekdays(hours: Hours, saturday: Hours = []): WeeklyHours {
  return week({ monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday });
}

const everyDay = (hours: Hours): WeeklyHours => week(Object.fromEntries(WEEKDAYS.map((day) => [day, hours])));
const at = (iso: string): Instant => Date.parse(iso);
const calendar = (definition: Partial<CalendarDefinition> & Pick<CalendarDefinition, 'week'>) => buildWorkingCalendar({ id: 'test', timeZone: 'America/New_York', ...definition });

const NINE_TO_FIVE = weekdays([['09:00', '17:00']]);
const newYorkOffice = calendar({ week: NINE_TO_FIVE });

describe('buildWorkingCalendar', () => {
  describe('weekly hours', () => {
    it('adds 45 working minutes across the weekend: Friday 16:45 to Monday 09:30 in New York', () => {
      const friday = at('2026-11-13T16:45:00-05:00'); // Friday 16:45 EST
      expect(newYorkOffice.addWorkingMinutes(friday, 45)).toBe(at('2026-11-16T09:30:00-05:00')); // Monday 09:30 EST
    });

    it('starts the clock at the next opening when `from` is outside working time', () => {
      const sundayEvening = at('2026-11-15T20:00:00-05:00'); // Sunday 20:00 EST
      expect(newYorkOffice.addWorkingMinutes(sundayEvening, 30)).toBe(at('2026-11-16T09:30:00-05:00')); // Monday 09:30 EST
    });

    it('counts from `from` itself, to the millisecond, when it is inside working time', () => {
      const tuesday = at('2026-11-17T10:17:30-05:00'); // Tuesday 10:17:30 EST
      expect(newYorkOffice.addWorkingMinutes(tuesday, 1)).toBe(at('2026-11-17T10:18:30-05:00'));
    });

    it('skips the lunch break of a split shift in Berlin', () => {
      const berlin = calendar({ timeZone: 'Europe/Berlin', week: weekdays([['08:00', '12:00'], ['13:00', '17:00']]) });
      const morning = at('2026-06-10T11:30:00+02:00'); // Wednesday 11:30 CEST
      expect(berlin.addWorkingMinutes(morning, 60)).toBe(at('2026-06-10T13:30:00+02:00'));
      expect(berlin.isWorking(at('2026-06-10T12:30:00+02:00'))).toBe(false);
      expect(berlin.workingMinutesBetween(at('2026-06-10T08:00:00+02:00'), at('2026-06-11T08:00:00+02:00'))).toBe(480);
    });

    it('returns the end of a shift, not the next start, when the last minute is consumed exactly there', () => {
      const berlin = calendar({ timeZone: 'Europe/Berlin', week: weekdays([['08:00', '12:00'], ['13:00', '17:00']]) });
      expect(berlin.addWorkingMinutes(at('2026-06-10T11:30:00+02:00'), 30)).toBe(at('2026-06-10T12:00:00+02:00')); // Wednesday 12:00 CEST
    });

    it('works a Saturday morning after Friday afternoon', () => {
      const withSaturday = calendar({ week: weekdays([['09:00', '17:00']], [['09:00', '13:00']]) });
      const friday = at('2026-11-13T16:00:00-05:00'); // Friday 16:00 EST
      expect(withSaturday.addWorkingMinutes(friday, 120)).toBe(at('2026-11-14T10:00:00-05:00')); // Saturday 10:00 EST
      expect(withSaturday.isWorking(at('2026-11-14T13:00:00-05:00'))).toBe(false); // Saturday 13:00 EST, end exclusive
    });

    it('ends an interval written "24:00" at the next local midnight', () => {
      const evenings = calendar({ week: weekdays([['18:00', '24:00']]) });
      const mondayMidnight = at('2026-11-17T00:00:00-05:00'); // Tuesday 00:00 EST
      expect(evenings.isWorking(mondayMidnight - 1)).toBe(true);
      expect(evenings.isWorking(mondayMidnight)).toBe(false);
      expect(evenings.addWorkingMinutes(at('2026-11-16T23:00:00-05:00'), 60)).toBe(mondayMidnight); // Monday 23:00 EST + 60
      expect(evenings.nextWorkingMoment(mondayMidnight)).toBe(at('2026-11-17T18:00:00-05:00')); // Tuesday 18:00 EST
    });

    it('treats a night shift written as two intervals across midnight as one continuous span', () => {
      const nights = calendar({ week: week({ monday: [['22:00', '24:00']], tuesday: [['00:00', '06:00']] }) });
      const midnight = at('2026-11-17T00:00:00-05:00'); // Tuesday 00:00 EST
      expect(nights.isWorking(midnight)).toBe(true);
      expect(nights.nextWorkingMoment(midnight)).toBe(midnight);
      expect(nights.addWorkingMinutes(at('2026-11-16T23:30:00-05:00'), 60)).toBe(at('2026-11-17T00:30:00-05:00')); // Monday 23:30 EST → Tuesday 00:30
      expect(nights.addWorkingMinutes(at('2026-11-16T22:00:00-05:00'), 120)).toBe(midnight);
      expect(nights.workingMinutesBetween(at('2026-11-16T22:00:00-05:00'), at('2026-11-17T06:00:00-05:00'))).toBe(480);
    });

    it('is working at the start of an interval and not at its end', () => {
      expect(newYorkOffice.isWorking(at('2026-11-16T09:00:00-05:00'))).toBe(true); // Monday 09:00 EST
      expect(newYorkOffice.isWorking(at('2026-11-16T08:59:59.999-05:00'))).toBe(false);
      expect(newYorkOffice.isWorking(at('2026-11-16T17:00:00-05:00'))).toBe(false); // Monday 17:00 EST
    });

    it('joins overlapping intervals instead of counting their overlap twice', () => {
      const overlapping = calendar({ week: weekdays([['09:00', '13:00'], ['12:00', '17:00']]) });
      expect(overlapping.workingMinutesBetween(at('2026-11-16T00:00:00-05:00'), at('2026-11-17T00:00:00-05:00'))).toBe(480); // Monday EST
    });
  });

  describe('holidays and absences', () => {
    const usOffice = calendar({ week: NINE_TO_FIVE, holidays: { country: 'US' } });

    it('skips Thanksgiving (2026-11-26, US public holiday) but not the day after (an observance)', () => {
      const wednesday = at('2026-11-25T16:30:00-05:00'); // Wednesday 16:30 EST
      expect(usOffice.addWorkingMinutes(wednesday, 60)).toBe(at('2026-11-27T09:30:00-05:00')); // Friday 09:30 EST
      expect(usOffice.isWorking(at('2026-11-26T12:00:00-05:00'))).toBe(false); // Thursday noon EST
    });

    it('skips the substitute day date-holidays lists for Independence Day on a Saturday (Friday 2026-07-03)', () => {
      expect(usOffice.isWorking(at('2026-07-03T12:00:00-04:00'))).toBe(false); // Friday noon EDT
      expect(usOffice.isWorking(at('2026-07-02T12:00:00-04:00'))).toBe(true); // Thursday noon EDT
    });

    it('uses the region\'s holidays: Epiphany (2026-01-06) is off in Bavaria, not in Berlin', () => {
      const bavaria = calendar({ timeZone: 'Europe/Berlin', week: NINE_TO_FIVE, holidays: { country: 'DE', region: 'BY' } });
      const berlin = calendar({ timeZone: 'Europe/Berlin', week: NINE_TO_FIVE, holidays: { country: 'DE', region: 'BE' } });
      const tuesdayNoon = at('2026-01-06T12:00:00+01:00'); // Tuesday noon CET
      expect(bavaria.isWorking(tuesdayNoon)).toBe(false);
      expect(berlin.isWorking(tuesdayNoon)).toBe(true);
    });

    it('removes every day of a public holiday that date-holidays lists as lasting several days (UAE Eid al-Fitr 2026)', () => {
      const dubai = calendar({ timeZone: 'Asia/Dubai', week: everyDay([['00:00', '24:00']]), holidays: { country: 'AE' } });
      // Thursday 19 March 00:00 to Tuesday 24 March 00:00 GST: only the 19th and the 23rd are working days.
      expect(dubai.workingMinutesBetween(at('2026-03-19T00:00:00+04:00'), at('2026-03-24T00:00:00+04:00'))).toBe(2 * 24 * 60);
    });

    it('skips extra holidays given as local dates', () => {
      const office = calendar({ week: NINE_TO_FIVE, extraHolidays: ['2026-12-24'] });
      const wednesday = at('2026-12-23T16:30:00-05:00'); // Wednesday 16:30 EST
      expect(office.addWorkingMinutes(wednesday, 60)).toBe(at('2026-12-25T09:30:00-05:00')); // Friday 09:30 EST (no country: Christmas works)
    });

    it('takes part of a day off: an afternoon off on Christmas Eve in Berlin runs the clock into the next working day', () => {
      const berlin = calendar({ timeZone: 'Europe/Berlin', week: NINE_TO_FIVE, holidays: { country: 'DE' }, extraHolidays: [{ date: '2026-12-24', from: '12:00' }] });
      const thursdayEleven = at('2026-12-24T11:00:00+01:00');
      expect(berlin.isWorking(at('2026-12-24T11:59:00+01:00'))).toBe(true);
      expect(berlin.isWorking(at('2026-12-24T12:00:00+01:00'))).toBe(false);
      // One hour before noon; Friday the 25th is Christmas Day, then the weekend: Monday 10:00.
      expect(berlin.addWorkingMinutes(thursdayEleven, 120)).toBe(at('2026-12-28T10:00:00+01:00'));
      expect(berlin.nextWorkingMoment(at('2026-12-24T12:00:00+01:00'))).toBe(at('2026-12-28T09:00:00+01:00'));
    });

    it('takes a late start and a middle part off, and joins two entries for one day', () => {
      const office = calendar({ week: NINE_TO_FIVE, extraHolidays: [{ date: '2026-12-31', to: '10:00' }, { date: '2026-12-31', from: '13:00', to: '15:30' }, { date: '2026-12-31', from: '15:00', to: '16:00' }] });
      // Thursday 31 December: 10:00–13:00 and 16:00–17:00 are left.
      expect(office.workingSpans(at('2026-12-31T00:00:00-05:00'), at('2027-01-01T00:00:00-05:00'))).toEqual([
        { start: at('2026-12-31T10:00:00-05:00'), end: at('2026-12-31T13:00:00-05:00') },
        { start: at('2026-12-31T16:00:00-05:00'), end: at('2026-12-31T17:00:00-05:00') },
      ]);
    });

    it('subtracts out-of-office periods from working time', () => {
      const office = calendar({ week: NINE_TO_FIVE, outOfOffice: [{ from: at('2026-11-10T12:00:00-05:00'), to: at('2026-11-11T11:00:00-05:00') }] });
      const tuesday = at('2026-11-10T11:00:00-05:00'); // Tuesday 11:00 EST
      expect(office.addWorkingMinutes(tuesday, 120)).toBe(at('2026-11-11T12:00:00-05:00')); // Wednesday 12:00 EST
      expect(office.workingMinutesBetween(at('2026-11-10T09:00:00-05:00'), at('2026-11-11T17:00:00-05:00'))).toBe(180 + 360);
      expect(office.isWorking(at('2026-11-11T10:59:00-05:00'))).toBe(false);
      expect(office.isWorking(at('2026-11-11T11:00:00-05:00'))).toBe(true);
    });
  });

  describe('daylight saving time', () => {
    const allDay = everyDay([['00:00', '24:00']]);

    it.each([
      { timeZone: 'America/New_York', change: 'spring-forward', from: '2026-03-08T00:00:00-05:00', to: '2026-03-09T00:00:00-04:00', hours: 23 },
      { timeZone: 'America/New_York', change: 'fall-back', from: '2026-11-01T00:00:00-04:00', to: '2026-11-02T00:00:00-05:00', hours: 25 },
      { timeZone: 'Europe/London', change: 'spring-forward', from: '2026-03-29T00:00:00+00:00', to: '2026-03-30T00:00:00+01:00', hours: 23 },
      { timeZone: 'Europe/London', change: 'fall-back', from: '2026-10-25T00:00:00+01:00', to: '2026-10-26T00:00:00+00:00', hours: 25 },
      { timeZone: 'Australia/Sydney', change: 'fall-back', from: '2026-04-05T00:00:00+11:00', to: '2026-04-06T00:00:00+10:00', hours: 25 },
      { timeZone: 'Australia/Sydney', change: 'spring-forward', from: '2026-10-04T00:00:00+10:00', to: '2026-10-05T00:00:00+11:00', hours: 23 },
    ])('counts a 00:00–24:00 day in $timeZone on its $change Sunday as $hours real hours', ({ timeZone, from, to, hours }) => {
      const around = calendar({ timeZone, week: allDay });
      expect(around.workingMinutesBetween(at(from), at(to))).toBe(hours * 60);
      expect(around.addWorkingMinutes(at(from), hours * 60)).toBe(at(to));
    });

    it('works a 7-hour night in New York when the clocks spring forward (Saturday 22:00 EST to Sunday 06:00 EDT)', () => {
      const nights = calendar({ week: week({ saturday: [['22:00', '24:00']], sunday: [['00:00', '06:00']] }) });
      expect(nights.workingMinutesBetween(at('2026-03-07T22:00:00-05:00'), at('2026-03-08T06:00:00-04:00'))).toBe(7 * 60);
      expect(nights.addWorkingMinutes(at('2026-03-07T22:00:00-05:00'), 7 * 60)).toBe(at('2026-03-08T06:00:00-04:00'));
    });

    it('works a 9-hour night in New York when the clocks fall back (Saturday 22:00 EDT to Sunday 06:00 EST)', () => {
      const nights = calendar({ week: week({ saturday: [['22:00', '24:00']], sunday: [['00:00', '06:00']] }) });
      expect(nights.workingMinutesBetween(at('2026-10-31T22:00:00-04:00'), at('2026-11-01T06:00:00-05:00'))).toBe(9 * 60);
    });

    it('keeps office hours on the wall clock across the change: Friday 16:00 EST + 120 minutes is Monday 10:00 EDT', () => {
      expect(newYorkOffice.addWorkingMinutes(at('2026-03-06T16:00:00-05:00'), 120)).toBe(at('2026-03-09T10:00:00-04:00'));
    });

    it('adds 24 real hours on a spring-forward Saturday-to-Sunday in New York: noon EST becomes 13:00 EDT', () => {
      const around = calendar({ week: allDay });
      expect(around.addWorkingMinutes(at('2026-03-07T12:00:00-05:00'), 24 * 60)).toBe(at('2026-03-08T13:00:00-04:00'));
    });

    it('maps a start inside the skipped hour forward like luxon: 02:30 on 2026-03-08 in New York starts at 03:30 EDT', () => {
      const early = calendar({ week: week({ sunday: [['02:30', '04:00']] }) });
      expect(early.nextWorkingMoment(at('2026-03-08T00:00:00-05:00'))).toBe(at('2026-03-08T03:30:00-04:00'));
      expect(early.workingMinutesBetween(at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'))).toBe(30);
    });

    it('starts a wall time shown twice at its first showing: 01:30 on 2026-11-01 in New York is 01:30 EDT', () => {
      const early = calendar({ week: week({ sunday: [['01:30', '03:00']] }) });
      expect(early.nextWorkingMoment(at('2026-11-01T00:00:00-04:00'))).toBe(at('2026-11-01T01:30:00-04:00'));
      expect(early.workingMinutesBetween(at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00'))).toBe(150);
    });

    it('answers the same whatever the machine\'s clock says (luxon guesses a repeated hour from the current offset)', () => {
      const original = Settings.now;
      const answers = ['2026-07-01T12:00:00Z', '2026-12-01T12:00:00Z'].map((now) => {
        Settings.now = () => Date.parse(now);
        try {
          const early = calendar({ week: week({ sunday: [['01:30', '03:00']] }) });
          return early.nextWorkingMoment(at('2026-11-01T00:00:00-04:00'));
        } finally {
          Settings.now = original;
        }
      });
      expect(answers).toEqual([at('2026-11-01T01:30:00-04:00'), at('2026-11-01T01:30:00-04:00')]);
    });
  });

  describe('edges', () => {
    it('returns `from` for zero minutes inside working time, and the next opening outside it', () => {
      expect(newYorkOffice.addWorkingMinutes(at('2026-11-16T10:00:00-05:00'), 0)).toBe(at('2026-11-16T10:00:00-05:00')); // Monday 10:00 EST
      expect(newYorkOffice.addWorkingMinutes(at('2026-11-16T17:00:00-05:00'), 0)).toBe(at('2026-11-17T09:00:00-05:00')); // Monday 17:00 → Tuesday 09:00 EST
    });

    it('lists the working spans between two instants, cut to them, adding up to the working minutes', () => {
      const mondayNoon = at('2026-11-16T12:00:00-05:00');
      const wednesdayTen = at('2026-11-18T10:00:00-05:00');
      expect(newYorkOffice.workingSpans(mondayNoon, wednesdayTen)).toEqual([
        { start: mondayNoon, end: at('2026-11-16T17:00:00-05:00') },
        { start: at('2026-11-17T09:00:00-05:00'), end: at('2026-11-17T17:00:00-05:00') },
        { start: at('2026-11-18T09:00:00-05:00'), end: wednesdayTen },
      ]);
      const spans = newYorkOffice.workingSpans(mondayNoon, wednesdayTen);
      expect(spans.reduce((minutes, span) => minutes + (span.end - span.start) / 60_000, 0)).toBe(newYorkOffice.workingMinutesBetween(mondayNoon, wednesdayTen));
      expect(newYorkOffice.workingSpans(wednesdayTen, mondayNoon)).toEqual([]);
      expect(newYorkOffice.workingSpans(at('2026-11-16T18:00:00-05:00'), at('2026-11-16T20:00:00-05:00'))).toEqual([]);
    });

    it('counts 0 working minutes when `to` is not after `from`', () => {
      const monday = at('2026-11-16T10:00:00-05:00');
      expect(newYorkOffice.workingMinutesBetween(monday + HOUR_MS, monday)).toBe(0);
      expect(newYorkOffice.workingMinutesBetween(monday, monday)).toBe(0);
    });

    it('counts fractions of a minute when the instants are not minute-aligned', () => {
      const monday = at('2026-11-16T09:00:30-05:00'); // Monday 09:00:30 EST
      expect(newYorkOffice.workingMinutesBetween(monday, monday + 90_000)).toBe(1.5);
      expect(newYorkOffice.workingMinutesBetween(at('2026-11-16T08:59:30-05:00'), at('2026-11-16T09:00:30-05:00'))).toBe(0.5);
    });

    it('gives null when there is no working time within about two years', () => {
      const never = calendar({ week: week({}) });
      expect(never.nextWorkingMoment(at('2026-11-16T10:00:00-05:00'))).toBeNull();
      expect(never.addWorkingMinutes(at('2026-11-16T10:00:00-05:00'), 1)).toBeNull();
      expect(never.isWorking(at('2026-11-16T10:00:00-05:00'))).toBe(false);
      const away = calendar({ week: NINE_TO_FIVE, outOfOffice: [{ from: at('2026-01-01T00:00:00Z'), to: at('2029-01-01T00:00:00Z') }] });
      expect(away.nextWorkingMoment(at('2026-11-16T10:00:00-05:00'))).toBeNull();
      // About 2.4 years of 8-hour weekdays.
      expect(newYorkOffice.addWorkingMinutes(at('2026-11-16T10:00:00-05:00'), 300_000)).toBeNull();
    });

    it('refuses negative or non-finite minutes and non-finite instants', () => {
      const monday = at('2026-11-16T10:00:00-05:00');
      expect(() => newYorkOffice.addWorkingMinutes(monday, -1)).toThrow(RangeError);
      expect(() => newYorkOffice.addWorkingMinutes(monday, Number.NaN)).toThrow(RangeError);
      expect(() => newYorkOffice.workingMinutesBetween(monday, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    });
  });

  describe('validation', () => {
    it.each<[string, Partial<CalendarDefinition>, RegExp]>([
      ['an unknown time zone', { timeZone: 'America/New_Yrok' }, /Calendar "emea": "America\/New_Yrok" is not an IANA time zone\. Use a name such as "America\/New_York"/],
      ['an interval that ends before it starts', { week: week({ monday: [['22:00', '06:00']] }) }, /Calendar "emea": monday interval 22:00–06:00 ends before it starts\. A shift that crosses midnight is two intervals/],
      ['an empty interval', { week: week({ friday: [['09:00', '09:00']] }) }, /friday interval 09:00–09:00 ends before it starts/],
      ['a malformed time', { week: week({ tuesday: [['9:00', '17:00']] }) }, /Calendar "emea": tuesday interval 9:00–17:00 is not a pair of times\. Write times as "HH:MM"/],
      ['a malformed extra holiday', { extraHolidays: ['2026-02-30'] }, /Calendar "emea": extra holiday "2026-02-30" is not a date\. Write dates as "YYYY-MM-DD"/],
      ['time off that ends before it starts', { extraHolidays: [{ date: '2026-12-24', from: '14:00', to: '12:00' }] }, /Calendar "emea": time off on 2026-12-24, 14:00–12:00, ends before it starts\. Give "from" before "to"/],
      ['time off with a malformed time', { extraHolidays: [{ date: '2026-12-24', from: '12h' }] }, /Calendar "emea": time off on 2026-12-24, 12h–24:00, is not a pair of times/],
      ['a country without holiday data', { holidays: { country: 'XX' } }, /Calendar "emea": "XX" has no public-holiday data\. Use an ISO 3166 country code/],
      ['an unknown region', { holidays: { country: 'DE', region: 'ZZ' } }, /Calendar "emea": "ZZ" is not a region of DE\. Use one of: .*BY/],
    ])('throws a TypeError naming the calendar and the fix for %s', (_case, change, message) => {
      const definition: CalendarDefinition = { id: 'emea', timeZone: 'Europe/London', week: NINE_TO_FIVE, ...change };
      expect(() => buildWorkingCalendar(definition)).toThrow(TypeError);
      expect(() => buildWorkingCalendar(definition)).toThrow(message);
    });
  });
});

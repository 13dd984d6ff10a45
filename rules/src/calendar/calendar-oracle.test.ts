import fc from 'fast-check';
import { DAY_MS, MINUTE_MS, type Instant } from '../shared/time';
import { buildWorkingCalendar } from './build-working-calendar';
import { WEEKDAYS, type CalendarDefinition, type DayOff, type Weekday, type WeeklyHours, type WorkingCalendar } from './working-calendar';

/*
 * An independent, deliberately naive model of business time, compared with buildWorkingCalendar on
 * random cases in DST-change weeks. It reads the wall clock of every minute with Intl.DateTimeFormat
 * (the implementation uses luxon), marks working minutes one by one, and answers by stepping minute
 * by minute (the implementation walks cached instant spans).
 *
 * A working interval runs from the first minute whose wall clock shows its start to the first minute
 * that shows its end, on the interval's local date ("24:00" is the next date's 00:00). That is the
 * plain wall-clock reading, plus the two DST decisions the implementation makes, stated in clock terms:
 *  - a wall time shown twice (fall back) counts from its first showing;
 *  - a wall time the clock skips (spring forward) falls where the clock would have shown it had it
 *    kept counting from the last minute before the jump (luxon's forward mapping: 02:30 → 03:30 EDT).
 * For calendars whose times never fall strictly inside a skipped or repeated hour, the test also checks
 * the oracle itself against the plainest reading: "is this minute's wall time inside an interval?".
 */

const SHORT_WEEKDAYS: Readonly<Record<string, Weekday>> = { Mon: 'monday', Tue: 'tuesday', Wed: 'wednesday', Thu: 'thursday', Fri: 'friday', Sat: 'saturday', Sun: 'sunday' };
const MINUTES_PER_DAY = 1440;

/** Each minute of a window as the local wall clock shows it. */
interface WallClock {
  readonly start: Instant;
  /** Per minute: local date as days since 1970-01-01 × 1440 + minute of the day, so keys sort like wall times. */
  readonly keys: Float64Array;
  readonly weekdayOfDate: ReadonlyMap<number, Weekday>;
  /** Per local date (days since 1970-01-01): index of its first minute in the window. */
  readonly firstMinuteOfDate: ReadonlyMap<number, number>;
}

const clocks = new Map<string, WallClock>();

function readWallClock(timeZone: string, start: Instant, minutes: number): WallClock {
  const cacheKey = `${timeZone}@${start}+${minutes}`;
  const cached = clocks.get(cacheKey);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const keys = new Float64Array(minutes);
  const weekdayOfDate = new Map<number, Weekday>();
  const firstMinuteOfDate = new Map<number, number>();
  for (let i = 0; i < minutes; i += 1) {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(start + i * MINUTE_MS)) parts[part.type] = part.value;
    const date = Date.parse(`${parts['year']}-${parts['month']}-${parts['day']}T00:00:00Z`) / DAY_MS;
    keys[i] = date * MINUTES_PER_DAY + Number(parts['hour']) * 60 + Number(parts['minute']);
    const weekday = SHORT_WEEKDAYS[parts['weekday'] ?? ''];
    if (weekday === undefined) throw new Error(`Intl gave an unknown weekday ${parts['weekday']}`);
    weekdayOfDate.set(date, weekday);
    if (!firstMinuteOfDate.has(date)) firstMinuteOfDate.set(date, i);
  }
  const clock = { start, keys, weekdayOfDate, firstMinuteOfDate };
  clocks.set(cacheKey, clock);
  return clock;
}

function clockMinutes(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

function dateOrdinal(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** A day off, whole or in part, as its date and the wall-clock minutes it is off: [from, to). */
function timeOff(entry: DayOff): { readonly date: number; readonly from: number; readonly to: number } {
  const { date, from = '00:00', to = '24:00' } = typeof entry === 'string' ? { date: entry } : entry;
  return { date: dateOrdinal(date), from: clockMinutes(from), to: clockMinutes(to) };
}

/** The minute index at which the clock shows `key` first, or would have shown it, had it not jumped. */
function minuteShowing(clock: WallClock, key: number, searchFrom: number): number {
  const { keys } = clock;
  for (let i = searchFrom; i < keys.length; i += 1) if (keys[i] === key) return i;
  for (let i = Math.max(searchFrom, 1); i < keys.length; i += 1) {
    const shown = keys[i] as number;
    if (shown > key) return i - 1 + (key - (keys[i - 1] as number));
  }
  throw new Error('oracle window too small');
}

/** The oracle: one flag per minute of the window, and the stepping answers. */
class MinuteOracle {
  readonly working: Uint8Array;
  /** Minute indexes whose status is fully decided (their local date was marked). */
  readonly decidedFrom: number;
  readonly decidedTo: number;

  constructor(readonly definition: CalendarDefinition, readonly clock: WallClock) {
    const { keys } = clock;
    this.working = new Uint8Array(keys.length);
    const dates = [...clock.firstMinuteOfDate.keys()].sort((a, b) => a - b);
    // Skip the window's first and last two dates: they may be cut, and "24:00" needs the next date.
    const marked = dates.slice(1, -2);
    const daysOff = (definition.extraHolidays ?? []).map(timeOff);
    for (const date of marked) {
      const weekday = clock.weekdayOfDate.get(date) as Weekday;
      const searchFrom = clock.firstMinuteOfDate.get(date - 1) ?? 0;
      const mark = (from: number, to: number, value: 0 | 1) => {
        const start = minuteShowing(clock, date * MINUTES_PER_DAY + from, searchFrom);
        const end = minuteShowing(clock, date * MINUTES_PER_DAY + to, searchFrom);
        for (let i = start; i < end; i += 1) this.working[i] = value;
      };
      for (const [from, to] of definition.week[weekday]) mark(clockMinutes(from), clockMinutes(to), 1);
      // Time off is read on the same wall clock as the hours it cuts.
      for (const off of daysOff) if (off.date === date) mark(off.from, off.to, 0);
    }
    for (const absence of definition.outOfOffice ?? []) {
      for (let i = Math.max(0, this.index(absence.from)); i < Math.min(keys.length, this.index(absence.to)); i += 1) this.working[i] = 0;
    }
    this.decidedFrom = clock.firstMinuteOfDate.get(marked[0] as number) as number;
    this.decidedTo = clock.firstMinuteOfDate.get((marked[marked.length - 1] as number) + 1) as number;
  }

  index(at: Instant): number {
    return Math.floor((at - this.clock.start) / MINUTE_MS);
  }

  instant(index: number): Instant {
    return this.clock.start + index * MINUTE_MS;
  }

  isWorking(at: Instant): boolean {
    return this.working[this.decided(this.index(at))] === 1;
  }

  /** Steps from a minute-aligned `from`, counting working minutes; the due time is the end of the last one. */
  addWorkingMinutes(from: Instant, minutes: number): Instant {
    let i = this.decided(this.index(from));
    if (minutes === 0) {
      while (this.working[this.decided(i)] !== 1) i += 1;
      return this.instant(i);
    }
    let left = minutes;
    for (; ; i += 1) {
      if (this.working[this.decided(i)] === 1) left -= 1;
      if (left === 0) return this.instant(i + 1);
    }
  }

  /** Working milliseconds in [from, to), minute by minute, in minutes. */
  workingMinutesBetween(from: Instant, to: Instant): number {
    let total = 0;
    for (let i = this.decided(this.index(from)); this.instant(i) < to; i += 1) {
      if (this.working[this.decided(i)] !== 1) continue;
      total += Math.min(to, this.instant(i + 1)) - Math.max(from, this.instant(i));
    }
    return total / MINUTE_MS;
  }

  /** The plainest reading, for calendars with no time inside a skipped or repeated hour. */
  wallClockSaysWorking(index: number): boolean {
    const key = this.clock.keys[index] as number;
    const date = Math.floor(key / MINUTES_PER_DAY);
    const minute = key - date * MINUTES_PER_DAY;
    if ((this.definition.extraHolidays ?? []).map(timeOff).some((off) => off.date === date && minute >= off.from && minute < off.to)) return false;
    if ((this.definition.outOfOffice ?? []).some((a) => this.instant(index) >= a.from && this.instant(index) < a.to)) return false;
    const weekday = this.clock.weekdayOfDate.get(date) as Weekday;
    return this.definition.week[weekday].some(([from, to]) => minute >= clockMinutes(from) && minute < clockMinutes(to));
  }

  private decided(index: number): number {
    if (index < this.decidedFrom || index >= this.decidedTo) throw new Error(`oracle window too small: minute ${index} is outside ${this.decidedFrom}..${this.decidedTo}`);
    return index;
  }
}

function everyDay(hours: readonly (readonly [string, string])[]): WeeklyHours {
  return { monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: hours, sunday: hours };
}

function week(days: Partial<Record<Weekday, readonly (readonly [string, string])[]>>): WeeklyHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, days[day] ?? []])) as unknown as WeeklyHours;
}

const at = (iso: string): Instant => Date.parse(iso);
const NIGHT_START: readonly (readonly [string, string])[] = [['22:00', '24:00']];
const NIGHT_END: readonly (readonly [string, string])[] = [['00:00', '06:00']];
const OFFICE_SPLIT: readonly (readonly [string, string])[] = [['09:00', '12:00'], ['13:00', '17:30']];
/** Times inside New York's, London's and Sydney's skipped and repeated hours. */
const AWKWARD: readonly (readonly [string, string])[] = [['01:15', '02:30'], ['02:45', '03:30'], ['05:00', '09:00']];

interface OracleCalendar {
  readonly definition: CalendarDefinition;
  /** Local dates of the DST changes (or any Sunday) whose weeks are tested. */
  readonly changes: readonly string[];
  /** No interval time falls strictly inside a skipped or repeated hour: the plain wall-clock reading applies. */
  readonly plain: boolean;
}

const CALENDARS: readonly OracleCalendar[] = [
  {
    definition: {
      id: 'new-york-office', timeZone: 'America/New_York',
      week: week({ monday: OFFICE_SPLIT, tuesday: OFFICE_SPLIT, wednesday: OFFICE_SPLIT, thursday: OFFICE_SPLIT, friday: OFFICE_SPLIT, saturday: [['10:00', '13:00']] }),
      // Whole days, a morning off, an afternoon off (the whole second interval) and a middle part across lunch.
      extraHolidays: ['2026-03-10', '2026-11-03', '2026-11-26', { date: '2026-03-09', to: '10:30' }, { date: '2026-03-12', from: '12:30' }, { date: '2026-11-05', from: '11:00', to: '14:00' }],
      outOfOffice: [{ from: at('2026-03-11T14:00:00-04:00'), to: at('2026-03-12T10:00:00-04:00') }, { from: at('2026-10-30T15:00:00-04:00'), to: at('2026-11-02T11:00:00-05:00') }],
    },
    changes: ['2026-03-08', '2026-11-01'], plain: true,
  },
  {
    definition: {
      id: 'new-york-around-the-clock', timeZone: 'America/New_York', week: everyDay([['00:00', '24:00']]),
      // Absences across the skipped hour and across the repeated hour.
      outOfOffice: [{ from: at('2026-03-08T01:30:00-05:00'), to: at('2026-03-08T04:00:00-04:00') }, { from: at('2026-11-01T01:20:00-04:00'), to: at('2026-11-01T01:40:00-05:00') }],
    },
    changes: ['2026-03-08', '2026-11-01'], plain: true,
  },
  {
    definition: {
      id: 'new-york-night-shift', timeZone: 'America/New_York',
      // Monday to Friday nights, plus Saturday night so a shift spans each DST change (Sunday 02:00).
      week: week({ monday: NIGHT_START, tuesday: [...NIGHT_END, ...NIGHT_START], wednesday: [...NIGHT_END, ...NIGHT_START], thursday: [...NIGHT_END, ...NIGHT_START], friday: [...NIGHT_END, ...NIGHT_START], saturday: [...NIGHT_END, ...NIGHT_START], sunday: NIGHT_END }),
      // Off across the Sunday of each change: the night shift's hours around the skipped and the repeated hour.
      extraHolidays: ['2026-03-11', '2026-11-04', { date: '2026-03-08', from: '00:30', to: '04:00' }, { date: '2026-11-01', from: '00:45', to: '02:00' }],
    },
    changes: ['2026-03-08', '2026-11-01'], plain: true,
  },
  { definition: { id: 'new-york-awkward', timeZone: 'America/New_York', week: everyDay(AWKWARD) }, changes: ['2026-03-08', '2026-11-01'], plain: false },
  {
    definition: {
      id: 'london-office', timeZone: 'Europe/London',
      // Sunday's intervals end and start exactly at the DST change (01:00 / 02:00), not inside it.
      week: week({ monday: [['08:30', '17:00']], tuesday: [['08:30', '17:00']], wednesday: [['08:30', '17:00']], thursday: [['08:30', '17:00']], friday: [['08:30', '17:00']], saturday: [['09:00', '12:00']], sunday: [['00:30', '01:00'], ['02:00', '04:00']] }),
      extraHolidays: ['2026-03-27', '2026-10-27'],
      outOfOffice: [{ from: at('2026-03-30T12:00:00+01:00'), to: at('2026-03-31T12:00:00+01:00') }],
    },
    changes: ['2026-03-29', '2026-10-25'], plain: true,
  },
  {
    // Time off that starts or ends inside the skipped and the repeated hour.
    definition: { id: 'london-awkward', timeZone: 'Europe/London', week: everyDay(AWKWARD), extraHolidays: [{ date: '2026-03-29', from: '01:30', to: '06:00' }, { date: '2026-10-25', from: '01:20', to: '01:40' }, { date: '2026-10-27', from: '02:00' }] },
    changes: ['2026-03-29', '2026-10-25'],
    plain: false,
  },
  {
    definition: {
      id: 'sydney-office', timeZone: 'Australia/Sydney',
      // Sunday's 02:00–03:00 is the whole repeated hour in April and the whole skipped hour in October.
      week: week({ monday: [['08:00', '12:30'], ['13:30', '17:00']], tuesday: [['08:00', '12:30'], ['13:30', '17:00']], wednesday: [['08:00', '12:30'], ['13:30', '17:00']], thursday: [['08:00', '12:30'], ['13:30', '17:00']], friday: [['08:00', '12:30'], ['13:30', '17:00']], sunday: [['02:00', '03:00']] }),
      extraHolidays: ['2026-04-06', '2026-10-05'],
    },
    changes: ['2026-04-05', '2026-10-04'], plain: true,
  },
  { definition: { id: 'sydney-awkward', timeZone: 'Australia/Sydney', week: everyDay(AWKWARD) }, changes: ['2026-04-05', '2026-10-04'], plain: false },
  {
    definition: {
      id: 'kolkata-office', timeZone: 'Asia/Kolkata',
      week: week({ monday: [['10:00', '13:30'], ['14:30', '19:00']], tuesday: [['10:00', '13:30'], ['14:30', '19:00']], wednesday: [['10:00', '13:30'], ['14:30', '19:00']], thursday: [['10:00', '13:30'], ['14:30', '19:00']], friday: [['10:00', '13:30'], ['14:30', '19:00']], saturday: [['10:00', '14:00']] }),
      extraHolidays: ['2026-03-04'],
      outOfOffice: [{ from: at('2026-03-09T11:00:00+05:30'), to: at('2026-03-09T16:30:00+05:30') }],
    },
    changes: ['2026-03-08'], plain: true,
  },
];

const WINDOW_BEFORE_DAYS = 6;
const WINDOW_DAYS = 27;
const MAX_MINUTES = 3000;
const RUNS_PER_WEEK = 150;

const cases = CALENDARS.flatMap((c) => c.changes.map((change) => ({ ...c, change })));
const iso = (instant: Instant | null): string | null => (instant === null ? null : new Date(instant).toISOString());

describe.each(cases)('$definition.id in the week of $change', ({ definition, change, plain }) => {
  const changeDay = Date.parse(`${change}T00:00:00Z`);
  const clock = readWallClock(definition.timeZone, changeDay - WINDOW_BEFORE_DAYS * DAY_MS, WINDOW_DAYS * MINUTES_PER_DAY);
  const oracle = new MinuteOracle(definition, clock);
  const calendar: WorkingCalendar = buildWorkingCalendar(definition);
  // `from` anywhere in the week, or within 12 hours of the change, where the edge cases are.
  const fromMinute = fc.oneof(fc.integer({ min: -4 * MINUTES_PER_DAY, max: 3 * MINUTES_PER_DAY }), fc.integer({ min: -12 * 60, max: 36 * 60 }));
  const fromInstant = (minute: number): Instant => changeDay + minute * MINUTE_MS;

  it('agrees with the oracle on every minute of the window, at its start and just before its end', () => {
    const mismatches: string[] = [];
    for (let i = oracle.decidedFrom; i < oracle.decidedTo; i += 1) {
      const expected = oracle.working[i] === 1;
      for (const instant of [oracle.instant(i), oracle.instant(i + 1) - 1]) {
        if (calendar.isWorking(instant) !== expected) mismatches.push(`${iso(instant)} should be ${expected ? 'working' : 'off'}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  if (plain) {
    it('(oracle self-check) marks exactly the minutes whose wall time is inside an interval', () => {
      const mismatches: number[] = [];
      for (let i = oracle.decidedFrom; i < oracle.decidedTo; i += 1) if ((oracle.working[i] === 1) !== oracle.wallClockSaysWorking(i)) mismatches.push(i);
      expect(mismatches.slice(0, 5).map((i) => iso(oracle.instant(i)))).toEqual([]);
    });
  }

  it(`adds 0..${MAX_MINUTES} working minutes to random minutes like the oracle`, () => {
    fc.assert(fc.property(fromMinute, fc.integer({ min: 0, max: MAX_MINUTES }), (minute, minutes) => {
      const from = fromInstant(minute);
      expect({ from: iso(from), minutes, due: iso(calendar.addWorkingMinutes(from, minutes)) }).toEqual({ from: iso(from), minutes, due: iso(oracle.addWorkingMinutes(from, minutes)) });
    }), { numRuns: RUNS_PER_WEEK });
  });

  it('finds the next working moment like the oracle', () => {
    fc.assert(fc.property(fromMinute, (minute) => {
      const from = fromInstant(minute);
      expect({ from: iso(from), next: iso(calendar.nextWorkingMoment(from)) }).toEqual({ from: iso(from), next: iso(oracle.addWorkingMinutes(from, 0)) });
    }), { numRuns: RUNS_PER_WEEK });
  });

  it('counts working minutes between random instants (not minute-aligned) like the oracle', () => {
    fc.assert(fc.property(fromMinute, fc.integer({ min: 0, max: MINUTE_MS - 1 }), fc.integer({ min: -MINUTES_PER_DAY * MINUTE_MS, max: 6 * DAY_MS }), (minute, jitter, length) => {
      const from = fromInstant(minute) + jitter;
      const to = from + length;
      const expected = length <= 0 ? 0 : oracle.workingMinutesBetween(from, to);
      expect(calendar.workingMinutesBetween(from, to)).toBeCloseTo(expected, 6);
    }), { numRuns: RUNS_PER_WEEK });
  });
});

import moment from 'moment-timezone';
import 'moment-business-time';
import { buildWorkingCalendar, type CalendarDefinition, type WeeklyHours } from '@leadops/rules';
import type { Benchmark, BenchFigure } from '../benchmark';
import { seededRandom } from '../seeded-random';
import { oracleAddWorkingMinutes } from './minute-oracle';

const DUE_DATES = 100_000;
const START = Date.parse('2026-10-19T00:00:00Z'); // a Monday; the span crosses the EU and US DST ends
const SPAN = 28 * 24 * 3_600_000;
const HOLIDAYS = ['2026-11-11', '2026-11-26', '2026-11-27'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

function week(intervals: [string, string][], saturday: [string, string][] = []): WeeklyHours {
  return { monday: intervals, tuesday: intervals, wednesday: intervals, thursday: intervals, friday: intervals, saturday, sunday: [] };
}

/** Ten calendars in seven zones, with split shifts and a Saturday morning. */
const CALENDARS: CalendarDefinition[] = [
  ['America/New_York', week([['09:00', '17:00']])], ['America/Chicago', week([['08:00', '12:00'], ['13:00', '17:00']])],
  ['America/Los_Angeles', week([['07:00', '15:30']])], ['Europe/London', week([['09:00', '17:30']])],
  ['Europe/Berlin', week([['08:30', '12:30'], ['13:30', '17:30']], [['09:00', '13:00']])], ['Asia/Kolkata', week([['10:00', '19:00']])],
  ['Australia/Sydney', week([['08:00', '16:00']])], ['Asia/Tokyo', week([['09:00', '18:00']])],
  ['America/Sao_Paulo', week([['09:00', '18:00']])], ['Europe/Paris', week([['09:00', '12:00'], ['14:00', '18:00']])],
].map(([timeZone, hours], i) => ({ id: `cal-${i}`, timeZone: timeZone as string, week: hours as WeeklyHours, extraHolidays: HOLIDAYS }));

/** moment-business-time keeps working hours per locale, so each calendar gets a locale of its own. */
function defineMomentLocales(): void {
  CALENDARS.forEach((calendar) => {
    const workinghours: Record<number, string[] | null> = {};
    DAYS.forEach((day, index) => {
      const intervals = calendar.week[day];
      workinghours[index] = intervals.length === 0 ? null : intervals.flatMap(([from, to]) => [`${from}:00`, `${to}:00`]);
    });
    moment.defineLocale(`leadops-${calendar.id}`, { parentLocale: 'en', workinghours, holidays: HOLIDAYS } as moment.LocaleSpecification);
  });
  moment.locale('en');
}

interface Case {
  readonly calendar: number;
  readonly from: number;
  readonly minutes: number;
}

export const slaDueDatesBenchmark: Benchmark = {
  name: 'SLA due dates: 100,000 over 10 calendars',
  run: async (): Promise<BenchFigure[]> => {
    const random = seededRandom(42);
    const cases: Case[] = Array.from({ length: DUE_DATES }, () => ({ calendar: Math.floor(random() * CALENDARS.length), from: START + Math.floor((random() * SPAN) / 60_000) * 60_000, minutes: 1 + Math.floor(random() * 960) }));
    const calendars = CALENDARS.map(buildWorkingCalendar);

    for (const c of cases.slice(0, 2_000)) calendars[c.calendar]?.addWorkingMinutes(c.from, c.minutes);
    const start = process.hrtime.bigint();
    const ours = cases.map((c) => (calendars[c.calendar] as (typeof calendars)[number]).addWorkingMinutes(c.from, c.minutes));
    const oursMs = Number(process.hrtime.bigint() - start) / 1e6;

    defineMomentLocales();
    const momentStart = process.hrtime.bigint();
    const theirs = cases.map((c) => moment.tz(c.from, (CALENDARS[c.calendar] as CalendarDefinition).timeZone).locale(`leadops-cal-${c.calendar}`).addWorkingTime(c.minutes, 'minutes').valueOf());
    const momentMs = Number(process.hrtime.bigint() - momentStart) / 1e6;

    const differing = cases.map((c, i) => ({ c, i })).filter(({ i }) => ours[i] !== theirs[i]);
    const checked = differing.slice(0, 150);
    const oursRight = checked.filter(({ c, i }) => oracleAddWorkingMinutes(CALENDARS[c.calendar] as CalendarDefinition, c.from, c.minutes) === ours[i]).length;
    const sample = cases.slice(0, 150);
    const sampleRight = sample.filter((c, i) => oracleAddWorkingMinutes(CALENDARS[c.calendar] as CalendarDefinition, c.from, c.minutes) === ours[i]).length;
    return [
      { label: `LeadOps, ${DUE_DATES.toLocaleString('en-US')} due dates`, value: `${oursMs.toFixed(0)} ms, target < 1000 ms`, meetsTarget: oursMs < 1000 },
      { label: `moment-business-time, same due dates`, value: `${momentMs.toFixed(0)} ms; LeadOps is ${(momentMs / oursMs).toFixed(1)}x faster than moment-business-time`, meetsTarget: null },
      { label: 'answers that differ from moment-business-time', value: `${differing.length.toLocaleString('en-US')} of ${DUE_DATES.toLocaleString('en-US')}`, meetsTarget: null },
      { label: `of those, checked against the minute-stepping oracle`, value: `${oursRight} of ${checked.length} have LeadOps right`, meetsTarget: oursRight === checked.length },
      { label: 'random sample checked against the oracle', value: `${sampleRight} of ${sample.length} agree with LeadOps`, meetsTarget: sampleRight === sample.length },
    ];
  },
};

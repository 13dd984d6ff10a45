import { DateTime, IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS, type Instant } from '../shared/time';
import { holidayDataProblem, publicHolidayLookup } from './public-holidays';
import { WEEKDAYS, type CalendarDefinition, type WorkingCalendar, type WorkingSpan } from './working-calendar';

/** How many local days ahead the calendar looks for working time before answering null (~2 years). */
const HORIZON_DAYS = 731;
const MINUTES_PER_DAY = 24 * 60;
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A working span as instants: start inclusive, end exclusive. */
interface Span {
  readonly start: Instant;
  readonly end: Instant;
}

/** Minutes after local midnight, [start, end), end up to 1440. */
type Shift = readonly [number, number];

const NO_SPANS: readonly Span[] = [];

/**
 * Builds a business-time calendar from its definition. Each local day's working spans are turned into
 * instants once (with luxon) and cached, so the queries only walk numbers.
 *
 * DST: a working minute is a real elapsed minute. A wall time the clock skips maps forward as luxon
 * does (02:30 on a New York spring-forward day is 03:30 EDT); a wall time the clock shows twice is its
 * first occurrence. Weekly hours ending at "24:00" end at the next local midnight, so a night shift
 * written as ["22:00","24:00"] + ["00:00","06:00"] is one continuous span.
 *
 * @throws TypeError when the definition is invalid (unknown time zone, malformed or backwards interval,
 *   malformed extra holiday, unknown holiday country or region), naming the calendar and the fix.
 */
export function buildWorkingCalendar(definition: CalendarDefinition): WorkingCalendar {
  const fail = (problem: string): never => {
    throw new TypeError(`Calendar "${definition.id}": ${problem}`);
  };
  if (!IANAZone.isValidZone(definition.timeZone)) fail(`"${definition.timeZone}" is not an IANA time zone. Use a name such as "America/New_York" or "Europe/London".`);

  const week = WEEKDAYS.map((day) => (definition.week[day] ?? []).map(([from, to]) => {
    const start = clockMinutes(from);
    const end = clockMinutes(to);
    if (start === null || end === null) return fail(`${day} interval ${from}–${to} is not a pair of times. Write times as "HH:MM", "00:00" to "24:00".`);
    if (end <= start) return fail(`${day} interval ${from}–${to} ends before it starts. A shift that crosses midnight is two intervals: ["22:00","24:00"] on one day and ["00:00","06:00"] on the next.`);
    return [start, end] as const;
  }));

  // Local date → the minutes of it that are off, as spans of minutes after midnight, merged.
  const timeOff = new Map<string, Span[]>();
  for (const entry of definition.extraHolidays ?? []) {
    const { date, from = '00:00', to = '24:00' } = typeof entry === 'string' ? { date: entry } : entry;
    if (!ISO_DATE.test(date) || !DateTime.fromISO(date, { zone: 'utc' }).isValid) fail(`extra holiday "${date}" is not a date. Write dates as "YYYY-MM-DD".`);
    const start = clockMinutes(from);
    const end = clockMinutes(to);
    if (start === null || end === null) return fail(`time off on ${date}, ${from}–${to}, is not a pair of times. Write times as "HH:MM", "00:00" to "24:00".`);
    if (end <= start) fail(`time off on ${date}, ${from}–${to}, ends before it starts. Give "from" before "to".`);
    timeOff.set(date, mergeSpans([...(timeOff.get(date) ?? []), { start, end }]));
  }
  let isPublicHoliday: (isoDate: string) => boolean = () => false;
  if (definition.holidays) {
    const { country, region } = definition.holidays;
    const problem = holidayDataProblem(country, region);
    if (problem !== null) fail(problem);
    isPublicHoliday = publicHolidayLookup(country, region);
  }

  const absences = mergeSpans((definition.outOfOffice ?? []).map(({ from, to }) => {
    if (!Number.isFinite(from) || !Number.isFinite(to)) fail(`out-of-office period ${from}–${to} is not a pair of instants. Give epoch milliseconds.`);
    return { start: from, end: to };
  }));

  return new CachedWorkingCalendar(definition.id, definition.timeZone, IANAZone.create(definition.timeZone), week, isPublicHoliday, timeOff, absences);
}

class CachedWorkingCalendar implements WorkingCalendar {
  // Local day number (days since 1970-01-01 in local dates) → that day's spans, sorted and disjoint.
  // Every span of day d lies within [local midnight of d, local midnight of d + 1], so walking days in
  // order walks all spans in order.
  private readonly days = new Map<number, readonly Span[]>();
  private readonly hasHours: boolean;
  // Days are mostly built in order, and one day's end is the next day's start: remember the last one.
  private lastMidnight: { readonly day: number; readonly at: DateTime } | undefined;

  constructor(
    readonly id: string,
    readonly timeZone: string,
    private readonly zone: IANAZone,
    private readonly week: readonly (readonly Shift[])[],
    private readonly isPublicHoliday: (isoDate: string) => boolean,
    private readonly timeOff: ReadonlyMap<string, readonly Span[]>,
    private readonly absences: readonly Span[],
  ) {
    this.hasHours = week.some((shifts) => shifts.length > 0);
  }

  isWorking(at: Instant): boolean {
    this.checkInstant('at', at);
    if (!this.hasHours) return false;
    const first = firstDayAround(at);
    for (let day = first; day <= first + 2; day += 1) {
      for (const span of this.spansOf(day)) {
        if (at < span.start) return false;
        if (at < span.end) return true;
      }
    }
    return false;
  }

  nextWorkingMoment(at: Instant): Instant | null {
    this.checkInstant('at', at);
    if (!this.hasHours) return null;
    const first = firstDayAround(at);
    for (let day = first; day <= first + HORIZON_DAYS; day += 1) {
      for (const span of this.spansOf(day)) {
        if (span.end > at) return Math.max(span.start, at);
      }
    }
    return null;
  }

  addWorkingMinutes(from: Instant, minutes: number): Instant | null {
    this.checkInstant('from', from);
    if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Calendar "${this.id}": cannot add ${minutes} working minutes. Give a finite number of minutes, 0 or more.`);
    if (minutes === 0) return this.nextWorkingMoment(from);
    if (!this.hasHours) return null;
    let left = minutes * MINUTE_MS;
    const first = firstDayAround(from);
    for (let day = first; day <= first + HORIZON_DAYS; day += 1) {
      for (const span of this.spansOf(day)) {
        if (span.end <= from) continue;
        const start = Math.max(span.start, from);
        const available = span.end - start;
        // `<=`: a due time that lands on a span's end is that end, not the next span's start.
        if (left <= available) return start + left;
        left -= available;
      }
    }
    return null;
  }

  workingMinutesBetween(from: Instant, to: Instant): number {
    this.checkInstant('from', from);
    this.checkInstant('to', to);
    if (to <= from || !this.hasHours) return 0;
    let total = 0;
    const last = firstDayAround(to) + 2;
    for (let day = firstDayAround(from); day <= last; day += 1) {
      for (const span of this.spansOf(day)) {
        if (span.start >= to) return total / MINUTE_MS;
        const overlap = Math.min(span.end, to) - Math.max(span.start, from);
        if (overlap > 0) total += overlap;
      }
    }
    return total / MINUTE_MS;
  }

  workingSpans(from: Instant, to: Instant): readonly WorkingSpan[] {
    this.checkInstant('from', from);
    this.checkInstant('to', to);
    const found: WorkingSpan[] = [];
    if (to <= from || !this.hasHours) return found;
    const last = firstDayAround(to) + 2;
    for (let day = firstDayAround(from); day <= last; day += 1) {
      for (const span of this.spansOf(day)) {
        if (span.start >= to) return found;
        if (span.end > from) found.push({ start: Math.max(span.start, from), end: Math.min(span.end, to) });
      }
    }
    return found;
  }

  private checkInstant(name: string, value: Instant): void {
    if (!Number.isFinite(value)) throw new RangeError(`Calendar "${this.id}": ${name} is ${value}, not an instant. Give epoch milliseconds.`);
  }

  private spansOf(day: number): readonly Span[] {
    let spans = this.days.get(day);
    if (spans === undefined) {
      spans = this.buildDay(day);
      this.days.set(day, spans);
    }
    return spans;
  }

  private buildDay(day: number): readonly Span[] {
    const weekly = this.week[weekdayIndex(day)] ?? [];
    if (weekly.length === 0) return NO_SPANS;
    const date = new Date(day * DAY_MS);
    const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const isoDate = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
    if (this.isPublicHoliday(isoDate)) return NO_SPANS;
    // Time off is cut from the day's hours in wall-clock minutes, before they become instants, so an
    // afternoon off "from 12:00" means noon on the local clock whatever DST does that day.
    const off = this.timeOff.get(isoDate);
    const shifts: readonly Shift[] = off === undefined ? weekly : subtractSpans(mergeSpans(weekly.map(([start, end]) => ({ start, end }))), off).map(({ start, end }) => [start, end] as const);
    if (shifts.length === 0) return NO_SPANS;

    const midnight = this.localMidnight(day);
    const dayStart = midnight.toMillis();
    const dayEnd = this.localMidnight(day + 1).toMillis();
    // `set` guesses the offset from the day's midnight, before any DST change of the day, so a wall
    // time shown twice resolves to its first showing; a skipped one maps forward (luxon's hole rule).
    const instant = (minuteOfDay: number): Instant => midnight.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }).toMillis();
    const spans = shifts.map(([from, to]) => ({
      // Clamped to the day so days never overlap, even where a skipped hour touches midnight.
      start: from === 0 ? dayStart : Math.max(dayStart, instant(from)),
      end: to === MINUTES_PER_DAY ? dayEnd : Math.min(dayEnd, instant(to)),
    }));
    const merged = mergeSpans(spans);
    return this.absences.length === 0 ? merged : subtractSpans(merged, this.absences);
  }

  /** The start of a local day: the first instant its wall clock shows 00:00 (or later, if 00:00 is skipped). */
  private localMidnight(day: number): DateTime {
    if (this.lastMidnight?.day === day) return this.lastMidnight.at;
    const date = new Date(day * DAY_MS);
    const local = DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, { zone: this.zone });
    // luxon settles a wall time shown twice with the offset in force at the machine's current time (it
    // guesses from Settings.now()), so the same calendar would answer differently in summer and winter.
    // Take the first showing instead. A skipped midnight has no candidate showing 00:00, and luxon's
    // forward mapping stands.
    let first = local;
    for (const candidate of local.getPossibleOffsets()) {
      if (candidate.hour === 0 && candidate.minute === 0 && candidate.toMillis() < first.toMillis()) first = candidate;
    }
    this.lastMidnight = { day, at: first };
    return first;
  }
}

/** Minutes after midnight of "HH:MM" ("24:00" is 1440); null when malformed. */
function clockMinutes(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  return match[1] === undefined ? MINUTES_PER_DAY : Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The earliest local day an instant can belong to: local dates are at most 14 hours ahead of or
 * 12 hours behind UTC, so the instant's UTC day minus one never skips a span that could contain it.
 */
function firstDayAround(at: Instant): number {
  return Math.floor(at / DAY_MS) - 1;
}

/** Index into WEEKDAYS (Monday = 0) of a day number; day 0, 1970-01-01, was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Sorted, non-empty spans with overlapping or touching ones joined. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/** `spans` minus `holes`, both sorted and disjoint. */
function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    for (const hole of holes) {
      if (hole.end <= start) continue;
      if (hole.start >= span.end) break;
      if (hole.start > start) result.push({ start, end: hole.start });
      start = Math.max(start, hole.end);
      if (start >= span.end) break;
    }
    if (start < span.end) result.push({ start, end: span.end });
  }
  return result;
}

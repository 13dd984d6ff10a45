import type { Instant } from '../shared/time';

/** Days of the week as the config names them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Working intervals of each weekday in local wall time, "HH:MM" to "HH:MM" ("24:00" ends at midnight). */
export type WeeklyHours = Readonly<Record<Weekday, readonly (readonly [string, string])[]>>;

/** An absence: no working time between `from` (inclusive) and `to` (exclusive). */
export interface OutOfOffice {
  readonly from: Instant;
  readonly to: Instant;
}

/**
 * Time off on one local date beyond the public holidays: a whole day ("2026-12-26"), or part of one from
 * `from` to `to` wall time ("00:00" and "24:00" when left out), such as an afternoon off on 24 December.
 */
export type DayOff = string | { readonly date: string; readonly from?: string; readonly to?: string };

/** Everything needed to build a calendar: the config's calendar section, or a rep's HubSpot user record turned into this shape. */
export interface CalendarDefinition {
  readonly id: string;
  /** IANA time zone, e.g. "America/New_York". */
  readonly timeZone: string;
  readonly week: WeeklyHours;
  /** Public holidays from date-holidays for this country (ISO 3166-1) and optional region. */
  readonly holidays?: { readonly country: string; readonly region?: string };
  /** Extra non-working local dates, "YYYY-MM-DD", or parts of them. */
  readonly extraHolidays?: readonly DayOff[];
  readonly outOfOffice?: readonly OutOfOffice[];
}

/**
 * Business time in one time zone. All instants are epoch milliseconds; working time is counted in
 * whole minutes of real (elapsed) time, so a DST change never adds or loses a working minute that
 * the wall clock does not show.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly timeZone: string;
  /** Whether `at` falls inside a working interval (start inclusive, end exclusive). */
  isWorking(at: Instant): boolean;
  /** `at` itself when working, otherwise the start of the next working interval (null if none within ~2 years). */
  nextWorkingMoment(at: Instant): Instant | null;
  /** The instant by which `minutes` working minutes have passed since `from` (the SLA due time); null if never within ~2 years. */
  addWorkingMinutes(from: Instant, minutes: number): Instant | null;
  /** Working minutes between two instants (0 when `to` <= `from`). */
  workingMinutesBetween(from: Instant, to: Instant): number;
  /** The working intervals between two instants, in order, cut to [from, to) (none when `to` <= `from`). */
  workingSpans(from: Instant, to: Instant): readonly WorkingSpan[];
}

/** A stretch of working time: `start` inclusive, `end` exclusive. */
export interface WorkingSpan {
  readonly start: Instant;
  readonly end: Instant;
}

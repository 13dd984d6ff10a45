import { DateTime } from 'luxon';
import type { Instant } from '../shared/time';

interface DaySpan {
  readonly start: Instant;
  readonly end: Instant;
  readonly key: string;
}

// One cached local day per time zone: routing asks for the same day thousands of times in a row.
const cache = new Map<string, DaySpan>();

/** The local date (YYYY-MM-DD) of `at` in `timeZone`: the day a per-day lead cap counts in. */
export function localDay(at: Instant, timeZone: string): string {
  const cached = cache.get(timeZone);
  if (cached && at >= cached.start && at < cached.end) return cached.key;
  const local = DateTime.fromMillis(at, { zone: timeZone });
  const start = local.startOf('day');
  // The next local midnight, not 24 h on: where clocks skip midnight (Havana, Santiago, Cairo) a day can
  // start at 01:00, and a day's length plus that start would reach into the next day.
  const span = { start: start.toMillis(), end: start.plus({ days: 1 }).startOf('day').toMillis(), key: local.toISODate() ?? '' };
  cache.set(timeZone, span);
  return span.key;
}

let month: DaySpan | undefined;

/** "YYYY-MM" in UTC: the period of the fairness ledger. */
export function ledgerPeriod(at: Instant): string {
  if (month && at >= month.start && at < month.end) return month.key;
  const date = new Date(at);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  month = { start, end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1), key: date.toISOString().slice(0, 7) };
  return month.key;
}

/** The ledger period `months` before `period` ("2026-11", 11 → "2025-12"). */
export function periodMonthsBefore(period: string, months: number): string {
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Instants are epoch milliseconds inside the engine: cheap to compare, and no Date is ever read from a clock. */
export type Instant = number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Accepts a Date or epoch milliseconds, the two forms callers hold `now` in. */
export function toInstant(value: Date | number): Instant {
  return typeof value === 'number' ? value : value.getTime();
}

import type { WorkingSpan } from '@leadops/rules';

const MINUTE_MS = 60_000;

/** Working minutes between `from` and `to` inside `spans` (the owner's working time, as card_data sends it). */
export function workingMinutesIn(spans: readonly WorkingSpan[], from: number, to: number): number {
  let total = 0;
  for (const span of spans) total += Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
  return total / MINUTE_MS;
}

/** The start of the next working span at or after `at`, or null when `spans` hold none. */
export function nextWorkingStart(spans: readonly WorkingSpan[], at: number): number | null {
  for (const span of spans) {
    if (span.end > at) return Math.max(span.start, at);
  }
  return null;
}

/** HubSpot's limits for a private app, as the schedule below applies them. */
export interface RateLimits {
  /** Requests in any rolling 10 seconds (all endpoints together). */
  readonly perTenSeconds: number;
  /** CRM search requests per second (counted within the 10-second limit too). */
  readonly searchPerSecond: number;
}

/**
 * How long a sequence of calls takes when each starts as soon as the limits allow (and no sooner than
 * the previous one): the wall time of running it against a real portal, network latency aside.
 * `isSearch` tells which calls count against the search limit.
 */
export function rateLimitedDurationMs(calls: readonly string[], limits: RateLimits, isSearch: (endpointId: string) => boolean): number {
  const starts: number[] = [];
  let lastSearch = -Infinity;
  let t = 0;
  const searchSpacing = 1000 / limits.searchPerSecond;
  for (const call of calls) {
    const windowStart = starts.length >= limits.perTenSeconds ? (starts[starts.length - limits.perTenSeconds] ?? 0) + 10_000 : 0;
    t = Math.max(t, windowStart);
    if (isSearch(call)) {
      t = Math.max(t, lastSearch + searchSpacing);
      lastSearch = t;
    }
    starts.push(t);
  }
  return starts.length === 0 ? 0 : t;
}

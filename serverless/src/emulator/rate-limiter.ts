import type { RateLimitOptions } from './emulator-types';

/** HubSpot's rate-limit policy names, as sent in a 429 body's `policyName`. */
export type RateLimitPolicy = 'TEN_SECONDLY_ROLLING' | 'SECONDLY';

/** The X-HubSpot-RateLimit-* headers of one answer. */
export type RateLimitHeaders = Readonly<Record<string, string>>;

/** Whether a request may proceed, and the headers to send either way. */
export type RateDecision =
  | { readonly allowed: true; readonly headers: RateLimitHeaders }
  | { readonly allowed: false; readonly policy: RateLimitPolicy; readonly headers: RateLimitHeaders; readonly retryAfterMs: number };

/** Professional/Enterprise private apps: 190 requests per rolling 10 s; search about 4 per second. */
export const PROFESSIONAL_RATE_LIMIT: RateLimitOptions = { tenSecondLimit: 190, searchPerSecond: 4 };

const TEN_SECONDS = 10_000;
const ONE_SECOND = 1_000;

/** A rolling window: the times of the requests it let through within the last `windowMs`. */
class RollingWindow {
  private hits: number[] = [];

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  remaining(now: number): number {
    this.prune(now);
    return Math.max(0, this.max - this.hits.length);
  }

  take(now: number): void {
    this.hits.push(now);
  }

  /** How long until the oldest request leaves the window and frees a slot. */
  msUntilFree(now: number): number {
    this.prune(now);
    const oldest = this.hits[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + this.windowMs - now);
  }

  private prune(now: number): void {
    // Sorted by time, so drop from the front; a backwards clock keeps entries rather than losing them.
    let drop = 0;
    while (drop < this.hits.length && (this.hits[drop] ?? now) <= now - this.windowMs) drop++;
    if (drop > 0) this.hits = this.hits.slice(drop);
  }
}

function headers(window: RollingWindow, remaining: number): RateLimitHeaders {
  return {
    'X-HubSpot-RateLimit-Interval-Milliseconds': String(window.windowMs),
    'X-HubSpot-RateLimit-Max': String(window.max),
    'X-HubSpot-RateLimit-Remaining': String(remaining),
  };
}

/**
 * HubSpot's per-token limits: every request counts against the rolling ten-second window, CRM searches
 * also against the per-second search window. Rejected requests are not counted, so a client that backs
 * off recovers as soon as the window rolls on.
 */
export class RateLimiter {
  private readonly general: RollingWindow;
  private readonly search: RollingWindow;

  constructor(limits: RateLimitOptions) {
    this.general = new RollingWindow(limits.tenSecondLimit, TEN_SECONDS);
    this.search = new RollingWindow(limits.searchPerSecond, ONE_SECOND);
  }

  /** Admits the request and counts it, or says which policy it broke. */
  admit(kind: 'general' | 'search', now: number): RateDecision {
    if (kind === 'search' && this.search.remaining(now) === 0) {
      return { allowed: false, policy: 'SECONDLY', headers: headers(this.search, 0), retryAfterMs: this.search.msUntilFree(now) };
    }
    const remaining = this.general.remaining(now);
    if (remaining === 0) {
      return { allowed: false, policy: 'TEN_SECONDLY_ROLLING', headers: headers(this.general, 0), retryAfterMs: this.general.msUntilFree(now) };
    }
    this.general.take(now);
    if (kind === 'search') this.search.take(now);
    return { allowed: true, headers: headers(this.general, remaining - 1) };
  }
}

/** The headers of a spent ten-second window: what an injected 429 carries, limits on or off. */
export function exhaustedHeaders(limits: RateLimitOptions): RateLimitHeaders {
  return headers(new RollingWindow(limits.tenSecondLimit, TEN_SECONDS), 0);
}

import { isAxiosError, type AxiosError } from 'axios';

/** How long the gateway waits before retrying; tests shrink these, production keeps HubSpot's windows. */
export interface RetryTiming {
  /** Wait after a 429 from the 10-second rolling limit (HubSpot's policy TEN_SECONDLY_ROLLING). */
  readonly tenSecondWindowMs: number;
  /** Wait after a 429 from the per-second search limit. */
  readonly secondlyWindowMs: number;
  /** First backoff for 5xx and network errors; doubles per attempt, with jitter. */
  readonly baseBackoffMs: number;
  readonly maxBackoffMs: number;
}

export const HUBSPOT_RETRY_TIMING: RetryTiming = { tenSecondWindowMs: 10_000, secondlyWindowMs: 1_000, baseBackoffMs: 500, maxBackoffMs: 30_000 };

/** 429, 5xx and network failures are worth another try; other 4xx say the request itself is wrong. */
export function isRetryable(error: unknown): boolean {
  if (!isAxiosError(error)) return false;
  const status = error.response?.status;
  if (status === undefined) return error.code !== 'ERR_CANCELED' && error.code !== 'ERR_BAD_OPTION';
  return status === 429 || status >= 500;
}

function retryAfterMs(error: AxiosError): number | undefined {
  const header = error.response?.headers?.['retry-after'];
  if (typeof header !== 'string' && typeof header !== 'number') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(String(header));
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * The wait before retry `attempt` (1-based): `Retry-After` when HubSpot sends it; for a 429 otherwise the
 * window its `policyName` names (about 1 s for search, the 10-second window else), as HubSpot's own SDK
 * does; for 5xx and network errors exponential backoff with full jitter.
 */
export function retryDelayMs(attempt: number, error: unknown, timing: RetryTiming, random: () => number): number {
  if (!isAxiosError(error)) return timing.baseBackoffMs;
  const explicit = retryAfterMs(error);
  if (explicit !== undefined) return explicit;
  if (error.response?.status === 429) {
    const body = (error.response.data ?? {}) as Record<string, unknown>;
    const policy = String(body['policyName'] ?? '').toUpperCase();
    const window = policy.includes('SECONDLY') && !policy.includes('TEN') ? timing.secondlyWindowMs : timing.tenSecondWindowMs;
    // A little jitter so parallel callers do not all come back at the same instant.
    return window + Math.floor(random() * timing.baseBackoffMs);
  }
  const ceiling = Math.min(timing.maxBackoffMs, timing.baseBackoffMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling) + Math.floor(ceiling / 2);
}

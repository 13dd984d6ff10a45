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
  /** The longest `Retry-After` the gateway waits out within one call; a longer one fails the call at once. */
  readonly maxRetryAfterMs: number;
}

export const HUBSPOT_RETRY_TIMING: RetryTiming = { tenSecondWindowMs: 10_000, secondlyWindowMs: 1_000, baseBackoffMs: 500, maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 };

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
  // A blank header is no instruction (Number(' ') would read it as "retry at once").
  if (String(header).trim() === '') return undefined;
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

/** Network failures where the request never reached HubSpot, so it cannot have been applied. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Why a failure that is otherwise worth another try must not be retried. */
export type RetryRefusal =
  | { readonly kind: 'daily-limit' }
  | { readonly kind: 'long-wait'; readonly waitMs: number }
  | { readonly kind: 'may-have-applied' }
  | { readonly kind: 'out-of-time'; readonly budgetMs: number };

export interface RetryContext {
  /** The endpoint creates records (notes, tasks, enrollments): a repeat of an applied request makes a duplicate. */
  readonly createsRecords: boolean;
  /** Time since the call's first attempt. */
  readonly elapsedMs: number;
  /** The most one call may take, all attempts and waits included (null: no limit). */
  readonly budgetMs: number | null;
  /** The shortest wait before the next attempt (a 429's window, a Retry-After, the backoff floor). */
  readonly nextWaitMs: number;
}

/**
 * The cases where a retryable failure still ends the call: HubSpot's daily limit (it resets tomorrow,
 * not in ten seconds); a `Retry-After` longer than `timing.maxRetryAfterMs`; a create whose outcome is
 * unknown (a 5xx or a timeout may come after HubSpot stored it: only a 429 or a request that never left
 * is safe to repeat); and a call whose next wait would overrun its time budget.
 */
export function retryRefusal(error: unknown, timing: RetryTiming, context: RetryContext): RetryRefusal | null {
  if (!isAxiosError(error)) return null;
  const status = error.response?.status;
  if (status === 429) {
    const body = (error.response?.data ?? {}) as Record<string, unknown>;
    if (String(body['policyName'] ?? '').toUpperCase() === 'DAILY') return { kind: 'daily-limit' };
  }
  const explicit = retryAfterMs(error);
  if (explicit !== undefined && explicit > timing.maxRetryAfterMs) return { kind: 'long-wait', waitMs: explicit };
  if (context.createsRecords && status !== 429 && !(status === undefined && NOT_SENT.has(error.code ?? ''))) return { kind: 'may-have-applied' };
  // The wait counts too: a 429's 10-second window started with 2 s left would answer after the caller gave up.
  if (context.budgetMs !== null && context.elapsedMs + context.nextWaitMs >= context.budgetMs) return { kind: 'out-of-time', budgetMs: context.budgetMs };
  return null;
}

import { validationError } from './hubspot-errors';
import type { HandlerSettings, RouteResult } from './route-handler';

/** HubSpot's batch limit for CRM object and association batch endpoints. */
export const MAX_BATCH_INPUTS = 100;

/** One failed item of a batch (`StandardError` in the OpenAPI documents). */
export interface BatchItemError {
  readonly status: 'error';
  readonly category: string;
  readonly message: string;
  readonly context: Readonly<Record<string, readonly string[]>>;
  readonly errors: readonly { readonly message: string }[];
  readonly links: Readonly<Record<string, string>>;
}

/** Builds a batch item error. */
export function batchItemError(category: string, message: string, context: Record<string, readonly string[]>): BatchItemError {
  return { status: 'error', category, message, context, errors: [], links: {} };
}

/** Rejects a batch over HubSpot's limit before anything in it is applied. */
export function assertBatchSize(count: number, limit: number = MAX_BATCH_INPUTS): void {
  if (count > limit) throw validationError(`Batch input limit exceeded: ${count} inputs were sent, the limit is ${limit} inputs per request.`, { limit: [String(limit)], received: [String(count)] });
}

/**
 * A `BatchResponse…` body: status COMPLETE, timestamps, results, and per-item errors when some failed
 * (answered with the configured partial-failure status, 200 or 207).
 */
export function batchResult(settings: HandlerSettings, startedAt: number, results: readonly unknown[], errors: readonly BatchItemError[]): RouteResult {
  const iso = new Date(startedAt).toISOString();
  const body = {
    status: 'COMPLETE',
    results,
    ...(errors.length > 0 ? { numErrors: errors.length, errors } : {}),
    requestedAt: iso,
    startedAt: iso,
    completedAt: iso,
  };
  return { status: errors.length > 0 ? settings.batchErrorStatus : 200, body };
}

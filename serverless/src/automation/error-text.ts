import { FunctionFailure } from '../functions/function-runtime';
import { HubSpotError } from '../hubspot/hubspot-error';
import { OperationError } from '../operations/operation-error';

/** HubSpot shows an output value of up to this many characters in the workflow's history. */
export const ERROR_TEXT_LIMIT = 500;

/**
 * An error as one text for a workflow output or an HTTP answer: what happened, then what to do. Every
 * LeadOps error carries its fix beside its message; this keeps both, and when the text is too long it
 * shortens what happened, never the fix.
 */
export function errorText(error: unknown, limit: number = ERROR_TEXT_LIMIT): string {
  const [what, fix] =
    error instanceof FunctionFailure ? [error.error.message, error.error.fix]
    : error instanceof OperationError ? [error.summary, error.fix]
    : error instanceof HubSpotError ? [error.message, error.fix]
    : [error instanceof Error ? error.message : String(error), ''];
  const text = fix ? `${what} ${fix}` : what;
  if (text.length <= limit) return text;
  if (!fix || fix.length > limit / 2) return `${text.slice(0, limit - 1)}…`;
  return `${what.slice(0, limit - fix.length - 2)}… ${fix}`;
}

import type { z } from 'zod';
import { HubSpotError } from '../hubspot/hubspot-error';
import { createHubSpotGateway, type HubSpotGateway } from '../hubspot/hubspot-gateway';
import { OperationError } from '../operations/operation-error';
import type { FunctionContext } from './function-context';
import type { FunctionError, FunctionResult } from './function-result';

/** Why a function refuses to run: a structured error the card shows as is. */
export class FunctionFailure extends Error {
  constructor(readonly error: FunctionError) {
    super(error.message);
  }
}

/**
 * The most one HubSpot call may take inside an app function, retries included: the card waits for the
 * function, and a hung HubSpot must end in an error the card can show, not in the platform's timeout.
 */
export const FUNCTION_CALL_BUDGET_MS = 8_000;

/** The gateway for this invocation: HubSpot's token from the environment, or the emulator's URL in tests and demos. */
export function gatewayFromEnvironment(env: NodeJS.ProcessEnv = process.env): HubSpotGateway {
  const accessToken = env['PRIVATE_APP_ACCESS_TOKEN'];
  if (!accessToken) throw new FunctionFailure({ code: 'NO_ACCESS_TOKEN', message: 'The function received no HubSpot access token.', fix: 'Install the app in this account (static auth provides PRIVATE_APP_ACCESS_TOKEN), then reload.' });
  return createHubSpotGateway({ accessToken, ...(env['LEADOPS_HUBSPOT_BASE_URL'] ? { baseUrl: env['LEADOPS_HUBSPOT_BASE_URL'] } : {}), retries: 3, callBudgetMs: FUNCTION_CALL_BUDGET_MS });
}

/**
 * Runs one app function: parameters validated with zod first (nothing is read or written for a bad
 * request), then the work; every failure becomes `{ ok: false, error: { code, message, fix } }`, never a
 * stack trace.
 */
export async function runFunction<P, R extends object>(context: FunctionContext, schema: z.ZodType<P>, work: (parameters: P) => Promise<R>): Promise<FunctionResult<R>> {
  const parsed = schema.safeParse(context.parameters ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'parameters'}: ${issue.message}`);
    return { ok: false, error: { code: 'INVALID_PARAMETERS', message: `The card sent parameters LeadOps cannot use (${problems.join('; ')}).`, fix: 'Reload the record; if it persists, deploy the same LeadOps version for cards and functions.' } };
  }
  try {
    return { ok: true, ...(await work(parsed.data)) };
  } catch (error) {
    if (error instanceof FunctionFailure) return { ok: false, error: error.error };
    if (error instanceof HubSpotError) return { ok: false, error: { code: error.code, message: error.message, fix: error.fix } };
    if (error instanceof OperationError) return { ok: false, error: { code: error.code, message: error.summary, fix: error.fix } };
    // Unexpected: log it for the function logs, tell the card only what it can act on.
    console.error('LeadOps function failed unexpectedly:', error);
    return { ok: false, error: { code: 'INTERNAL', message: 'LeadOps hit an unexpected error.', fix: 'Reload and try again; if it persists, send the app function log to your LeadOps admin.' } };
  }
}

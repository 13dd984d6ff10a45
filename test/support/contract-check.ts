import type { RecordedExchange } from '../../serverless/src/emulator/emulator-types';
import { OpenApiExchangeValidator } from './openapi-exchange-validator';
import { specsAvailable } from './shared-reference';

const validator = new OpenApiExchangeValidator();
let warned = false;

/**
 * Validates every exchange a suite sent through the emulator against HubSpot's OpenAPI documents.
 * Injected faults are the emulator's own answers and are checked too (they follow HubSpot's error body).
 * Returns null when the specs are absent (a user's clone): the caller's test says it skipped.
 */
export async function contractProblems(log: readonly RecordedExchange[]): Promise<string[] | null> {
  if (!specsAvailable) {
    if (!warned) console.warn(`OpenAPI contract check skipped: HubSpot's specs are not at ../shared/hubspot-api (a user's clone has none).`);
    warned = true;
    return null;
  }
  return validator.problemsOf(log);
}

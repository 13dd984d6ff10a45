import type { RecordedExchange } from '../../serverless/src/emulator/emulator-types';
import { OpenApiExchangeValidator } from './openapi-exchange-validator';
import { specsAvailable } from './shared-reference';

const validator = new OpenApiExchangeValidator();

/**
 * Validates every exchange a suite sent through the emulator against HubSpot's OpenAPI documents.
 * Injected faults are the emulator's own answers and are checked too (they follow HubSpot's error body).
 * Returns null when the specs are absent (a user's clone): the caller's test says it skipped.
 */
export async function contractProblems(log: readonly RecordedExchange[]): Promise<string[] | null> {
  if (!specsAvailable) return null;
  return validator.problemsOf(log);
}

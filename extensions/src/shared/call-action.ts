import { readFunctionFailure, type FunctionFailure } from './function-failure';
import type { RunFunction } from './run-function';

export type ActionOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: FunctionFailure };

/** Runs a card action's function and turns every answer, thrown error included, into an outcome to show. */
export async function callAction<T>(runFunction: RunFunction, uid: string, parameters: Record<string, string | boolean>): Promise<ActionOutcome<T>> {
  try {
    const answer = await runFunction(uid, parameters);
    const failure = readFunctionFailure(answer);
    return failure ? { ok: false, failure } : { ok: true, value: answer as T };
  } catch (error) {
    return { ok: false, failure: { code: 'FUNCTION_UNREACHABLE', message: `LeadOps could not be reached: ${error instanceof Error ? error.message : String(error)}`, fix: 'Try again.' } };
  }
}

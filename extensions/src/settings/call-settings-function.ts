import type { ConfigProblem } from '@leadops/rules';
import { readFunctionFailure, type FunctionFailure } from '../shared/function-failure';
import type { RunFunction } from '../shared/run-function';

/** A settings function's answer: its value, or the failure with the config problems it listed (INVALID_CONFIG). */
export type SettingsOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: FunctionFailure; readonly problems: readonly ConfigProblem[] };

function isProblem(value: unknown): value is ConfigProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message, fix } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string' && typeof fix === 'string';
}

/** `error.problems` of a refused save or dry run; malformed entries are left out rather than shown broken. */
function problemsOf(answer: unknown): readonly ConfigProblem[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const error = (answer as Record<string, unknown>)['error'];
  if (typeof error !== 'object' || error === null) return [];
  const problems = (error as Record<string, unknown>)['problems'];
  return Array.isArray(problems) ? problems.filter(isProblem) : [];
}

/** Runs a settings function and turns every answer, a thrown error included, into an outcome the page shows. */
export async function callSettingsFunction<T>(runFunction: RunFunction, uid: string, parameters: Parameters<RunFunction>[1]): Promise<SettingsOutcome<T>> {
  try {
    const answer = await runFunction(uid, parameters);
    const failure = readFunctionFailure(answer);
    return failure ? { ok: false, failure, problems: problemsOf(answer) } : { ok: true, value: answer as T };
  } catch (error) {
    return { ok: false, failure: { code: 'FUNCTION_UNREACHABLE', message: `LeadOps could not be reached: ${error instanceof Error ? error.message : String(error)}`, fix: 'Try again; if it persists, check that the project is deployed.' }, problems: [] };
  }
}

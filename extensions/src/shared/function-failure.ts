/** The failure shape every LeadOps function returns; anything else is reported as an unexpected answer. */
export interface FunctionFailure {
  readonly code: string;
  readonly message: string;
  readonly fix: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads `{ ok: false, error }` from a function's answer, or describes why the answer is not usable. */
export function readFunctionFailure(answer: unknown): FunctionFailure | null {
  if (!isRecord(answer)) {
    return { code: 'UNEXPECTED_ANSWER', message: 'The LeadOps function returned no data.', fix: 'Reload the record; if it persists, check the app function logs in HubSpot.' };
  }
  if (answer['ok'] === true) return null;
  const error = answer['error'];
  if (isRecord(error) && typeof error['message'] === 'string') {
    return {
      code: typeof error['code'] === 'string' ? error['code'] : 'UNKNOWN',
      message: error['message'],
      fix: typeof error['fix'] === 'string' ? error['fix'] : 'Reload the record and try again.',
    };
  }
  return { code: 'UNEXPECTED_ANSWER', message: 'The LeadOps function answered in an unknown format.', fix: 'Deploy the same LeadOps version for cards and functions (`npm run deploy`).' };
}

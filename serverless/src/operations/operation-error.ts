/**
 * A failure an operation can explain: what happened (`summary`) and what to do (`fix`). Its message is
 * both, for the CLI and workflow outputs; app functions pass code, summary and fix to the card as they
 * are, where an unexplained error would only show as INTERNAL.
 */
export class OperationError extends Error {
  override readonly name = 'OperationError';

  constructor(
    readonly code: string,
    readonly summary: string,
    readonly fix: string,
  ) {
    super(`${summary} ${fix}`);
  }
}

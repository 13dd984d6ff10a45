import type { ExitCode } from './exit-codes';

/** A failure the command explains to the user (what happened, what to do) and exits with `exitCode`. */
export class CommandError extends Error {
  constructor(readonly exitCode: ExitCode, message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

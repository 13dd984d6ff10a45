/** Where a command writes and what it may read from its environment; tests pass their own. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Whether stderr is a terminal: the progress bar redraws in place only there. */
  readonly interactive: boolean;
  /** Raw writes to stderr for the progress bar (no newline). */
  readonly errRaw: (text: string) => void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
  interactive: process.stderr.isTTY === true,
  errRaw: (text) => process.stderr.write(text),
};

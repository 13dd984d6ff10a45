/** One thing wrong in a config document: where (a dotted path), what, and what to do. */
export interface ConfigProblem {
  /** e.g. `scoring.rules[3].halfLifeDays` */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

/** `scoring.rules[3].halfLifeDays: expected a positive number, got -2 — Use a number above 0.` */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}. ${problem.fix}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}

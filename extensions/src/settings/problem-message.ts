import type { ConfigProblem } from '@leadops/rules';

/** The text an input shows under itself for its problems: what is wrong and the fix. */
export function problemMessage(problems: readonly ConfigProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((problem) => `${problem.message}. ${problem.fix}`).join(' ');
}

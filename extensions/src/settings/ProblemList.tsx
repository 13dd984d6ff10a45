import { List, Text } from '@hubspot/ui-extensions';
import type { ConfigProblem } from '@leadops/rules';
// Deep import: the package index would also pull parseConfig and its holiday data into the page bundle.
import { formatConfigProblem } from '@leadops/rules/src/config/config-problem';

/** Problems with their path, what is wrong and the fix, one a line; nothing when there are none. */
export function ProblemList({ problems, testId }: { readonly problems: readonly ConfigProblem[]; readonly testId?: string }) {
  if (problems.length === 0) return null;
  return (
    <List variant="unordered" testId={testId}>
      {problems.map((problem, index) => (
        <Text key={`${problem.path}:${index}`}>{formatConfigProblem(problem)}</Text>
      ))}
    </List>
  );
}

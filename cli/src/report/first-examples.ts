/** At most this many example contacts per issue: enough to recognise the pattern. */
export const EXAMPLES_PER_ISSUE = 3;

/**
 * Adds an example if it is among the first EXAMPLES_PER_ISSUE contacts to arrive with the issue,
 * whatever order decisions come in: the list stays sorted by contact index and at most that long.
 */
export function keepFirstExamples<T extends { readonly contactIndex: number }>(examples: T[], example: T): void {
  if (examples.length >= EXAMPLES_PER_ISSUE && example.contactIndex >= (examples[examples.length - 1] as T).contactIndex) return;
  let at = examples.length;
  while (at > 0 && (examples[at - 1] as T).contactIndex > example.contactIndex) at -= 1;
  examples.splice(at, 0, example);
  if (examples.length > EXAMPLES_PER_ISSUE) examples.pop();
}

import type { ContactDecision } from '../simulate/simulation-result';

/**
 * One figure, fed one decision at a time, so reportFigures reads each decision once for all figures:
 * at 100,000 contacts spread over a large heap, each extra pass costs more in memory reads than the
 * counting it does.
 */
export interface DecisionTally<T> {
  /** `index` is the decision's position in the run, the report's anchor to its decision log. */
  add(decision: ContactDecision, index: number): void;
  result(): T;
}

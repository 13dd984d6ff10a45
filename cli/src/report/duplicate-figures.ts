import type { DuplicateOf } from '../simulate/simulation-result';
import { contactDisplayName } from './contact-display-name';
import type { DecisionTally } from './decision-tally';
import { EXAMPLES_PER_ISSUE, keepFirstExamples } from './first-examples';

export interface DuplicateExample {
  readonly contactIndex: number;
  readonly name: string;
  /** The earlier record; `contactIndex` is null when it is not among the run's contacts (it arrived after --until). */
  readonly earlier: { readonly contactIndex: number | null; readonly name: string; readonly contactId: string };
  readonly reasons: readonly string[];
  readonly earlierOwner: string | null;
  readonly owner: string | null;
}

export interface DuplicateFigures {
  /** Contacts that are probably a later record of someone who arrived before them. */
  readonly records: number;
  /** Of those, the ones routing gave to another rep than the one holding the earlier record. */
  readonly twoReps: number;
  /** The first to arrive, those with two reps first: they are the ones to act on. */
  readonly examples: readonly DuplicateExample[];
}

const twoReps = (duplicate: DuplicateOf) => duplicate.earlierOwner !== null && duplicate.owner !== null && duplicate.earlierOwner.ownerId !== duplicate.owner.ownerId;

/**
 * Counts the contacts flagged as a later record of one person. Decisions come in any order, so the
 * earlier record's place in the contacts table is looked up at the end, from every contact's id.
 */
export function duplicateTally(): DecisionTally<DuplicateFigures> {
  const indexById = new Map<string, number>();
  let records = 0;
  let split = 0;
  type Kept = { readonly contactIndex: number; readonly name: string; readonly duplicate: DuplicateOf };
  const kept: { readonly split: Kept[]; readonly same: Kept[] } = { split: [], same: [] };
  return {
    add(decision, contactIndex) {
      indexById.set(decision.contactId, contactIndex);
      const duplicate = decision.dataQuality.duplicateOf;
      if (duplicate === undefined) return;
      records += 1;
      const isSplit = twoReps(duplicate);
      if (isSplit) split += 1;
      keepFirstExamples(isSplit ? kept.split : kept.same, { contactIndex, name: contactDisplayName(decision), duplicate });
    },
    result: () => ({
      records,
      twoReps: split,
      examples: [...kept.split, ...kept.same].slice(0, EXAMPLES_PER_ISSUE).map(({ contactIndex, name, duplicate }) => ({
        contactIndex,
        name,
        earlier: { contactIndex: indexById.get(duplicate.contactId) ?? null, name: contactDisplayName({ name: duplicate.name, email: null, contactId: duplicate.contactId }), contactId: duplicate.contactId },
        reasons: duplicate.reasons,
        earlierOwner: duplicate.earlierOwner?.name ?? null,
        owner: duplicate.owner?.name ?? null,
      })),
    }),
  };
}

import { contactDisplayName } from './contact-display-name';
import type { DecisionTally } from './decision-tally';
import { duplicateTally, type DuplicateFigures } from './duplicate-figures';
import { keepFirstExamples } from './first-examples';

export interface FlagGroup {
  readonly code: string;
  /** Contacts with at least one flag of this code. */
  readonly count: number;
  readonly examples: readonly { readonly contactIndex: number; readonly name: string; readonly text: string }[];
}

export interface FixGroup {
  readonly property: string;
  readonly count: number;
  readonly examples: readonly { readonly contactIndex: number; readonly name: string; readonly from: string; readonly to: string; readonly reason: string }[];
}

export interface DataQualityFigures {
  /** Most frequent first; ties by code, so the table is stable between runs. */
  readonly flagsByCode: readonly FlagGroup[];
  readonly fixesByProperty: readonly FixGroup[];
  readonly duplicates: DuplicateFigures;
}

function byCountThenName<T extends { readonly count: number }>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => b.count - a.count || nameOf(a).localeCompare(nameOf(b));
}

export function dataQualityTally(): DecisionTally<DataQualityFigures> {
  const flags = new Map<string, { count: number; examples: FlagGroup['examples'][number][] }>();
  const fixes = new Map<string, { count: number; examples: FixGroup['examples'][number][] }>();
  const duplicates = duplicateTally();
  return {
    add(decision, contactIndex) {
      duplicates.add(decision, contactIndex);
      // The flags table counts contacts: a contact with two flags of one code (two fit fields missing) is
      // one contact, shown once with both sentences.
      const texts = new Map<string, string[]>();
      for (const flag of decision.dataQuality.flags) texts.set(flag.code, [...(texts.get(flag.code) ?? []), flag.text]);
      for (const [code, sentences] of texts) {
        let group = flags.get(code);
        if (group === undefined) {
          group = { count: 0, examples: [] };
          flags.set(code, group);
        }
        group.count += 1;
        keepFirstExamples(group.examples, { contactIndex, name: contactDisplayName(decision), text: sentences.join('; ') });
      }
      for (const fix of decision.dataQuality.fixes) {
        let group = fixes.get(fix.property);
        if (group === undefined) {
          group = { count: 0, examples: [] };
          fixes.set(fix.property, group);
        }
        group.count += 1;
        keepFirstExamples(group.examples, { contactIndex, name: contactDisplayName(decision), from: fix.from, to: fix.to, reason: fix.reason });
      }
    },
    result: () => ({
      flagsByCode: [...flags].map(([code, group]) => ({ code, ...group })).sort(byCountThenName((group) => group.code)),
      fixesByProperty: [...fixes].map(([property, group]) => ({ property, ...group })).sort(byCountThenName((group) => group.property)),
      duplicates: duplicates.result(),
    }),
  };
}

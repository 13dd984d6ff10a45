import type { Contact } from '../shared/contact';
import { describeDuplicateKey, duplicateKeys, type DuplicateKey } from './find-duplicates';

export interface EarlierRecordMatch<T> {
  /** The earlier record holding the first key this contact shares (email, then name at the domain, then phone). */
  readonly earlier: T;
  /** Why the two are probably one person, one sentence per key they share: "same email ana@acme.com". */
  readonly reasons: readonly string[];
}

export interface EarlierRecordIndex<T> {
  /** Matches `contact` against the records admitted before it, then admits it as `record`. */
  admit(contact: Contact, record: T): EarlierRecordMatch<T> | null;
}

/**
 * findDuplicates for contacts that come one at a time (a replay in arrival order, a live feed): the
 * same keys, but each contact is matched only against those admitted before it, so the answer is
 * always "the same person as an earlier record" and never depends on who comes later. Holds one entry
 * per distinct key, nothing per pair.
 */
export function earlierRecordIndex<T>(): EarlierRecordIndex<T> {
  // A map per kind of key, so the key's own text is the map key: no joined string held per contact.
  const firstWithKey: Record<DuplicateKey, Map<string, T>> = { email: new Map(), domain_and_name: new Map(), phone_and_name: new Map() };
  return {
    admit(contact, record) {
      let earlier: T | undefined;
      const reasons: string[] = [];
      for (const [key, value] of duplicateKeys(contact)) {
        const first = firstWithKey[key].get(value);
        if (first === undefined) {
          firstWithKey[key].set(value, record);
          continue;
        }
        // A contact's phone and mobile may be one number: a key it already holds is no match.
        if (first === record) continue;
        earlier ??= first;
        if (first === earlier) reasons.push(describeDuplicateKey(key, value));
      }
      return earlier === undefined ? null : { earlier, reasons };
    },
  };
}

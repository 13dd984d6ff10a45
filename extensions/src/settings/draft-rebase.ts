import { isJsonObject } from './json-path';

/**
 * A draft moved onto a version someone else saved while it was being edited, one top-level part of the
 * document (a section, the name, the calendars…) at a time: a part only they changed takes their value, a
 * part only the editor changed keeps the editor's, and a part both changed keeps the editor's and is
 * listed, because saving it replaces theirs.
 */
export interface DraftRebase {
  readonly document: unknown;
  /** Parts taken from the newer version. */
  readonly theirs: readonly string[];
  /** Parts the editor changed and the newer version did not. */
  readonly mine: readonly string[];
  /** Parts both changed differently: the editor's value is kept. */
  readonly both: readonly string[];
}

/** Equal as JSON values, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
}

/**
 * `mine` (edited from `base`) moved onto `theirs` (saved from `base` meanwhile). A document that is not an
 * object cannot be split into parts: the editor's is kept whole, and listed as changed by both when theirs
 * differs from it.
 */
export function rebaseDraft(base: unknown, mine: unknown, theirs: unknown): DraftRebase {
  if (!isJsonObject(base) || !isJsonObject(mine) || !isJsonObject(theirs)) {
    return { document: mine, theirs: [], mine: [], both: sameJson(mine, theirs) ? [] : [''] };
  }
  const document: Record<string, unknown> = {};
  const taken: string[] = [];
  const kept: string[] = [];
  const both: string[] = [];
  // Their key order first: it is the order the stored document has.
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])];
  for (const key of keys) {
    const mineChanged = !sameJson(base[key], mine[key]);
    const theirsChanged = !sameJson(base[key], theirs[key]);
    const value = mineChanged ? mine[key] : theirs[key];
    if (value !== undefined) document[key] = value;
    if (theirsChanged && !mineChanged) taken.push(key);
    else if (mineChanged && !theirsChanged) kept.push(key);
    else if (mineChanged && theirsChanged && !sameJson(mine[key], theirs[key])) both.push(key);
  }
  return { document, theirs: taken, mine: kept, both };
}

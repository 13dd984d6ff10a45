/** A value and how many times it occurred. */
export interface Count<K> {
  readonly key: K;
  readonly count: number;
}

/** Occurrences of each key, in order of first occurrence (callers sort when another order reads better). */
export function countBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Count<K>[] {
  const counts = new Map<K, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count }));
}

/**
 * Work that must not overlap with other work on the same key in this process: each call starts when the
 * previous call for its key has ended, however that ended; its own caller sees its result or error.
 */
export type KeyedTurns = <T>(key: string, work: () => Promise<T>) => Promise<T>;

export function keyedTurns(): KeyedTurns {
  const last = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const turn = (last.get(key) ?? Promise.resolve()).then(work);
    const settled = turn.catch(() => undefined);
    last.set(key, settled);
    // The map keeps only keys with work queued, not every key ever seen.
    void settled.then(() => {
      if (last.get(key) === settled) last.delete(key);
    });
    return turn;
  };
}

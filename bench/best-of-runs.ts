/** Starts each timed run with a clean heap when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Best of three timed runs after a warm-up, so JIT compilation and a stray GC do not decide the figure.
 * `work` must start from the same state each time: every run does the whole job again.
 */
export function bestOfRuns<T>(work: () => T, warmUp: () => void): { result: T; ms: number; runs: readonly number[] } {
  warmUp();
  const runs: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < 3; run += 1) {
    collectGarbage();
    const start = process.hrtime.bigint();
    result = work();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { result: result as T, ms: Math.min(...runs), runs };
}

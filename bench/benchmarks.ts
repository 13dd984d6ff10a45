import type { Benchmark } from './benchmark';

/** Every benchmark `npm run bench` runs, in order. Later features add theirs here. */
export const BENCHMARKS: readonly Benchmark[] = [];

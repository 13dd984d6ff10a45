import type { Benchmark } from './benchmark';
import { scoringBenchmark } from './scoring/scoring.bench';

/** Every benchmark `npm run bench` runs, in order. Later features add theirs here. */
export const BENCHMARKS: readonly Benchmark[] = [scoringBenchmark];

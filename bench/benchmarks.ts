import type { Benchmark } from './benchmark';
import { rescoreBenchmark } from './gateway/rescore.bench';
import { reportScalingBenchmark } from './report/report-scaling.bench';
import { routingBenchmark } from './routing/routing.bench';
import { scoringBenchmark } from './scoring/scoring.bench';
import { simulateBenchmark } from './simulate/simulate.bench';
import { slaDueDatesBenchmark } from './sla/sla-due-dates.bench';

/** Every benchmark `npm run bench` runs, in order. Later features add theirs here. */
export const BENCHMARKS: readonly Benchmark[] = [scoringBenchmark, routingBenchmark, slaDueDatesBenchmark, rescoreBenchmark, reportScalingBenchmark, simulateBenchmark];

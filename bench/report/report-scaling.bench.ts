import { performance } from 'node:perf_hooks';
import { renderReportHtml } from '../../cli/src/report/report-builder';
import { syntheticSimulationResult } from '../../cli/test-support/simulation-fixture';
import type { Benchmark } from '../benchmark';

const SMALL = 2_500;
const LARGE = 10_000;
/** 4× the contacts: linear work takes about 4× as long, quadratic string building about 16×. */
const MAX_RATIO = 8;

function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** report.html grows about linearly with the contacts in it (a timing, so a benchmark, not a test). */
export const reportScalingBenchmark: Benchmark = {
  name: 'report.html rendering: linear in the number of contacts',
  async run() {
    const small = syntheticSimulationResult(SMALL);
    const large = syntheticSimulationResult(LARGE);
    renderReportHtml(small); // warm up
    const smallMs = bestOf(3, () => renderReportHtml(small));
    const largeMs = bestOf(3, () => renderReportHtml(large));
    const ratio = largeMs / smallMs;
    return [
      { label: `render ${SMALL.toLocaleString('en-US')} / ${LARGE.toLocaleString('en-US')} contacts`, value: `${Math.round(smallMs)} ms / ${Math.round(largeMs)} ms`, meetsTarget: null },
      { label: `time ratio for 4x the contacts`, value: `${ratio.toFixed(1)}, target < ${MAX_RATIO}`, meetsTarget: ratio < MAX_RATIO },
    ];
  },
};

import { parseConfig, scoreLead, formatConfigProblem, type LeadOpsConfig, type LeadOpsConfigInput } from '@leadops/rules';
import defaultConfig from '../../rules/config/default-config.json';
import type { Benchmark, BenchFigure } from '../benchmark';
import { bestOfRuns, collectGarbage } from '../best-of-runs';
import { jsonRulesEngine, scoreWithJsonRulesEngine } from './json-rules-engine-scorer';
import { BENCH_NOW, comparisonConfig, fullScoringConfig, syntheticContacts } from './synthetic-scoring';

const CONTACTS = 100_000;
/** json-rules-engine is run on a slice: its throughput per contact is what is compared. */
const JRE_SAMPLE = 10_000;

function parsed(input: LeadOpsConfigInput): LeadOpsConfig {
  const result = parseConfig(input);
  if (!result.ok) throw new Error(result.problems.map(formatConfigProblem).join('\n'));
  return result.config;
}

export const scoringBenchmark: Benchmark = {
  name: 'scoring: 100,000 contacts, 30 rules',
  run: async (): Promise<BenchFigure[]> => {
    const contacts = syntheticContacts(CONTACTS);
    // The JSON file is checked by parseConfig below; its literal types are wider than the input type.
    const base = defaultConfig as unknown as LeadOpsConfigInput;
    const comparison = parsed(comparisonConfig(base));
    const full = parsed(fullScoringConfig(base));
    if (full.scoring.rules.length !== 30 || comparison.scoring.rules.length !== 30) throw new Error('the benchmark must use 30 rules');

    const warmUp = contacts.slice(0, 5_000);
    const ours = bestOfRuns(() => contacts.map((c) => scoreLead(c, comparison, BENCH_NOW).total), () => warmUp.forEach((c) => scoreLead(c, comparison, BENCH_NOW)));
    const withDecay = bestOfRuns(() => contacts.map((c) => scoreLead(c, full, BENCH_NOW, { forecast: false }).total), () => warmUp.forEach((c) => scoreLead(c, full, BENCH_NOW, { forecast: false })));
    const withForecast = bestOfRuns(() => contacts.map((c) => scoreLead(c, full, BENCH_NOW).total), () => warmUp.forEach((c) => scoreLead(c, full, BENCH_NOW)));

    const engine = jsonRulesEngine();
    const sample = contacts.slice(0, JRE_SAMPLE);
    for (const contact of warmUp.slice(0, 1_000)) await scoreWithJsonRulesEngine(engine, contact);
    collectGarbage();
    const start = process.hrtime.bigint();
    const theirs: number[] = [];
    for (const contact of sample) theirs.push(await scoreWithJsonRulesEngine(engine, contact));
    const jreMs = Number(process.hrtime.bigint() - start) / 1e6;

    // LeadOps floors a score at 0 (documented); json-rules-engine just sums the events.
    const disagreements = sample.filter((_, i) => Math.abs((ours.result[i] ?? 0) - Math.max(0, theirs[i] ?? 0)) > 1e-9).length;
    const oursPerSecond = CONTACTS / (ours.ms / 1000);
    const jrePerSecond = JRE_SAMPLE / (jreMs / 1000);
    const ratio = oursPerSecond / jrePerSecond;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    return [
      { label: `LeadOps, 30 profile rules, ${CONTACTS.toLocaleString('en-US')} contacts`, value: `${ours.ms.toFixed(0)} ms (${Math.round(oursPerSecond).toLocaleString('en-US')} contacts/s), target < 1000 ms`, meetsTarget: ours.ms < 1000 },
      { label: `LeadOps, 30 rules incl. engagement decay (bulk rescore: no forecast), ${CONTACTS.toLocaleString('en-US')} contacts`, value: `${withDecay.ms.toFixed(0)} ms (best of ${withDecay.runs.map((run) => run.toFixed(0)).join(', ')}), target < 1000 ms`, meetsTarget: withDecay.ms < 1000 },
      { label: `LeadOps, same with next drop, MQL end date and 8-week projection (cards), ${CONTACTS.toLocaleString('en-US')} contacts`, value: `${withForecast.ms.toFixed(0)} ms (${(withForecast.ms / CONTACTS * 1000).toFixed(1)} µs a contact)`, meetsTarget: null },
      { label: `json-rules-engine, same 30 rules, ${JRE_SAMPLE.toLocaleString('en-US')} contacts`, value: `${jreMs.toFixed(0)} ms (${Math.round(jrePerSecond).toLocaleString('en-US')} contacts/s)`, meetsTarget: null },
      { label: 'LeadOps vs json-rules-engine', value: `${ratio.toFixed(1)}x faster, target >= 20x`, meetsTarget: ratio >= 20 },
      { label: 'totals that differ between the two engines', value: String(disagreements), meetsTarget: disagreements === 0 },
      { label: 'peak memory (RSS)', value: `${peakMb.toFixed(0)} MB`, meetsTarget: null },
    ];
  },
};

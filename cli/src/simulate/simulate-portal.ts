import { RULES_ENGINE_VERSION, type LeadOpsConfig } from '@leadops/rules';
import type { ImportIssue } from '../import/import-issue';
import type { PortalData } from '../portal/portal-data';
import { runLeadFlow, type SimulateOptions } from './simulate-lead-flow';
import { parsedDecision, type SerialisedDecision } from './serialised-decision';
import type { ApiUsage, ContactDecision, SimulatedRep, SimulationResult } from './simulation-result';

export interface SimulatePortalInput {
  readonly portal: PortalData;
  readonly config: LeadOpsConfig;
  /** Another config to run on the same leads, for the comparison section. */
  readonly compareWith?: LeadOpsConfig;
  readonly source: SimulationResult['meta']['source'];
  readonly importIssues?: readonly ImportIssue[];
  readonly api?: ApiUsage | null;
  readonly mode?: SimulationResult['meta']['mode'];
}

export interface SimulatedPortal {
  readonly result: SimulationResult;
  /** Reps that could not be used, per config, each saying why. */
  readonly warnings: readonly string[];
}

/**
 * Where a simulation goes as it runs, in this order: start, the run's decisions (as contacts' stories
 * end), endRun; then, with a second config, startComparison, its decisions, endComparison.
 */
export interface SimulationSink {
  start(meta: SimulationResult['meta'], importIssues: readonly ImportIssue[], contacts: number): void;
  /** `index` is the contact's place in arrival order. */
  decision(decision: SerialisedDecision, index: number): void;
  endRun(reps: readonly SimulatedRep[]): void;
  startComparison(configName: string): void;
  comparisonDecision(decision: SerialisedDecision): void;
  endComparison(reps: readonly SimulatedRep[]): void;
}

/**
 * The rules path of `leadops simulate`: the whole lead flow on the rules engine, once per config, each
 * decision handed to `sink` as its contact's story ends, so nothing of the run is held beyond the
 * leads still in play. The comparison run uses the same seed, so the simulated reps behave the same for
 * the same lead and only the config differs. Returns the reps that could not be used, and why.
 */
export function streamSimulation(input: SimulatePortalInput, options: SimulateOptions, sink: SimulationSink): readonly string[] {
  const main = runLeadFlow(input.portal, input.config, options, {
    start: ({ window, leads }) => {
      const meta: SimulationResult['meta'] = { engineVersion: RULES_ENGINE_VERSION, configName: input.config.name, source: input.source, mode: input.mode ?? 'rules', window, seed: options.seed, mqlThreshold: input.config.scoring.mql.threshold, stages: input.config.lifecycle.stages.map((s) => ({ id: s.id, label: s.label })), teams: input.config.routing.teams.map((t) => ({ id: t.id, label: t.label })) };
      sink.start(meta, input.importIssues ?? [], leads);
    },
    decision: (decision, index) => sink.decision(decision, index),
  });
  sink.endRun(main.reps);
  if (!input.compareWith) return main.warnings;
  sink.startComparison(input.compareWith.name);
  const other = runLeadFlow(input.portal, input.compareWith, { ...options, until: main.window.to, onProgress: undefined }, { decision: (decision) => sink.comparisonDecision(decision) });
  sink.endComparison(other.reps);
  return [...main.warnings, ...other.warnings.filter((w) => !main.warnings.includes(w)).map((w) => `(compared config) ${w}`)];
}

/** streamSimulation into one SimulationResult in memory, decisions in arrival order: for small runs and tests. */
export function simulatePortal(input: SimulatePortalInput, options: SimulateOptions): SimulatedPortal {
  type Comparison = { configName: string; reps: readonly SimulatedRep[]; decisions: ContactDecision[] };
  const run: { meta: SimulationResult['meta'] | null; reps: readonly SimulatedRep[]; decisions: ContactDecision[]; comparison: Comparison | null } = { meta: null, reps: [], decisions: [], comparison: null };
  const warnings = streamSimulation(input, options, {
    start: (meta) => {
      run.meta = meta;
    },
    decision: (decision, index) => {
      run.decisions[index] = parsedDecision(decision);
    },
    endRun: (reps) => {
      run.reps = reps;
    },
    startComparison: (configName) => {
      run.comparison = { configName, reps: [], decisions: [] };
    },
    comparisonDecision: (decision) => run.comparison?.decisions.push(parsedDecision(decision)),
    endComparison: (reps) => {
      if (run.comparison) run.comparison.reps = reps;
    },
  });
  if (run.meta === null) throw new Error('simulatePortal: the run never started');
  // The other run's decisions in the same contact order as the run's, as the report and tests expect.
  const position = new Map(run.decisions.map((decision, index) => [decision.contactId, index]));
  run.comparison?.decisions.sort((a, b) => (position.get(a.contactId) ?? Infinity) - (position.get(b.contactId) ?? Infinity));
  const result: SimulationResult = { meta: run.meta, reps: run.reps, decisions: run.decisions, importIssues: input.importIssues ?? [], api: input.api ?? null, comparison: run.comparison };
  return { result, warnings };
}

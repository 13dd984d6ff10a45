import { RULES_ENGINE_VERSION, type LeadOpsConfig } from '@leadops/rules';
import type { ImportIssue } from '../import/import-issue';
import type { PortalData } from '../portal/portal-data';
import { simulateLeadFlow, type SimulateOptions } from './simulate-lead-flow';
import type { ApiUsage, SimulationResult } from './simulation-result';

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
 * The rules path of `leadops simulate`: the whole lead flow on the rules engine, once per config, into
 * the result that decisions.json and report.html are written from. The comparison run uses the same seed,
 * so the simulated reps behave the same for the same lead and only the config differs.
 */
export function simulatePortal(input: SimulatePortalInput, options: SimulateOptions): SimulatedPortal {
  const main = simulateLeadFlow(input.portal, input.config, options);
  const other = input.compareWith ? simulateLeadFlow(input.portal, input.compareWith, { ...options, until: main.window.to, onProgress: undefined }) : null;
  const result: SimulationResult = {
    meta: { engineVersion: RULES_ENGINE_VERSION, configName: input.config.name, source: input.source, mode: input.mode ?? 'rules', window: main.window, seed: options.seed, mqlThreshold: input.config.scoring.mql.threshold, stages: input.config.lifecycle.stages.map((s) => ({ id: s.id, label: s.label })) },
    reps: main.reps,
    decisions: main.decisions,
    importIssues: input.importIssues ?? [],
    api: input.api ?? null,
    comparison: other && input.compareWith ? { configName: input.compareWith.name, reps: other.reps, decisions: other.decisions } : null,
  };
  const warnings = [...main.warnings, ...(other ? other.warnings.filter((w) => !main.warnings.includes(w)).map((w) => `(compared config) ${w}`) : [])];
  return { result, warnings };
}

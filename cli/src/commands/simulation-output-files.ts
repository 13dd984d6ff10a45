import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { reportBuilder, type FinishedReport, type ReportBuilder } from '../report/report-builder';
import { DecisionsJsonWriter } from '../simulate/decisions-json-writer';
import { decisionJson, parsedDecision, serialisedDecision } from '../simulate/serialised-decision';
import type { SimulationSink } from '../simulate/simulate-portal';
import type { ApiUsage, ContactDecision, SimulatedRep, SimulationResult } from '../simulate/simulation-result';

/** report.html and decisions.json of one run, written as the run goes. */
export interface SimulationOutputFiles extends SimulationSink {
  /** decision(), for a decision another thread serialised with JSON.stringify and encoded as UTF-8: written as it is. */
  decisionBytes(bytes: Buffer, index: number): void;
  comparisonDecisionBytes(bytes: Buffer): void;
  /** Writes report.html and completes decisions.json; the figures are the ones the report shows. */
  finish(): FinishedReport;
  /** After a failure: removes what was written, so no half-written file is left. */
  discard(): void;
}

/**
 * A sink that writes each decision to decisions.json and adds it to the report as it comes, keeping
 * nothing else of it. `api` is the run's HubSpot traffic (reading a portal), known before it starts.
 */
export function simulationOutputFiles(files: { readonly decisions: string; readonly report: string }, options: { readonly api: ApiUsage | null; readonly compare: boolean }): SimulationOutputFiles {
  let open: { readonly json: DecisionsJsonWriter; readonly report: ReportBuilder } | null = null;
  let reps: readonly SimulatedRep[] = [];
  let comparison: { configName: string; reps: readonly SimulatedRep[] } | null = null;
  const started = () => {
    if (open === null) throw new Error('simulationOutputFiles: a decision came before start().');
    return open;
  };
  return {
    start(meta, importIssues, contacts) {
      open = { json: new DecisionsJsonWriter(files.decisions, { meta, importIssues }), report: reportBuilder({ meta, importIssues, contacts }, { settings: { mqlThreshold: meta.mqlThreshold, lifecycleStages: meta.stages }, compare: options.compare }) };
    },
    decision(decision, index) {
      const { json, report } = started();
      json.decisionJson(decisionJson(decision));
      report.add(parsedDecision(decision), index);
    },
    decisionBytes(bytes, index) {
      const { json, report } = started();
      json.decisionBytes(bytes);
      report.add(JSON.parse(bytes.toString('utf8')) as ContactDecision, index);
    },
    comparisonDecisionBytes(bytes) {
      const { json, report } = started();
      json.decisionBytes(bytes);
      report.addComparison(JSON.parse(bytes.toString('utf8')) as ContactDecision);
    },
    endRun(runReps) {
      started().json.endRun(runReps, options.api);
      reps = runReps;
    },
    startComparison(configName) {
      started().json.startComparison(configName);
      comparison = { configName, reps: [] };
    },
    comparisonDecision(decision) {
      const { json, report } = started();
      json.decisionJson(decisionJson(decision));
      report.addComparison(parsedDecision(decision));
    },
    endComparison(otherReps) {
      started().json.endComparison(otherReps);
      if (comparison) comparison.reps = otherReps;
    },
    finish() {
      const { json, report } = started();
      const finished = report.finish({ reps, api: options.api, comparison });
      // Under a temporary name until complete, like decisions.json: a failed run leaves the last good files.
      writeFileSync(`${files.report}.partial`, finished.html());
      json.finish();
      renameSync(`${files.report}.partial`, files.report);
      return finished;
    },
    discard() {
      open?.json.discard();
      rmSync(`${files.report}.partial`, { force: true });
    },
  };
}

/**
 * Plays a result held in memory into a sink, in SimulationSink's order; `order` lists the run's
 * decision indexes in the order to hand them over (arrival order by default).
 */
export function replaySimulationResult(sink: SimulationSink, result: SimulationResult, order: readonly number[] = result.decisions.map((_, index) => index)): void {
  sink.start(result.meta, result.importIssues, result.decisions.length);
  for (const index of order) {
    const decision = result.decisions[index];
    if (decision) sink.decision(serialisedDecision(decision), index);
  }
  sink.endRun(result.reps);
  if (result.comparison) {
    sink.startComparison(result.comparison.configName);
    for (const decision of result.comparison.decisions) sink.comparisonDecision(serialisedDecision(decision));
    sink.endComparison(result.comparison.reps);
  }
}

/** A whole result held in memory (the through-API path) into the same two files. */
export function writeSimulationResult(files: { readonly decisions: string; readonly report: string }, result: SimulationResult): FinishedReport {
  const outputs = simulationOutputFiles(files, { api: result.api, compare: result.comparison !== null });
  try {
    replaySimulationResult(outputs, result);
    return outputs.finish();
  } catch (error) {
    outputs.discard();
    throw error;
  }
}

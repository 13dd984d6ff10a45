import type { ContactDecision, SimulatedRep, SimulationResult } from '../simulate/simulation-result';
import { breachListTally, type BreachRow } from './breach-list';
import { dataQualityTally, type DataQualityFigures } from './data-quality-figures';
import { fairnessTally, type RepFairness } from './fairness-figures';
import { firstTouchTally, type FirstTouchFigures } from './first-touch-figures';
import { lifecycleFunnelTally, type FunnelStage } from './lifecycle-funnel';
import { resolveReportSettings, type ReportSettings } from './report-settings';
import { scoreDistributionTally, type ScoreDistribution } from './score-distribution';
import { slaComplianceTally, type SlaComplianceFigures } from './sla-compliance-figures';
import { summaryTally, type SummaryFigures } from './summary-figures';

/** Every number the report shows, computed once so the HTML, the CLI and tests read the same figures. */
export interface ReportFigures {
  readonly summary: SummaryFigures;
  readonly fairness: readonly RepFairness[];
  readonly firstTouch: FirstTouchFigures;
  readonly slaCompliance: SlaComplianceFigures;
  readonly scores: ScoreDistribution;
  readonly funnel: readonly FunnelStage[];
  readonly breaches: readonly BreachRow[];
  readonly dataQuality: DataQualityFigures;
}

/** All figures, fed one decision at a time; the reps come at the end, with their expected shares. */
export interface ReportFiguresTally {
  /** `index` is the decision's place in the contacts table (arrival order); decisions may come in any order. */
  add(decision: ContactDecision, index: number): void;
  result(reps: readonly SimulatedRep[]): ReportFigures;
}

/** `settings` overrides the MQL threshold and stage order the run's meta carries. */
export function reportFiguresTally(run: Pick<SimulationResult, 'meta' | 'importIssues'>, settings: ReportSettings = {}): ReportFiguresTally {
  const resolved = resolveReportSettings(run, settings);
  const summary = summaryTally(run.importIssues);
  const fairness = fairnessTally();
  const firstTouch = firstTouchTally();
  const slaCompliance = slaComplianceTally();
  const scores = scoreDistributionTally(resolved.mqlThreshold);
  const funnel = lifecycleFunnelTally(resolved.lifecycleStages);
  const breaches = breachListTally();
  const dataQuality = dataQualityTally();
  return {
    add(decision, index) {
      summary.add(decision);
      fairness.add(decision, index);
      firstTouch.add(decision, index);
      slaCompliance.add(decision, index);
      scores.add(decision, index);
      funnel.add(decision, index);
      breaches.add(decision, index);
      dataQuality.add(decision, index);
    },
    result(reps) {
      const touch = firstTouch.result();
      return {
        summary: summary.result({ workingMinutes: touch.workingMinutes, wallClockHours: touch.wallClockHours }),
        fairness: fairness.result(reps),
        firstTouch: touch,
        slaCompliance: slaCompliance.result(reps),
        scores: scores.result(),
        funnel: funnel.result(),
        breaches: breaches.result(),
        dataQuality: dataQuality.result(),
      };
    },
  };
}

/** The figures of a whole result held in memory, decisions in their order. */
export function reportFigures(result: SimulationResult, settings: ReportSettings = {}): ReportFigures {
  const tally = reportFiguresTally(result, settings);
  result.decisions.forEach((decision, index) => tally.add(decision, index));
  return tally.result(result.reps);
}

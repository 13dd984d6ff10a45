import type { SimulationResult } from '../simulate/simulation-result';
import { breachList, type BreachRow } from './breach-list';
import { dataQualityFigures, type DataQualityFigures } from './data-quality-figures';
import { fairnessFigures, type RepFairness } from './fairness-figures';
import { firstTouchFigures, type FirstTouchFigures } from './first-touch-figures';
import { lifecycleFunnel, type FunnelStage } from './lifecycle-funnel';
import { resolveReportSettings, type ReportSettings } from './report-settings';
import { scoreDistribution, type ScoreDistribution } from './score-distribution';
import { slaComplianceFigures, type SlaComplianceFigures } from './sla-compliance-figures';
import { summaryFigures, type SummaryFigures } from './summary-figures';

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

/** `settings` overrides the MQL threshold and stage order the run's meta carries. */
export function reportFigures(result: SimulationResult, settings: ReportSettings = {}): ReportFigures {
  const { mqlThreshold, lifecycleStages } = resolveReportSettings(result, settings);
  const firstTouch = firstTouchFigures(result.decisions);
  return {
    summary: summaryFigures(result, { workingMinutes: firstTouch.workingMinutes, wallClockHours: firstTouch.wallClockHours }),
    fairness: fairnessFigures(result),
    firstTouch,
    slaCompliance: slaComplianceFigures(result.decisions),
    scores: scoreDistribution(result.decisions, mqlThreshold),
    funnel: lifecycleFunnel(result.decisions, lifecycleStages),
    breaches: breachList(result.decisions),
    dataQuality: dataQualityFigures(result.decisions),
  };
}

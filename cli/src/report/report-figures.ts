import type { ContactDecision, SimulationResult } from '../simulate/simulation-result';
import { breachListTally, type BreachRow } from './breach-list';
import { dataQualityTally, type DataQualityFigures } from './data-quality-figures';
import { fairnessTally, type RepFairness } from './fairness-figures';
import { firstTouchTally, type FirstTouchFigures } from './first-touch-figures';
import { lifecycleFunnelTally, type FunnelStage } from './lifecycle-funnel';
import { resolveReportSettings, type ReportSettings, type ResolvedReportSettings } from './report-settings';
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

/**
 * The figures of each result already computed, with the settings they were computed for: `simulate`
 * renders the report and then prints the summary from the same result, and at 100,000 contacts a
 * second pass over the decisions costs most of a second. Weak, so a result's figures go with it.
 */
const computed = new WeakMap<SimulationResult, { readonly settings: ResolvedReportSettings; readonly figures: ReportFigures }>();

function sameSettings(a: ResolvedReportSettings, b: ResolvedReportSettings): boolean {
  return a.mqlThreshold === b.mqlThreshold && a.lifecycleStages === b.lifecycleStages;
}

/**
 * `settings` overrides the MQL threshold and stage order the run's meta carries. All figures come from
 * one pass over the decisions; `visit`, when given, is called for each decision in that same pass, for a
 * caller that reads every decision too (the report's contact data), so each is fetched from memory once.
 */
export function reportFigures(result: SimulationResult, settings: ReportSettings = {}, visit?: (decision: ContactDecision, index: number) => void): ReportFigures {
  const resolved = resolveReportSettings(result, settings);
  const known = computed.get(result);
  if (known !== undefined && sameSettings(known.settings, resolved) && visit === undefined) return known.figures;
  const summary = summaryTally(result.importIssues);
  const fairness = fairnessTally(result.reps);
  const firstTouch = firstTouchTally();
  const slaCompliance = slaComplianceTally();
  const scores = scoreDistributionTally(resolved.mqlThreshold);
  const funnel = lifecycleFunnelTally(resolved.lifecycleStages);
  const breaches = breachListTally();
  const dataQuality = dataQualityTally();
  const decisions = result.decisions;
  for (let index = 0; index < decisions.length; index += 1) {
    const decision = decisions[index] as ContactDecision;
    summary.add(decision);
    fairness.add(decision, index);
    firstTouch.add(decision, index);
    slaCompliance.add(decision, index);
    scores.add(decision, index);
    funnel.add(decision, index);
    breaches.add(decision, index);
    dataQuality.add(decision, index);
    visit?.(decision, index);
  }
  const touch = firstTouch.result();
  const figures: ReportFigures = {
    summary: summary.result({ workingMinutes: touch.workingMinutes, wallClockHours: touch.wallClockHours }),
    fairness: fairness.result(),
    firstTouch: touch,
    slaCompliance: slaCompliance.result(),
    scores: scores.result(),
    funnel: funnel.result(),
    breaches: breaches.result(),
    dataQuality: dataQuality.result(),
  };
  computed.set(result, { settings: resolved, figures });
  return figures;
}

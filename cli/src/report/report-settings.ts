import type { SimulationResult } from '../simulate/simulation-result';

/** A lifecycle stage as the funnel lists it. */
export interface ReportStage {
  readonly id: string;
  readonly label: string;
}

/**
 * Overrides of what the report otherwise reads from the run's meta: the MQL threshold the score chart
 * marks (null: draw none) and the stage order the funnel follows.
 */
export interface ReportSettings {
  readonly mqlThreshold?: number | null;
  readonly lifecycleStages?: readonly ReportStage[];
}

export interface ResolvedReportSettings {
  readonly mqlThreshold: number | null;
  /** Undefined when no order is known (an empty list): the funnel then falls back to HubSpot's order. */
  readonly lifecycleStages: readonly ReportStage[] | undefined;
}

export function resolveReportSettings(result: Pick<SimulationResult, 'meta'>, settings: ReportSettings): ResolvedReportSettings {
  const stages = settings.lifecycleStages ?? result.meta.stages;
  return {
    mqlThreshold: settings.mqlThreshold !== undefined ? settings.mqlThreshold : result.meta.mqlThreshold,
    lifecycleStages: stages.length > 0 ? stages : undefined,
  };
}

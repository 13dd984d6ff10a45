import type { ApiUsage, ContactDecision, SimulatedRep, SimulationResult } from '../simulate/simulation-result';
import { comparisonTally, type SimulationComparison } from './compare-simulations';
import { contactBrowserData } from './contact-browser-data';
import { reportHtml } from './render-report-html';
import { reportFiguresTally, type ReportFigures } from './report-figures';
import type { ReportSettings } from './report-settings';
import { teamLabeller } from './team-label';

/** What is known of a run before its first decision. */
export interface ReportRun {
  readonly meta: SimulationResult['meta'];
  readonly importIssues: SimulationResult['importIssues'];
  /** How many decisions the run will have: the contacts table is laid out once. */
  readonly contacts: number;
}

/** What is known only once every decision is in. */
export interface ReportEnding {
  readonly reps: readonly SimulatedRep[];
  readonly api: ApiUsage | null;
  /** The run under `--config other.json`, whose decisions went to addComparison. */
  readonly comparison: { readonly configName: string; readonly reps: readonly SimulatedRep[] } | null;
}

/** What the CLI's summary reads of a finished report. */
export interface ReportSummary {
  readonly meta: SimulationResult['meta'];
  readonly figures: ReportFigures;
  readonly comparison: SimulationComparison | null;
}

export interface FinishedReport extends ReportSummary {
  /** The page; built on demand, as it is the largest string of a run. */
  html(): string;
}

export interface ReportBuilder {
  /** A decision of the run, `index` its place in arrival order; decisions may come in any order. */
  add(decision: ContactDecision, index: number): void;
  /** A decision of the comparison run, after all of the run's own. */
  addComparison(decision: ContactDecision): void;
  finish(ending: ReportEnding): FinishedReport;
}

/**
 * Collects the report from decisions as they come, keeping only what the page shows (counts, the
 * contacts' columns and compact logs, what the comparison needs), never the decisions themselves, so
 * `simulate` can write each contact out and forget it.
 */
export function reportBuilder(run: ReportRun, options: { readonly settings?: ReportSettings; readonly compare?: boolean } = {}): ReportBuilder {
  const settings = options.settings ?? {};
  const figures = reportFiguresTally(run, settings);
  const contacts = contactBrowserData({ base: run.meta.window.from, count: run.contacts, teamLabel: teamLabeller(run.meta.teams) });
  const comparison = options.compare ? comparisonTally(run.meta.configName) : null;
  return {
    add(decision, index) {
      figures.add(decision, index);
      contacts.add(decision, index);
      comparison?.addBefore(decision, index);
    },
    addComparison(decision) {
      if (comparison === null) throw new Error('reportBuilder: a comparison decision came, but the builder was made without `compare: true`.');
      comparison.addAfter(decision);
    },
    finish(ending) {
      const computed = figures.result(ending.reps);
      const compared = comparison !== null && ending.comparison !== null ? comparison.result(ending.comparison.configName, [...ending.reps, ...ending.comparison.reps]) : null;
      return {
        meta: run.meta,
        figures: computed,
        comparison: compared,
        html: () => reportHtml({ meta: run.meta, importIssues: run.importIssues, api: ending.api, figures: computed, contacts: contacts.finish(), comparison: compared, settings }),
      };
    },
  };
}

/**
 * A whole result held in memory as one self-contained HTML file: figures, hand-drawn SVG charts, and
 * every contact's decision log. `settings` overrides the MQL threshold and stage order read from the meta.
 */
export function renderReportHtml(result: SimulationResult, settings: ReportSettings = {}): string {
  const builder = reportBuilder({ meta: result.meta, importIssues: result.importIssues, contacts: result.decisions.length }, { settings, compare: result.comparison !== null });
  result.decisions.forEach((decision, index) => builder.add(decision, index));
  for (const decision of result.comparison?.decisions ?? []) builder.addComparison(decision);
  return builder.finish({ reps: result.reps, api: result.api, comparison: result.comparison }).html();
}

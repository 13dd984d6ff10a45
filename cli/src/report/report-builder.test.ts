import { simulationFixtureWithComparison, syntheticSimulationResult } from '../../test-support/simulation-fixture';
import type { SimulationResult } from '../simulate/simulation-result';
import type { ContactBrowserData } from './contact-browser-data';
import { contactPage } from './contact-view';
import { renderReportHtml, reportBuilder } from './report-builder';
import { reportFigures } from './report-figures';

const CONTACT_DATA = /<script type="application\/json" id="contact-data">([^<]*)<\/script>/;

/**
 * The page as a reader sees it: the markup without the embedded data, and every contact's row and log
 * as the page's own script renders them from that data. The data's text tables are numbered in the
 * order texts are first met, so two runs can store the same page differently.
 */
function asRead(html: string) {
  const json = CONTACT_DATA.exec(html)?.[1];
  if (json === undefined) throw new Error('report.html has no contact data');
  const view = contactPage(JSON.parse(json) as ContactBrowserData);
  const contacts = Array.from({ length: view.count }, (_, index) => [view.rowHtml(index), view.logHtml(index)]);
  return { markup: html.replace(CONTACT_DATA, ''), contacts };
}

/** Feeds a result to a builder in the order given by `order` (indexes into decisions), as simulate's streaming does. */
function builtInOrder(result: SimulationResult, order: readonly number[], comparisonOrder: readonly number[] = []) {
  const builder = reportBuilder({ meta: result.meta, importIssues: result.importIssues, contacts: result.decisions.length }, { compare: result.comparison !== null });
  for (const index of order) {
    const decision = result.decisions[index];
    if (decision) builder.add(decision, index);
  }
  for (const index of comparisonOrder) {
    const decision = result.comparison?.decisions[index];
    if (decision) builder.addComparison(decision);
  }
  return builder.finish({ reps: result.reps, api: result.api, comparison: result.comparison });
}

/** A fixed shuffle: every index once, far from arrival order. */
function shuffled(count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = 12345;
  for (let i = count - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

describe('reportBuilder', () => {
  it('builds the same report whatever order the decisions come in', () => {
    const result = syntheticSimulationResult(400);
    const inOrder = renderReportHtml(result);
    const mixed = builtInOrder(result, shuffled(result.decisions.length));
    expect(asRead(inOrder).contacts).toHaveLength(400);
    expect(asRead(mixed.html())).toEqual(asRead(inOrder));
    expect(mixed.figures).toEqual(reportFigures(result));
  });

  it('compares the other run from its decisions in any order, rows in the first run’s order', () => {
    const result = simulationFixtureWithComparison();
    const count = result.decisions.length;
    const mixed = builtInOrder(result, shuffled(count), shuffled(count).reverse());
    expect(asRead(mixed.html())).toEqual(asRead(renderReportHtml(result)));
    expect(mixed.comparison?.changedOwners.rows.map((row) => row.contactId)).toEqual(['1001', '1004']);
  });

  it('refuses a comparison decision when it was not told to compare', () => {
    const result = simulationFixtureWithComparison();
    const builder = reportBuilder({ meta: result.meta, importIssues: result.importIssues, contacts: result.decisions.length });
    const [decision] = result.decisions;
    if (!decision) throw new Error('no decision');
    expect(() => builder.addComparison(decision)).toThrow('made without `compare: true`');
  });
});

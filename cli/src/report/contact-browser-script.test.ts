import { runInNewContext } from 'node:vm';
import { syntheticSimulationResult } from '../../test-support/simulation-fixture';
import type { SimulationResult } from '../simulate/simulation-result';
import { findAll, findById, parseHtmlStrictly, textOf, type HtmlElement } from './parse-html-strictly';
import { renderReportHtml } from './report-builder';

type Listener = (event: { target: unknown }) => void;

/** Just enough of an element for the page's script: the properties it sets and the events it listens to. */
class FakeElement {
  innerHTML = '';
  textContent = '';
  hidden = true;
  disabled = false;
  value = '';
  focused = false;
  readonly listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, target: unknown = this): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ target });
  }
  focus(): void {
    this.focused = true;
  }
}

/** Runs the report's own inline script against a fake DOM built from the report's elements. */
function openInFakeBrowser(result: SimulationResult) {
  const page = parseHtmlStrictly(renderReportHtml(result));
  const scripts = findAll(page.root, (element) => element.name === 'script');
  const data = scripts.find((script) => script.attributes.get('id') === 'contact-data');
  const code = scripts.find((script) => !script.attributes.has('type'));
  if (!data || !code) throw new Error('report scripts missing');
  const elements = new Map<string, FakeElement>();
  for (const id of ['contacts-body', 'decision-log-panel', 'contact-controls', 'contact-filter', 'contact-status', 'contacts-previous', 'contacts-next', 'contacts-static-note', 'contact-data']) {
    if (findById(page.root, id)) elements.set(id, new FakeElement());
  }
  (elements.get('contact-data') as FakeElement).textContent = textOf(data);
  const window = new FakeElement();
  const location = { hash: '' };
  const get = (id: string) => elements.get(id) as FakeElement;
  const document = {
    getElementById(id: string): FakeElement | null {
      if (elements.has(id)) return get(id);
      // an article the script just rendered into the panel
      if (get('decision-log-panel').innerHTML.includes(`id="${id}"`)) {
        const article = new FakeElement();
        elements.set(id, article);
        return article;
      }
      return null;
    },
  };
  runInNewContext(textOf(code), { document, window, location, setTimeout: (run: () => void) => run(), clearTimeout: () => undefined, JSON, Number, Math, Array, Date, String });
  const rows = () => {
    const body = parseHtmlStrictly(`<html><table><tbody>${get('contacts-body').innerHTML}</tbody></table></html>`);
    return findAll(body.root, (element) => element.name === 'tr' && element.attributes.has('data-contact-id'));
  };
  const panel = () => parseHtmlStrictly(`<html>${get('decision-log-panel').innerHTML}</html>`).root;
  return {
    get,
    rows,
    panel,
    follow(href: string) {
      location.hash = href;
      window.fire('hashchange');
    },
    type(text: string) {
      get('contact-filter').value = text;
      get('contact-filter').fire('input');
    },
  };
}

function hrefOf(row: HtmlElement): string {
  return findAll(row, (element) => element.name === 'a')[0]?.attributes.get('href') ?? '';
}

describe('the report’s contacts script', () => {
  const result = syntheticSimulationResult(120);
  const browser = openInFakeBrowser(result);

  it('shows the controls and the first page of 50 contacts when it starts', () => {
    expect(browser.get('contact-controls').hidden).toBe(false);
    expect(browser.get('contacts-static-note').hidden).toBe(true);
    expect(browser.rows()).toHaveLength(50);
    expect(browser.get('contact-status').textContent).toBe('Showing 1–50 of 120 contacts.');
    expect(browser.get('contacts-previous').disabled).toBe(true);
  });

  it('reaches every contact’s decision log from the table, page by page', () => {
    const seen: string[] = [];
    for (let page = 0; page < 3; page += 1) {
      for (const row of browser.rows()) {
        const href = hrefOf(row);
        browser.follow(href);
        const article = findById(browser.panel(), href.slice(1));
        const index = Number(href.replace('#contact-', ''));
        const decision = result.decisions[index];
        expect(article?.attributes.get('data-contact-id')).toBe(decision?.contactId);
        expect(row.attributes.get('data-contact-id')).toBe(decision?.contactId);
        const summaries = findAll(article as HtmlElement, (element) => element.attributes.get('class') === 'step-summary').map(textOf);
        expect(summaries).toEqual(decision?.log.map((step) => step.summary));
        seen.push(decision?.contactId ?? '');
      }
      browser.get('contacts-next').fire('click');
    }
    expect(seen).toEqual(result.decisions.map((decision) => decision.contactId));
    expect(browser.get('contacts-next').disabled).toBe(true);
  });

  it('filters on every word typed, across pages, and says how many match', () => {
    browser.type('breached');
    const breached = result.decisions.filter((decision) => decision.sla?.status === 'breached');
    expect(browser.get('contact-status').textContent).toBe(`Showing 1–${Math.min(50, breached.length)} of ${breached.length} matching contacts (of 120).`);
    expect(browser.rows().map((row) => row.attributes.get('data-contact-id'))).toEqual(breached.slice(0, 50).map((decision) => decision.contactId));

    const target = result.decisions[97];
    browser.type(`${target?.email ?? ''} ${target?.company ?? ''}`.toUpperCase());
    expect(browser.rows().map((row) => row.attributes.get('data-contact-id'))).toEqual([target?.contactId]);

    browser.type('no such contact');
    expect(browser.rows()).toEqual([]);
    expect(browser.get('contact-status').textContent).toBe('No contact matches.');

    browser.type('');
    expect(browser.get('contact-status').textContent).toBe('Showing 1–50 of 120 contacts.');
  });

  it("shows each contact's team by its label and finds it by the label typed", () => {
    browser.type('north america');
    const northAmerica = result.decisions.filter((decision) => decision.route?.team === 'na');
    expect(northAmerica.length).toBeGreaterThan(0);
    expect(browser.get('contact-status').textContent).toBe(`Showing 1–${Math.min(50, northAmerica.length)} of ${northAmerica.length} matching contacts (of 120).`);
    expect(browser.rows().every((row) => findAll(row, (element) => element.name === 'td').map(textOf).includes('North America'))).toBe(true);
    browser.type('');
  });

  it('ignores anchors that name no contact', () => {
    const before = browser.get('decision-log-panel').innerHTML;
    browser.follow('#contact-999');
    browser.follow('#summary');
    expect(browser.get('decision-log-panel').innerHTML).toBe(before);
  });
});

import { ANA, FIXTURE_STAGES, fixtureApiUsage, simulationFixture, simulationFixtureWithComparison, syntheticSimulationResult } from '../../test-support/simulation-fixture';
import type { SimulationResult } from '../simulate/simulation-result';
import { findAll, findById, parseHtmlStrictly, textOf, type HtmlDocument } from './parse-html-strictly';
import { renderReportHtml } from './report-builder';
import { figureKeys, figureValue, section } from './report-html-test-helpers';

function render(result: SimulationResult = simulationFixture()): { html: string; document: HtmlDocument } {
  const html = renderReportHtml(result);
  return { html, document: parseHtmlStrictly(html) };
}

const { html, document } = render();

describe('renderReportHtml: the document', () => {
  it('is a well-formed HTML5 document with a language, a title and one h1', () => {
    expect(document.doctype?.toLowerCase()).toBe('html');
    expect(document.root.attributes.get('lang')).toBe('en');
    const head = findAll(document.root, (element) => element.name === 'head')[0];
    expect(head?.children.filter((node) => typeof node !== 'string' && node.name === 'title').map(textOf)).toEqual(['LeadOps simulation report: Default routing']);
    expect(findAll(document.root, (element) => element.name === 'h1')).toHaveLength(1);
  });

  it('has a section for every part of the report, in reading order', () => {
    const ids = findAll(document.root, (element) => element.name === 'section').map((element) => element.attributes.get('id'));
    expect(ids).toEqual(['summary', 'fairness', 'first-touch', 'sla-compliance', 'scores', 'funnel', 'breaches', 'data-quality', 'import-issues', 'contacts']);
  });

  it('uses every id once, so anchors and aria references are unambiguous', () => {
    const ids = findAll(document.root, (element) => element.attributes.has('id')).map((element) => element.attributes.get('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every chart a title and a description, referenced from the svg, and a caption', () => {
    const charts = findAll(document.root, (element) => element.name === 'svg');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const svg of charts) {
      expect(svg.attributes.get('role')).toBe('img');
      for (const id of (svg.attributes.get('aria-labelledby') ?? '').split(' ')) expect(findById(svg, id)).toBeDefined();
      expect(findAll(svg, (element) => element.name === 'desc').map(textOf).join('')).not.toBe('');
    }
    for (const figure of findAll(document.root, (element) => element.name === 'figure')) {
      expect(findAll(figure, (element) => element.name === 'figcaption')).toHaveLength(1);
    }
  });

  it('gives every table a caption and column headers', () => {
    for (const table of findAll(document.root, (element) => element.name === 'table')) {
      expect(findAll(table, (element) => element.name === 'caption')).toHaveLength(1);
      expect(findAll(table, (element) => element.name === 'th' && element.attributes.get('scope') === 'col').length).toBeGreaterThan(0);
    }
  });
});

describe('renderReportHtml: no network', () => {
  it('loads nothing from outside the file', () => {
    const linking = findAll(document.root, (element) => element.attributes.has('src') || element.attributes.has('href'));
    for (const element of linking) {
      const target = element.attributes.get('src') ?? element.attributes.get('href') ?? '';
      expect(target.startsWith('#')).toBe(true);
    }
    expect(findAll(document.root, (element) => element.name === 'link' || element.name === 'img' || element.name === 'iframe')).toEqual([]);
    expect(html).not.toMatch(/@import|url\(/i);
    // The SVG namespace is a name, not a request; nothing else may mention http(s).
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/i);
  });

  it('forbids fetching anything through its content security policy', () => {
    const policy = findAll(document.root, (element) => element.name === 'meta' && element.attributes.get('http-equiv') === 'Content-Security-Policy')[0];
    expect(policy?.attributes.get('content')).toContain("default-src 'none'");
  });
});

describe('renderReportHtml: figures through the data hooks', () => {
  // Counted by hand from the fixture: see report-figures.test.ts.
  it('shows the summary figures', () => {
    const summary = section(document, 'summary');
    expect(figureValue(summary, 'contacts')).toBe(9);
    expect(figureValue(summary, 'routed')).toBe(7);
    expect(figureValue(summary, 'queued')).toBe(1);
    expect(figureValue(summary, 'not-routed')).toBe(1);
    expect(figureValue(summary, 'mqls')).toBe(4);
    expect(figureValue(summary, 'sla-compliance')).toBe(80);
    expect(figureValue(summary, 'sla-breached')).toBe(1);
    expect(figureValue(summary, 'first-touch-median-minutes')).toBe(25);
    expect(figureValue(summary, 'first-touch-p90-minutes')).toBe(214);
    expect(figureValue(summary, 'escalations')).toBe(5);
    expect(figureValue(summary, 'escalations-by-action', 'reroute')).toBe(1);
    expect(figureValue(summary, 'handoffs-rejected')).toBe(1);
    expect(figureValue(summary, 'nurture-enrolments')).toBe(1);
    expect(figureValue(summary, 'import-issues')).toBe(2);
  });

  it('shows each rep’s leads against the expected count', () => {
    const fairness = section(document, 'fairness');
    expect(figureKeys(fairness, 'fairness-assigned')).toEqual(['11', '12', '31', '32', '99']);
    expect(figureValue(fairness, 'fairness-assigned', ANA.ownerId)).toBe(3);
    expect(figureValue(fairness, 'fairness-expected', ANA.ownerId)).toBe(2);
    expect(figureValue(fairness, 'fairness-deviation', ANA.ownerId)).toBe(50);
    expect(figureValue(fairness, 'fairness-deviation', '32')).toBe(-100);
  });

  it('shows the first-touch buckets and the contacts never touched', () => {
    const firstTouch = section(document, 'first-touch');
    expect(figureKeys(firstTouch, 'first-touch-bucket').map((key) => figureValue(firstTouch, 'first-touch-bucket', key))).toEqual([0, 2, 1, 0, 1, 0, 1]);
    expect(figureValue(firstTouch, 'first-touch-never')).toBe(2);
  });

  it('shows SLA compliance by team and by UTC hour, empty where nothing was decided', () => {
    const sla = section(document, 'sla-compliance');
    expect(figureValue(sla, 'sla-team-compliance', 'emea')).toBeCloseTo(66.667, 2);
    expect(figureValue(sla, 'sla-team-compliance', 'na')).toBe(100);
    expect(figureValue(sla, 'sla-team-compliance', 'none')).toBeNull();
    expect(figureValue(sla, 'sla-hour-breached', '10')).toBe(1);
    expect(figureValue(sla, 'sla-hour-compliance', '10')).toBe(0);
    expect(figureKeys(sla, 'sla-hour-compliance')).toEqual(['9', '10', '11', '14', '15', '16', '17']);
    expect(textOf(sla)).toContain('UTC');
  });

  it("names teams by the config's labels, not their ids, in the fairness, SLA and breach tables", () => {
    const rowHeaders = (id: string) => findAll(section(document, id), (element) => element.name === 'th' && element.attributes.get('scope') === 'row').map(textOf);
    expect(rowHeaders('sla-compliance').slice(0, 3)).toEqual(['EMEA – UK & Ireland', 'North America', 'No team']);
    const anaRow = findAll(section(document, 'fairness'), (element) => element.name === 'tr').find((row) => findAll(row, (cell) => cell.name === 'th').map(textOf).includes(ANA.name));
    expect(findAll(anaRow as never, (cell) => cell.name === 'td').map(textOf)[0]).toBe('EMEA – UK & Ireland');
    const breachOwners = findAll(section(document, 'breaches'), (element) => element.name === 'tr').map((row) => findAll(row, (cell) => cell.name === 'td').map(textOf)[0]).filter((owner) => owner !== undefined);
    expect(breachOwners.length).toBeGreaterThan(0);
    expect(breachOwners.every((owner) => !/\((?:na|emea)\)/.test(owner ?? ''))).toBe(true);
    expect(breachOwners).toContain(`${ANA.name} (EMEA – UK & Ireland)`);
  });

  it('shows the score bands and marks the MQL threshold in the chart', () => {
    const scores = section(document, 'scores');
    expect(figureValue(scores, 'mql-threshold')).toBe(60);
    expect(figureValue(scores, 'score-bucket', '60')).toBe(2);
    expect(figureValue(scores, 'score-bucket-mqls', '60')).toBe(2);
    const threshold = findAll(scores, (element) => element.attributes.get('class') === 'chart-threshold');
    expect(threshold).toHaveLength(1);
    expect(textOf(scores)).toContain('MQL threshold 60');
  });

  it('draws no threshold when told there is none', () => {
    const without = parseHtmlStrictly(renderReportHtml(simulationFixture(), { mqlThreshold: null }));
    const scores = section(without, 'scores');
    expect(findAll(scores, (element) => element.attributes.get('class') === 'chart-threshold')).toEqual([]);
    expect(findAll(scores, (element) => element.attributes.get('data-figure') === 'mql-threshold')).toEqual([]);
  });

  it('shows the funnel in config order', () => {
    const funnel = section(document, 'funnel');
    expect(figureKeys(funnel, 'funnel-stage')).toEqual(FIXTURE_STAGES.map((stage) => stage.id));
    expect(figureValue(funnel, 'funnel-stage', 'lead')).toBe(5);
    expect(figureValue(funnel, 'funnel-stage', 'opportunity')).toBe(0);
  });

  it('lists breaches and escalations with links to the contacts’ logs', () => {
    const breaches = section(document, 'breaches');
    expect(figureValue(breaches, 'breach-rows')).toBe(2);
    expect(figureValue(breaches, 'breach-sla-breached')).toBe(1);
    const rows = findAll(breaches, (element) => element.name === 'tr' && element.attributes.has('data-contact-id'));
    expect(rows.map((row) => row.attributes.get('data-contact-id'))).toEqual(['1002', '1008']);
    expect(textOf(rows[0] as never)).toContain('Re-routed from Ben Okafor to Ana Ruiz');
    expect(findAll(rows[0] as never, (element) => element.name === 'a')[0]?.attributes.get('href')).toBe('#contact-1');
  });

  it('writes due and first-touch times as <time> with the instant, date and time each kept whole', () => {
    const times = findAll(section(document, 'breaches'), (element) => element.name === 'time');
    expect(times.length).toBeGreaterThanOrEqual(3);
    for (const time of times) {
      const parts = findAll(time, (element) => element.name === 'span').map(textOf);
      expect(parts).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), expect.stringMatching(/^\d{2}:\d{2} UTC$/)]);
      expect(Date.parse(time.attributes.get('datetime') ?? '')).toBe(Date.parse(`${parts[0]}T${parts[1]?.replace(' UTC', '')}Z`));
    }
  });

  it('shows data-quality flags and fixes by code, and import issues with line and column', () => {
    const dataQuality = section(document, 'data-quality');
    expect(figureValue(dataQuality, 'data-quality-flag', 'free_mail')).toBe(1);
    expect(figureValue(dataQuality, 'data-quality-fix', 'country')).toBe(2);
    const imports = section(document, 'import-issues');
    expect(figureValue(imports, 'import-issues-skipped')).toBe(1);
    expect(figureValue(imports, 'import-issues-dropped')).toBe(1);
    const skipped = findAll(imports, (element) => element.name === 'tr' && element.attributes.get('data-effect') === 'skipped');
    expect(skipped.map((row) => row.attributes.get('data-line'))).toEqual(['14']);
    expect(textOf(skipped[0] as never)).toContain('Create Date');
    expect(textOf(skipped[0] as never)).toContain('bad date "31/02/2026"');
  });

  it('lists the first 500 import issues, counts each skipped row once, and points to decisions.json for the rest', () => {
    const issues = Array.from({ length: 300 }, (_, i) => i + 2).flatMap((line) => [
      { file: 'contacts.csv', line, column: 'Create Date', message: 'bad date "x"', effect: 'skipped' as const },
      { file: 'contacts.csv', line, column: 'Number of Employees', message: '"50-200" is not a count', effect: 'skipped' as const },
    ]);
    const imports = section(render(simulationFixture({ importIssues: issues })).document, 'import-issues');
    expect(figureValue(imports, 'import-issues-skipped')).toBe(300);
    expect(figureValue(imports, 'import-issues-dropped')).toBe(0);
    expect(findAll(imports, (element) => element.name === 'tr' && element.attributes.get('data-effect') === 'skipped')).toHaveLength(500);
    expect(textOf(imports)).toContain('Showing the first 500 of 600. decisions.json lists every one under "importIssues".');
  });
});

describe('renderReportHtml: optional sections', () => {
  it('has no comparison or API section without a comparison or API usage', () => {
    expect(findById(document.root, 'comparison')).toBeUndefined();
    expect(findById(document.root, 'api-usage')).toBeUndefined();
  });

  it('adds the comparison section when the run has a comparison', () => {
    const compared = render(simulationFixtureWithComparison()).document;
    const comparison = section(compared, 'comparison');
    expect(figureValue(comparison, 'changed-owners')).toBe(2);
    expect(figureValue(comparison, 'sla-breaches-before')).toBe(1);
    expect(figureValue(comparison, 'sla-breaches-after')).toBe(0);
    expect(figureValue(comparison, 'mqls-before')).toBe(4);
    expect(figureValue(comparison, 'mqls-after')).toBe(3);
    expect(figureValue(comparison, 'share-after', '32')).toBeCloseTo(100 / 7, 3);
    const changed = findAll(comparison, (element) => element.name === 'tr' && element.attributes.has('data-contact-id'));
    expect(changed.map((row) => row.attributes.get('data-contact-id'))).toEqual(['1001', '1004']);
  });

  it('adds the API section with calls per endpoint and agreement with the rules for a through-api run', () => {
    const withApi = render(simulationFixture({ api: fixtureApiUsage(), meta: { ...simulationFixture().meta, mode: 'through-api' } })).document;
    const usage = section(withApi, 'api-usage');
    expect(figureValue(usage, 'api-calls')).toBe(1234);
    expect(figureValue(usage, 'api-endpoint', 'POST /crm/objects/2026-09/contacts/search')).toBe(900);
    expect(figureValue(usage, 'api-wall-time-ms')).toBe(65_000);
    expect(figureValue(usage, 'api-same-score')).toBe(8);
    expect(figureValue(usage, 'api-failures')).toBe(1);
    expect(textOf(usage)).toContain('1004 Priya Nair: score 64 by the rules, 62 through the API');
  });
});

describe('renderReportHtml: contacts and their logs', () => {
  it('resolves every in-page link of a small report without JavaScript', () => {
    const targets = findAll(document.root, (element) => element.name === 'a').map((element) => element.attributes.get('href') ?? '');
    expect(targets.length).toBeGreaterThan(9);
    for (const target of targets) expect(findById(document.root, target.slice(1))).toBeDefined();
  });

  it('links every contact’s row to an article holding its whole log, steps in order', () => {
    const result = simulationFixture();
    const contacts = section(document, 'contacts');
    const rows = findAll(contacts, (element) => element.name === 'tr' && element.attributes.has('data-contact-id'));
    expect(rows.map((row) => row.attributes.get('data-contact-id'))).toEqual(result.decisions.map((decision) => decision.contactId));
    result.decisions.forEach((decision, index) => {
      const href = findAll(rows[index] as never, (element) => element.name === 'a')[0]?.attributes.get('href') ?? '';
      const article = findById(document.root, href.slice(1));
      expect(article?.attributes.get('data-contact-id')).toBe(decision.contactId);
      const summaries = findAll(article as never, (element) => element.attributes.get('class') === 'step-summary').map(textOf);
      expect(summaries).toEqual(decision.log.map((step) => step.summary));
    });
  });

  it('embeds every decision for the script, including the contacts past the first page', () => {
    const result = syntheticSimulationResult(120);
    const page = render(result).document;
    const json = findById(page.root, 'contact-data');
    expect(json?.attributes.get('type')).toBe('application/json');
    const data = JSON.parse(textOf(json as never)) as { ids: string[]; logEnds: number[] };
    expect(data.ids).toEqual(result.decisions.map((decision) => decision.contactId));
    // logEnds counts numbers, two per step: [seconds after arrival, step index]
    const logLengths = data.logEnds.map((end, index) => (end - (index === 0 ? 0 : (data.logEnds[index - 1] ?? 0))) / 2);
    expect(logLengths).toEqual(result.decisions.map((decision) => decision.log.length));
    // only the first page is pre-rendered, and says so
    expect(findAll(section(page, 'contacts'), (element) => element.name === 'tr' && element.attributes.has('data-contact-id'))).toHaveLength(50);
    expect(textOf(findById(page.root, 'contacts-static-note') as never)).toContain('first 50 of 120');
  });
});

/** A text of the embedded data back as a string: its template's pieces with its numbers between them. */
function decodedText(templates: string[][], text: number | (number | string)[]): string {
  const [template, ...numbers] = typeof text === 'number' ? [text] : text;
  const pieces = templates[Number(template)] ?? [];
  return pieces.map((piece, index) => (index === 0 ? piece : `${String(numbers[index - 1])}${piece}`)).join('');
}

describe('renderReportHtml: hostile input', () => {
  const SCRIPT_NAME = `<script>alert("x")</script> O'Brien & "Co" <img src=x onerror=alert(1)>`;
  const CLOSER = '</script><script>alert(2)</script>';

  function hostileResult(): SimulationResult {
    const result = simulationFixtureWithComparison();
    const [first, ...rest] = result.decisions;
    if (!first) throw new Error('fixture changed');
    const hostile = {
      ...first,
      name: SCRIPT_NAME,
      company: CLOSER,
      dataQuality: { fixes: first.dataQuality.fixes, flags: [{ code: '"><b>x</b>', text: CLOSER }] },
      log: first.log.map((step) => ({ ...step, summary: `${step.summary} ${CLOSER}`, reasons: [...step.reasons, SCRIPT_NAME] })),
    };
    return {
      ...result,
      meta: { ...result.meta, configName: `</title><script>alert(3)</script>` },
      reps: result.reps.map((rep) => (rep.ownerId === ANA.ownerId ? { ...rep, name: SCRIPT_NAME } : rep)),
      decisions: [hostile, ...rest],
      importIssues: [{ file: 'x.csv', line: 2, column: '"><script>', message: CLOSER, effect: 'skipped' }],
    };
  }

  const hostileHtml = renderReportHtml(hostileResult());

  it('still parses strictly, with only the report’s own two scripts and no injected elements', () => {
    const page = parseHtmlStrictly(hostileHtml);
    expect(findAll(page.root, (element) => element.name === 'script')).toHaveLength(2);
    expect(findAll(page.root, (element) => element.name === 'img' || element.name === 'b')).toEqual([]);
    expect(findAll(page.root, (element) => [...element.attributes.keys()].some((name) => name.startsWith('on')))).toEqual([]);
  });

  it('shows the hostile name as the text it is', () => {
    const page = parseHtmlStrictly(hostileHtml);
    const row = findAll(section(page, 'contacts'), (element) => element.name === 'tr' && element.attributes.get('data-contact-id') === '1001')[0];
    expect(textOf(findAll(row as never, (element) => element.name === 'a')[0] as never)).toBe(SCRIPT_NAME);
    expect(textOf(findById(page.root, 'contact-0-title') as never)).toBe(SCRIPT_NAME);
    const head = findAll(page.root, (element) => element.name === 'head')[0];
    expect(head?.children.filter((node) => typeof node !== 'string' && node.name === 'title').map(textOf)).toEqual(['LeadOps simulation report: </title><script>alert(3)</script>']);
  });

  it('keeps hostile text inside the embedded JSON, which reads back unchanged', () => {
    const page = parseHtmlStrictly(hostileHtml);
    const json = textOf(findById(page.root, 'contact-data') as never);
    expect(json.toLowerCase()).not.toContain('</script');
    const data = JSON.parse(json) as { templates: string[][]; texts: (number | (number | string)[])[]; names: string[] };
    expect(data.names[0]).toBe(SCRIPT_NAME);
    expect(data.texts.map((text) => decodedText(data.templates, text))).toContain(CLOSER);
  });
});

describe('renderReportHtml: size', () => {
  it('keeps a 2,000-contact report to a few megabytes', () => {
    const big = renderReportHtml(syntheticSimulationResult(2_000));
    expect(Buffer.byteLength(big)).toBeLessThan(3 * 1024 * 1024);
    expect(() => parseHtmlStrictly(big)).not.toThrow();
  });
});

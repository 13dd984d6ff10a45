import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanContact, evaluateLifecycle, evaluateSla, parseConfig, scoreLead, withScoreProperties, type LeadOpsConfig } from '@leadops/rules';
import { repProfiles, routingRepsAt } from '@leadops/serverless';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { loadPortalFiles } from '../../cli/src/import/load-portal-files';
import { buildSamples } from '../../samples/generate/build-samples';
import { DEFAULT_CONFIG_FILE } from '../../samples/generate/write-samples';
import type { ContactDecision, SimulationResult } from '../../cli/src/simulate/simulation-result';
import { PROJECT_ROOT, runLeadops } from '../support/run-tsx';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, found);
  if ('content' in node && node.content) elements(node.content, found);
  return found;
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');

describe('leadops simulate on the samples (what `npm start` runs)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'leadops-simulate-'));
  let run: ReturnType<typeof runLeadops>;
  let result: SimulationResult;
  let page: Element[];
  const figure = (name: string, key?: string) => {
    const found = page.filter((e) => attr(e, 'data-figure') === name && (key === undefined || attr(e, 'data-key') === key));
    if (found.length === 0) throw new Error(`report.html has no data-figure="${name}"${key ? ` for ${key}` : ''}`);
    return Number(attr(found[0] as Element, 'data-value'));
  };

  beforeAll(() => {
    run = runLeadops(['simulate', '--out', out], { timeoutMs: 180_000 });
    result = JSON.parse(readFileSync(path.join(out, 'decisions.json'), 'utf8')) as SimulationResult;
    page = elements(parse(readFileSync(path.join(out, 'report.html'), 'utf8')));
  }, 200_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0, prints the summary and names both files', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^LeadOps simulate: 2,000 leads/m);
    expect(run.stdout).toContain(`Report:    ${path.relative(PROJECT_ROOT, path.join(out, 'report.html'))}`);
    expect(run.stderr).toContain('line 943, column "Create Date": bad date');
  });

  it('writes one decision per imported contact, and reports the skipped rows with line and column', () => {
    const imported = loadPortalFiles(path.join(PROJECT_ROOT, 'samples'));
    expect(result.decisions.map((d) => d.contactId).sort()).toEqual(imported.portal.contacts.map((c) => c.id).sort());
    expect(result.importIssues).toEqual(imported.issues);
    expect(figure('import-issues-skipped')).toBe(new Set(imported.issues.filter((i) => i.effect === 'skipped').map((i) => `${i.file}:${i.line}`)).size);
  });

  it('judges each first touch by the SLA policy its clock started with, also for leads that became MQLs before the touch', () => {
    const touched = result.decisions.flatMap((decision) => decision.log.filter((e) => e.kind === 'touch').map((touch) => ({ decision, touch })));
    expect(touched.length).toBeGreaterThan(1000);
    for (const { decision, touch } of touched) {
      const label = decision.sla?.policyLabel;
      // A lead assigned with no clock (no policy applied then) is not judged by one at its touch.
      const expected = label ? `${label} applies` : 'No SLA clock ran';
      expect([decision.contactId, touch.reasons[0]?.startsWith(expected), label ? decision.sla?.status : 'no_policy']).toEqual([decision.contactId, true, decision.sla?.status]);
    }
    // The case that matters: assigned on the 4-hour lead policy, scored into an MQL before the rep's touch.
    const becameMql = touched.filter(({ decision, touch }) => decision.sla?.policyId === 'lead-first-touch' && decision.log.some((e) => e.kind === 'score' && e.at < touch.at && e.reasons.some((r) => r.startsWith('MQL: score'))));
    expect(becameMql.length).toBeGreaterThan(10);
  });

  it('makes the decisions the rules make: score, stage and SLA due time recomputed independently', () => {
    const imported = loadPortalFiles(path.join(PROJECT_ROOT, 'samples'));
    const parsed = parseConfig(imported.config);
    if (!parsed.ok) throw new Error('the sample config does not parse');
    const config: LeadOpsConfig = parsed.config;
    const contacts = new Map(imported.portal.contacts.map((c) => [c.id, c]));
    const users = new Map(imported.portal.users.map((u) => [u.properties['hs_internal_user_id'] ?? '', u.properties]));
    const profiles = repProfiles(config, imported.portal.owners, users).profiles;
    let slaChecked = 0;
    for (const decision of result.decisions) {
      const contact = contacts.get(decision.contactId);
      if (!contact) throw new Error(`decision for unknown contact ${decision.contactId}`);
      // The decision holds the latest score: on arrival, or after the last form or meeting.
      const scoredAt = decision.log.filter((e) => e.kind === 'score').at(-1)?.at ?? decision.arrivedAt;
      const latest = scoreLead(cleanContact({ ...contact, activities: (contact.activities ?? []).filter((a) => a.at <= scoredAt) }, config).contact, config, scoredAt);
      expect([decision.contactId, decision.score.total, decision.score.mql]).toEqual([decision.contactId, latest.total, latest.mql.qualifies]);
      const cleaned = cleanContact({ ...contact, activities: (contact.activities ?? []).filter((a) => a.at <= decision.arrivedAt) }, config);
      const score = scoreLead(cleaned.contact, config, decision.arrivedAt);
      if (decision.handoff === null && scoredAt === decision.arrivedAt) expect([decision.contactId, decision.lifecycle.stageId]).toEqual([decision.contactId, evaluateLifecycle(cleaned.contact, config, decision.arrivedAt, score).recommended.id]);
      const firstRoute = decision.log.find((e) => e.kind === 'route' && e.summary.startsWith('Routed'));
      if (decision.sla?.dueAt && decision.escalations.every((e) => e.action !== 'reroute') && firstRoute?.at === decision.arrivedAt) {
        const rep = routingRepsAt(profiles, decision.arrivedAt).find((r) => r.ownerId === decision.sla?.ownerId);
        if (!rep) throw new Error(`unknown owner ${decision.sla.ownerId}`);
        const sla = evaluateSla({ contact: { ...cleaned.contact, properties: withScoreProperties(cleaned.contact, score) }, ownerId: rep.ownerId, calendar: rep.calendar, assignedAt: decision.arrivedAt, firstTouchAt: decision.sla.firstTouchAt }, config, decision.sla.firstTouchAt ?? result.meta.window.to);
        expect([decision.contactId, decision.sla.dueAt]).toEqual([decision.contactId, sla.dueAt]);
        slaChecked += 1;
      }
    }
    expect(slaChecked).toBeGreaterThan(1000);
  });

  it("shows in the report the same figures decisions.json holds, counted here from the decisions", () => {
    const decisions: readonly ContactDecision[] = result.decisions;
    // every clock counts, including one that ran out before a re-route
    const clocks = decisions.flatMap((d) => (d.sla === null ? [] : [...(d.earlierClocks ?? []), d.sla]));
    const met = clocks.filter((clock) => clock.status === 'met').length;
    const breached = clocks.filter((clock) => clock.status === 'breached').length;
    expect(figure('contacts')).toBe(decisions.length);
    expect(figure('routed')).toBe(decisions.filter((d) => d.route?.outcome === 'assigned').length);
    expect(figure('queued')).toBe(decisions.filter((d) => d.route?.outcome === 'queued').length);
    expect(figure('mqls')).toBe(decisions.filter((d) => d.score.mql).length);
    expect(figure('sla-compliance')).toBeCloseTo((met / (met + breached)) * 100, 1);
    for (const rep of result.reps) expect([rep.ownerId, figure('fairness-assigned', rep.ownerId)]).toEqual([rep.ownerId, decisions.filter((d) => d.route?.ownerId === rep.ownerId).length]);
    expect(figure('contact-count')).toBe(decisions.length);
  });

  it("flags the sample people's second records as probable duplicates of their first, and counts them in the report", () => {
    const samples = buildSamples(readFileSync(DEFAULT_CONFIG_FILE, 'utf8'));
    const byId = new Map(result.decisions.map((d) => [d.contactId, d]));
    const normalised = (email: string | null | undefined) => email?.trim().toLowerCase();
    // A second record with the first one's address, retyped, is always found; one with a personal address
    // only when it kept the phone and name (a name at a free-mail provider is no evidence).
    const sameAddress = samples.secondRecords.filter((pair) => normalised(byId.get(pair.recordId)?.email) === normalised(byId.get(pair.firstRecordId)?.email));
    expect(sameAddress.length).toBeGreaterThan(samples.secondRecords.length / 2);
    for (const pair of sameAddress) expect([pair.recordId, byId.get(pair.recordId)?.dataQuality.duplicateOf?.contactId]).toEqual([pair.recordId, pair.firstRecordId]);
    // A first record is never the one flagged: the earlier record is the one that arrived first.
    const firsts = new Set(samples.secondRecords.map((pair) => pair.firstRecordId));
    const flagged = result.decisions.filter((d) => d.dataQuality.duplicateOf !== undefined);
    for (const decision of flagged) {
      expect(firsts.has(decision.contactId)).toBe(false);
      expect(decision.arrivedAt).toBeGreaterThanOrEqual(byId.get(decision.dataQuality.duplicateOf?.contactId ?? '')?.arrivedAt ?? Infinity);
    }
    const twoReps = flagged.filter((d) => d.dataQuality.duplicateOf?.owner && d.dataQuality.duplicateOf.earlierOwner && d.dataQuality.duplicateOf.owner.ownerId !== d.dataQuality.duplicateOf.earlierOwner.ownerId);
    expect(twoReps.length).toBeGreaterThan(0);
    expect(figure('data-quality-duplicates')).toBe(flagged.length);
    expect(figure('data-quality-duplicates-two-reps')).toBe(twoReps.length);
    expect(figure('data-quality-flag', 'possible_duplicate')).toBe(flagged.length);
    expect(run.stdout).toContain(`duplicates   ${flagged.length} contacts look like a second record of an earlier one; ${twoReps.length} went to a second rep`);
  });

  it('is self-contained: no script, style, image or link fetched from anywhere', () => {
    const external = page.filter((e) => ['src', 'href'].some((name) => /^(https?:)?\/\//.test(attr(e, name) ?? '')) || (e.tagName === 'link' && attr(e, 'rel') === 'stylesheet'));
    expect(external.map((e) => e.tagName)).toEqual([]);
    const styles = page.filter((e) => e.tagName === 'style').map(text).join('');
    expect(styles).not.toMatch(/@import|url\(\s*['"]?https?:/);
  });

  it("embeds every contact's decision log for the searchable table", () => {
    const data = page.find((e) => e.tagName === 'script' && attr(e, 'id') === 'contact-data');
    if (!data) throw new Error('report.html has no contact-data script');
    const embedded = JSON.stringify(JSON.parse(text(data)) as unknown);
    for (const decision of result.decisions) expect(embedded.includes(`"${decision.contactId}"`) || embedded.includes(`:${decision.contactId},`)).toBe(true);
  });
});

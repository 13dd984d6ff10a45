import { FIXTURE_IMPORT_ISSUES, FIXTURE_STAGES, simulationFixture } from '../../test-support/simulation-fixture';
import type { ContactDecision, DuplicateOf } from '../simulate/simulation-result';
import { reportFigures, reportFiguresTally } from './report-figures';

/**
 * Expected values are counted by hand from the nine fixture contacts (see the comments in
 * simulation-fixture.ts): 1001 Maya (MQL, met 12 min, accepted), 1002 Tom (breached 290 min, three
 * escalations), 1003 Lee (queued), 1004 Priya (MQL, met 25 min, rejected → nurture), 1005 Sam (not
 * routed), 1006 Ines (MQL, open, pending), 1007 Omar (met 100 min), 1008 Julia (MQL, met 5 min, handoff
 * overdue with two escalations), 1009 Victor (named owner, no policy, never touched).
 */
const figures = reportFigures(simulationFixture());

describe('reportFigures: summary', () => {
  it('counts contacts by routing outcome and MQLs', () => {
    expect(figures.summary).toMatchObject({ contacts: 9, routed: 7, queued: 1, notRouted: 1, mqls: 4 });
  });

  it('counts SLA outcomes and computes compliance over decided clocks only (4 met ÷ 5 decided)', () => {
    expect(figures.summary.sla).toEqual({ met: 4, breached: 1, open: 1, noPolicy: 1, compliancePercent: 80 });
  });

  it('takes median and p90 of working minutes to first touch over the five touched contacts', () => {
    // 5, 12, 25, 100, 290 → median 25; p90 at rank 3.6 = 100 + 0.6 × 190
    expect(figures.summary.firstTouch.workingMinutes.count).toBe(5);
    expect(figures.summary.firstTouch.workingMinutes.median).toBe(25);
    expect(figures.summary.firstTouch.workingMinutes.p90).toBeCloseTo(214, 6);
  });

  it('measures wall-clock hours from arrival to first touch', () => {
    // the fixture's clocks start at arrival and run without a break: hours = minutes ÷ 60
    expect(figures.summary.firstTouch.wallClockHours.median).toBeCloseTo(25 / 60, 6);
    expect(figures.summary.firstTouch.wallClockHours.p90).toBeCloseTo(214 / 60, 6);
  });

  it('counts escalations by action in ladder order, split by clock', () => {
    expect(figures.summary.escalations.total).toBe(5);
    expect(figures.summary.escalations.byAction).toEqual([
      { action: 'task_owner', count: 2, onSla: 1, onHandoff: 1 },
      { action: 'notify_manager', count: 2, onSla: 1, onHandoff: 1 },
      { action: 'reroute', count: 1, onSla: 1, onHandoff: 0 },
    ]);
  });

  it('counts handoffs by answer and nurture enrolments by track', () => {
    expect(figures.summary.handoffs).toEqual({ offered: 4, accepted: 1, rejected: 1, overdue: 1, pending: 1 });
    expect(figures.summary.nurture).toEqual({ enrolments: 1, byTrack: [{ trackId: 'long-nurture', label: 'Quarterly check-in', count: 1 }] });
  });

  it('counts data-quality fixes and flags, and import issues by effect', () => {
    expect(figures.summary.dataQuality).toEqual({ fixes: 4, flags: 2, contactsFixed: 4, contactsFlagged: 2 });
    expect(figures.summary.importIssues).toEqual({ total: 2, skippedRows: 1, droppedValues: 1 });
  });

  it('counts a skipped row once however many of its cells are bad', () => {
    const [badDate, droppedValue] = FIXTURE_IMPORT_ISSUES;
    if (!badDate || !droppedValue) throw new Error('fixture import issues changed');
    const badCount = { ...badDate, column: 'Number of Employees', message: '"50-200" is not a count' };
    const otherFile = { ...badDate, file: 'samples/activities.csv' };
    const summary = reportFigures(simulationFixture({ importIssues: [badDate, badCount, otherFile, droppedValue] })).summary;
    expect(summary.importIssues).toEqual({ total: 4, skippedRows: 2, droppedValues: 1 });
  });
});

describe('reportFigures: fairness', () => {
  it('compares each rep’s assigned leads with expectedLeads', () => {
    const rows = figures.fairness.map((rep) => [rep.name, rep.assigned, rep.expected, rep.deviationPercent]);
    expect(rows).toEqual([
      ['Ana Ruiz', 3, 2, 50],
      ['Ben Okafor', 1, 2, -50],
      ['Gus Lind', 2, 1, 100],
      ['Hana Sato', 0, 1, -100],
      ['Vera Novak', 1, 1, 0],
    ]);
  });

  it('gives each rep’s share of the 7 assigned leads and of the 7 expected', () => {
    const ana = figures.fairness.find((rep) => rep.ownerId === '11');
    expect(ana?.sharePercent).toBeCloseTo((3 / 7) * 100, 6);
    expect(ana?.expectedSharePercent).toBeCloseTo((2 / 7) * 100, 6);
  });

  it('adds an owner who got leads but is not among the reps, due nothing', () => {
    const result = simulationFixture();
    const withoutVera = reportFigures({ ...result, reps: result.reps.filter((rep) => rep.ownerId !== '99') });
    expect(withoutVera.fairness.find((rep) => rep.ownerId === '99')).toMatchObject({ name: 'Vera Novak', assigned: 1, expected: 0, deviationPercent: null });
  });
});

describe('reportFigures: time to first touch', () => {
  it('puts working minutes into buckets that include their lower edge', () => {
    // 5 and 12 → 5–15; 25 → 15–30; 100 → 60–120; 290 → 240+
    expect(figures.firstTouch.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['0–5', 0], ['5–15', 2], ['15–30', 1], ['30–60', 0], ['60–120', 1], ['120–240', 0], ['240+', 1],
    ]);
  });

  it('counts assigned contacts nobody touched, the open clock included', () => {
    expect(figures.firstTouch.neverTouched).toBe(2);
  });
});

describe('reportFigures: SLA compliance', () => {
  it('groups SLA outcomes by the owner’s team, no-team last', () => {
    expect(figures.slaCompliance.byTeam.map(({ team, met, breached, open, noPolicy }) => ({ team, met, breached, open, noPolicy }))).toEqual([
      { team: 'emea', met: 2, breached: 1, open: 1, noPolicy: 0 },
      { team: 'na', met: 2, breached: 0, open: 0, noPolicy: 0 },
      { team: null, met: 0, breached: 0, open: 0, noPolicy: 1 },
    ]);
    expect(figures.slaCompliance.byTeam[0]?.compliancePercent).toBeCloseTo((2 / 3) * 100, 6);
    expect(figures.slaCompliance.byTeam[2]?.compliancePercent).toBeNull();
  });

  it('counts a clock that ran out before a re-route as a breach, even when the next owner met theirs', () => {
    const fixture = simulationFixture();
    // 1001 Maya met her SLA; say a first owner had let an earlier clock run out before she was re-routed
    const rerouted = fixture.decisions.map((decision) => (decision.contactId === '1001' && decision.sla ? { ...decision, earlierClocks: [{ ...decision.sla, ownerId: 'earlier-owner', status: 'breached' as const }] } : decision));
    const withEarlier = reportFigures({ ...fixture, decisions: rerouted });
    expect(withEarlier.summary.sla).toMatchObject({ met: 4, breached: 2, compliancePercent: (4 / 6) * 100 });
    expect(withEarlier.slaCompliance.byTeam.reduce((sum, row) => sum + row.breached, 0)).toBe(2);
  });

  it("puts an earlier owner's breach on that owner's team, not on the team of the rep who got the lead next", () => {
    const fixture = simulationFixture();
    // 1007 Omar met his SLA with an NA rep; before that, an EMEA rep (Ana, 11) let a first clock run out.
    const omar = fixture.decisions.find((decision) => decision.contactId === '1007');
    const finalTeam = omar?.route?.team;
    const earlierTeam = fixture.reps.find((rep) => rep.ownerId === '11')?.team;
    expect([finalTeam, earlierTeam]).toEqual(['na', 'emea']);
    const rerouted = fixture.decisions.map((decision) => (decision === omar && decision.sla ? { ...decision, earlierClocks: [{ ...decision.sla, ownerId: '11', status: 'breached' as const }] } : decision));
    const byTeam = reportFigures({ ...fixture, decisions: rerouted }).slaCompliance.byTeam;
    expect(byTeam.find((row) => row.team === 'emea')?.breached).toBe(2);
    expect(byTeam.find((row) => row.team === 'na')?.breached).toBe(0);
  });

  it('groups by hour of arrival in UTC, with all 24 hours present', () => {
    const hours = figures.slaCompliance.byHourUtc;
    expect(hours).toHaveLength(24);
    expect(hours[9]).toMatchObject({ met: 1, breached: 0, compliancePercent: 100 });
    expect(hours[10]).toMatchObject({ met: 0, breached: 1, compliancePercent: 0 });
    expect(hours[17]).toMatchObject({ open: 1, compliancePercent: null });
    expect(hours[3]).toMatchObject({ met: 0, breached: 0, open: 0, noPolicy: 0, compliancePercent: null });
  });
});

describe('reportFigures: scores and funnel', () => {
  it('counts total scores in bands of 10 with the MQLs of each band', () => {
    const bands = figures.scores.buckets.map((bucket) => [bucket.from, bucket.count, bucket.mqls]);
    expect(bands).toEqual([[0, 1, 0], [10, 0, 0], [20, 1, 0], [30, 1, 0], [40, 1, 0], [50, 1, 0], [60, 2, 2], [70, 1, 1], [80, 1, 1], [90, 0, 0], [100, 0, 0]]);
    expect(figures.scores.mqlThreshold).toBe(60);
  });

  it('puts a score of exactly 100 in the top band, and a negative one in the bottom band', () => {
    const result = simulationFixture();
    const [first, second, ...rest] = result.decisions;
    if (!first || !second) throw new Error('fixture changed');
    const edges = reportFigures({ ...result, decisions: [{ ...first, score: { ...first.score, total: 100 } }, { ...second, score: { ...second.score, total: -5 } }, ...rest] });
    expect(edges.scores.buckets[10]?.count).toBe(1);
    expect(edges.scores.buckets[0]?.count).toBe(2);
  });

  it('lists every configured stage in config order, empty ones included', () => {
    expect(figures.funnel.map((stage) => [stage.stageId, stage.count])).toEqual([
      ['subscriber', 1], ['lead', 5], ['mql', 2], ['sql', 1], ['opportunity', 0], ['customer', 0], ['evangelist', 0], ['other', 0],
    ]);
  });

  it('orders stages by HubSpot’s default order when the run knows no stage order, not by first appearance', () => {
    // the first contact is an SQL, yet subscribers and leads come first
    const fixture = simulationFixture();
    const fallback = reportFigures({ ...fixture, meta: { ...fixture.meta, stages: [] } });
    expect(fallback.funnel.map((stage) => stage.stageId)).toEqual(['subscriber', 'lead', 'mql', 'sql']);
  });

  it('lets the caller override the threshold and the stage order of the meta', () => {
    const overridden = reportFigures(simulationFixture(), { mqlThreshold: 70, lifecycleStages: [{ id: 'sql', label: 'SQL' }, { id: 'lead', label: 'Lead' }] });
    expect(overridden.scores.mqlThreshold).toBe(70);
    expect(overridden.funnel.map((stage) => [stage.stageId, stage.label])).toEqual([['sql', 'SQL'], ['lead', 'Lead'], ['subscriber', 'Subscriber'], ['mql', 'Marketing qualified lead']]);
  });
});

describe('reportFigures: breaches and data quality', () => {
  it('lists the breached contact and the contact whose handoff escalated, linking to their decisions', () => {
    expect(figures.breaches.map((row) => [row.contactId, row.contactIndex, row.slaStatus, row.escalations.length])).toEqual([
      ['1002', 1, 'breached', 3],
      ['1008', 7, 'met', 2],
    ]);
    expect(figures.breaches[0]).toMatchObject({ owner: 'Ana Ruiz', team: 'emea', allowedWorkingMinutes: 240, workingMinutesToTouch: 290 });
  });

  it('lists a re-routed contact whose earlier owner breached, although its last owner met the SLA', () => {
    const fixture = simulationFixture();
    const maya = fixture.decisions.find((decision) => decision.contactId === '1001');
    expect([maya?.sla?.status, maya?.escalations.length]).toEqual(['met', 0]);
    const rerouted = fixture.decisions.map((decision) => (decision === maya && decision.sla ? { ...decision, earlierClocks: [{ ...decision.sla, ownerId: '12', status: 'breached' as const }] } : decision));
    const row = reportFigures({ ...fixture, decisions: rerouted }).breaches.find((r) => r.contactId === '1001');
    expect(row).toMatchObject({ slaStatus: 'met', breachedBeforeReroute: true });
  });

  it('groups flags by code and fixes by property, most frequent first, with examples', () => {
    expect(figures.dataQuality.flagsByCode.map((group) => [group.code, group.count, group.examples.map((e) => e.name)])).toEqual([
      ['free_mail', 1, ['Sam Ortiz']],
      ['role_address', 1, ['Omar Haddad']],
    ]);
    expect(figures.dataQuality.fixesByProperty.map((group) => [group.property, group.count])).toEqual([['country', 2], ['email', 1], ['phone', 1]]);
    expect(figures.dataQuality.fixesByProperty[0]?.examples.map((e) => [e.name, e.from, e.to])).toEqual([['Sam Ortiz', 'United Kingdom', 'GB'], ['Victor Lang', 'UK', 'GB']]);
  });

  it('counts a contact with two flags of one code once, showing both sentences in its example', () => {
    const fixture = simulationFixture();
    const twoMissing = fixture.decisions.map((decision) => (decision.contactId === '1001' ? { ...decision, dataQuality: { ...decision.dataQuality, flags: [{ code: 'missing_fit_field', text: 'Job title is empty' }, { code: 'missing_fit_field', text: 'Number of employees is empty' }] } } : decision));
    const group = reportFigures({ ...fixture, decisions: twoMissing }).dataQuality.flagsByCode.find((g) => g.code === 'missing_fit_field');
    expect(group?.count).toBe(1);
    expect(group?.examples.map((e) => e.text)).toEqual(['Job title is empty; Number of employees is empty']);
  });
});

describe('reportFigures: probable duplicates', () => {
  const fixture = simulationFixture();
  const owner = (ownerId: string, name: string) => ({ ownerId, name });
  const marks: Readonly<Record<string, DuplicateOf>> = {
    // Omar's record is Maya's person again, routed to another rep; Priya's is Tom's, kept by the same rep.
    '1007': { contactId: '1001', name: 'Maya Chen', reasons: ['same email maya@example.com'], earlierOwner: owner('1', 'Ana'), owner: owner('2', 'Ben') },
    '1004': { contactId: '1002', name: 'Tom Reed', reasons: ['same phone +14155550100 and name "tom reed"'], earlierOwner: owner('1', 'Ana'), owner: owner('1', 'Ana') },
    // An earlier record the run does not hold (it arrived after --until).
    '1008': { contactId: '999', name: null, reasons: ['same email x@example.com'], earlierOwner: null, owner: owner('2', 'Ben') },
  };
  const decisions = fixture.decisions.map((decision) => {
    const duplicateOf = marks[decision.contactId];
    return duplicateOf ? { ...decision, dataQuality: { ...decision.dataQuality, duplicateOf } } : decision;
  });

  it('counts them, those routed to a second rep apart, and lists those first, linking each earlier record, whatever order decisions come in', () => {
    const tally = reportFiguresTally(fixture);
    for (let index = decisions.length - 1; index >= 0; index -= 1) tally.add(decisions[index] as ContactDecision, index);
    const duplicates = tally.result(fixture.reps).dataQuality.duplicates;
    const at = (contactId: string) => decisions.findIndex((d) => d.contactId === contactId);
    expect({ records: duplicates.records, twoReps: duplicates.twoReps }).toEqual({ records: 3, twoReps: 1 });
    expect(duplicates.examples.map((example) => [example.contactIndex, example.earlier.contactIndex, example.earlier.name, example.earlierOwner, example.owner])).toEqual([
      [at('1007'), at('1001'), 'Maya Chen', 'Ana', 'Ben'],
      [at('1004'), at('1002'), 'Tom Reed', 'Ana', 'Ana'],
      [at('1008'), null, 'Contact 999', null, 'Ben'],
    ]);
  });
});

describe('reportFigures: an empty run', () => {
  it('reports zeros and nulls instead of dividing by zero', () => {
    const empty = reportFigures(simulationFixture({ decisions: [], importIssues: [], reps: [] }));
    expect(empty.summary).toMatchObject({ contacts: 0, routed: 0, sla: { compliancePercent: null } });
    expect(empty.summary.firstTouch.workingMinutes).toEqual({ count: 0, median: null, p90: null });
    expect(empty.funnel.map((stage) => stage.stageId)).toEqual(FIXTURE_STAGES.map((stage) => stage.id));
    expect(empty.funnel.every((stage) => stage.count === 0 && stage.percentOfContacts === 0)).toBe(true);
    expect(empty.fairness).toEqual([]);
  });
});

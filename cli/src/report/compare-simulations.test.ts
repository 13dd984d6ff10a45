import { simulationFixture, simulationFixtureWithComparison } from '../../test-support/simulation-fixture';
import { compareSimulations, comparisonSummaryLines } from './compare-simulations';

describe('compareSimulations', () => {
  it('is null for a run without a comparison', () => {
    expect(compareSimulations(simulationFixture())).toBeNull();
  });

  // Under "EMEA weighted", Maya Chen (1001) goes Ana → Ben by another rule and Priya Nair (1004) Gus → Hana.
  const comparison = compareSimulations(simulationFixtureWithComparison());

  it('lists the contacts that change owner, with owners and rules before and after', () => {
    expect(comparison?.compared).toBe(9);
    expect(comparison?.changedOwners.count).toBe(2);
    expect(comparison?.changedOwners.rows).toEqual([
      { contactIndex: 0, contactId: '1001', name: 'Maya Chen', ownerBefore: 'Ana Ruiz', ownerAfter: 'Ben Okafor', ruleBefore: 'EMEA', ruleAfter: 'EMEA weighted' },
      { contactIndex: 3, contactId: '1004', name: 'Priya Nair', ownerBefore: 'Gus Lind', ownerAfter: 'Hana Sato', ruleBefore: 'Everyone else', ruleAfter: 'Everyone else' },
    ]);
  });

  it('gives each rep’s leads and share of the 7 assigned leads under both configs', () => {
    const shares = comparison?.shares.map((share) => [share.name, share.before, share.after]);
    expect(shares).toEqual([['Ana Ruiz', 3, 2], ['Ben Okafor', 1, 2], ['Gus Lind', 2, 1], ['Hana Sato', 0, 1], ['Vera Novak', 1, 1]]);
    expect(comparison?.shares[0]?.shareBeforePercent).toBeCloseTo((3 / 7) * 100, 6);
    expect(comparison?.shares[0]?.shareAfterPercent).toBeCloseTo((2 / 7) * 100, 6);
  });

  it('counts SLA breaches and MQLs before and after', () => {
    expect(comparison?.slaBreaches).toEqual({ before: 1, after: 0 });
    expect(comparison?.mqls).toEqual({ before: 4, after: 3 });
    expect(comparison?.routed).toEqual({ before: 7, after: 7 });
  });

  it('counts a contact whose first clock ran out before a re-route as breached, whatever its last clock says', () => {
    const result = simulationFixtureWithComparison();
    if (!result.comparison) throw new Error('fixture changed');
    const reroutedAfter = result.comparison.decisions.map((decision) => (decision.contactId === '1001' && decision.sla ? { ...decision, earlierClocks: [{ ...decision.sla, status: 'breached' as const }] } : decision));
    expect(compareSimulations({ ...result, comparison: { ...result.comparison, decisions: reroutedAfter } })?.slaBreaches).toEqual({ before: 1, after: 1 });
  });

  it('treats a move from a queue to a rep as a change of owner', () => {
    const result = simulationFixtureWithComparison();
    if (!result.comparison) throw new Error('fixture changed');
    const lee = result.decisions[2];
    const ana = result.decisions[0]?.route ?? null;
    if (!lee || !ana) throw new Error('fixture changed');
    const decisions = result.comparison.decisions.map((decision) => (decision.contactId === lee.contactId ? { ...decision, route: ana } : decision));
    const moved = compareSimulations({ ...result, comparison: { ...result.comparison, decisions } });
    expect(moved?.changedOwners.rows.find((row) => row.contactId === '1003')).toMatchObject({ ownerBefore: 'Queue: unassigned', ownerAfter: 'Ana Ruiz', ruleBefore: null });
    expect(moved?.queued).toEqual({ before: 1, after: 0 });
  });

  it('counts contacts found in only one run instead of comparing them', () => {
    const result = simulationFixtureWithComparison();
    if (!result.comparison) throw new Error('fixture changed');
    const fewer = compareSimulations({ ...result, comparison: { ...result.comparison, decisions: result.comparison.decisions.slice(1) } });
    expect(fewer?.compared).toBe(8);
    expect(fewer?.onlyInOneRun).toBe(1);
    expect(fewer?.changedOwners.count).toBe(1);
  });
});

describe('comparisonSummaryLines', () => {
  it('says how many contacts change owner and how the totals and shares move', () => {
    const comparison = compareSimulations(simulationFixtureWithComparison());
    if (!comparison) throw new Error('no comparison');
    const lines = comparisonSummaryLines(comparison);
    expect(lines[0]).toBe('Compared with "EMEA weighted": 2 of 9 contacts change owner.');
    expect(lines[1]).toBe('Routed 7 → 7, queued 1 → 1, MQLs 4 → 3, contacts with a breached SLA 1 → 0.');
    // Ana 43% → 29%, Ben 14% → 29%, Gus 29% → 14%, Hana 0% → 14%; Vera unchanged is left out
    expect(lines[2]).toContain('Ana Ruiz 43% → 29%');
    expect(lines[2]).toContain('Hana Sato 0% → 14%');
    expect(lines[2]).not.toContain('Vera');
    expect(lines).toHaveLength(3);
  });
});

import { simulationFixture, syntheticSimulationResult } from '../../test-support/simulation-fixture';
import { decisionJson, parsedDecision, serialisedDecision } from './serialised-decision';

describe('SerialisedDecision', () => {
  const decisions = [...simulationFixture().decisions, ...syntheticSimulationResult(40).decisions];

  it('writes the same JSON as stringifying the whole decision, so decisions.json keeps its layout', () => {
    for (const decision of decisions) expect(decisionJson(serialisedDecision(decision))).toBe(JSON.stringify(decision));
  });

  it('parses back to the decision it was made from, log steps and non-ASCII names included', () => {
    expect(decisions.some((d) => /[^\x20-\x7e]/.test(JSON.stringify(d)))).toBe(true);
    for (const decision of decisions) expect(parsedDecision(serialisedDecision(decision))).toEqual(decision);
  });

  it('writes an empty log as an empty array', () => {
    const [first] = decisions;
    if (!first) throw new Error('the fixture has no decision');
    const json = decisionJson(serialisedDecision({ ...first, log: [] }));
    expect((JSON.parse(json) as { log: unknown[] }).log).toEqual([]);
  });
});

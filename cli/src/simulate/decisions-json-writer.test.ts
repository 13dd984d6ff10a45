import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simulationFixture, simulationFixtureWithComparison, syntheticSimulationResult } from '../../test-support/simulation-fixture';
import { DecisionsJsonWriter } from './decisions-json-writer';
import type { SimulationResult } from './simulation-result';

function firstDecision() {
  const [decision] = simulationFixture().decisions;
  if (!decision) throw new Error('the fixture has no decision');
  return decision;
}

describe('DecisionsJsonWriter', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'leadops-decisions-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(result: SimulationResult): string {
    const file = path.join(dir, 'decisions.json');
    const writer = new DecisionsJsonWriter(file, result);
    for (const decision of result.decisions) writer.decision(decision);
    writer.endRun(result.reps, result.api);
    if (result.comparison) {
      writer.startComparison(result.comparison.configName);
      for (const decision of result.comparison.decisions) writer.decision(decision);
      writer.endComparison(result.comparison.reps);
    }
    writer.finish();
    return readFileSync(file, 'utf8');
  }

  it('writes a file that parses back to the run, one decision per line', () => {
    const result = simulationFixture();
    const text = write(result);
    expect(JSON.parse(text)).toEqual(result);
    const decisionLines = text.split('\n').filter((line) => line.startsWith('{"contactId"'));
    expect(decisionLines.map((line) => (JSON.parse(line.replace(/,$/, '')) as { contactId: string }).contactId)).toEqual(result.decisions.map((d) => d.contactId));
  });

  it('adds the other config’s run under comparison, laid out the same way', () => {
    const result = simulationFixtureWithComparison();
    expect(JSON.parse(write(result))).toEqual(result);
  });

  it('writes runs larger than its buffer, and text beyond Latin-1, intact', () => {
    const big = syntheticSimulationResult(3000);
    const first = big.decisions[0];
    if (!first) throw new Error('no decision');
    const result = { ...big, decisions: [{ ...first, name: 'Zoë Łukasiewicz 山田 🚀' }, ...big.decisions.slice(1)] };
    const text = write(result);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    expect(JSON.parse(text)).toEqual(result);
  });

  it('writes an empty run as empty lists', () => {
    const result = simulationFixture({ decisions: [], reps: [] });
    expect(JSON.parse(write(result))).toEqual(result);
  });

  it('leaves no decisions.json until finished, and nothing at all when discarded', () => {
    const file = path.join(dir, 'decisions.json');
    const writer = new DecisionsJsonWriter(file, simulationFixture());
    writer.decision(firstDecision());
    expect(existsSync(file)).toBe(false);
    writer.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses calls out of order, naming where it is', () => {
    const writer = new DecisionsJsonWriter(path.join(dir, 'decisions.json'), simulationFixture());
    expect(() => writer.startComparison('other')).toThrow('called out of order (at "decisions", expected "after-run")');
    writer.endRun([], null);
    expect(() => writer.decision(firstDecision())).toThrow('a decision came after the run was closed');
    writer.discard();
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simulationFixtureWithComparison, syntheticSimulationResult } from '../../test-support/simulation-fixture';
import { serialisedDecision } from '../simulate/serialised-decision';
import type { SimulationResult } from '../simulate/simulation-result';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';
import { replaySimulationResult, writeSimulationResult } from './simulation-output-files';
import { threadedOutputFiles } from './threaded-output-files';

function filesIn(dir: string) {
  return { decisions: path.join(dir, 'decisions.json'), report: path.join(dir, 'report.html') };
}

/** Writes a result through the threaded files as streamSimulation would, the run's decisions in reverse order. */
async function writeThreaded(dir: string, result: SimulationResult) {
  const outputs = threadedOutputFiles(filesIn(dir), { api: result.api, compare: result.comparison !== null });
  replaySimulationResult(outputs, result, result.decisions.map((_, index) => index).reverse());
  return outputs.finish();
}

describe('threadedOutputFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'leadops-threaded-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes on its own thread the decisions and figures the same files written in this thread hold', async () => {
    const result = simulationFixtureWithComparison();
    const threaded = path.join(dir, 'threaded');
    const here = path.join(dir, 'here');
    mkdirSync(threaded);
    mkdirSync(here);
    const summary = await writeThreaded(threaded, result);
    const expected = writeSimulationResult(filesIn(here), result);
    const written = JSON.parse(readFileSync(path.join(threaded, 'decisions.json'), 'utf8')) as SimulationResult;
    expect(written.decisions.map((d) => d.contactId)).toEqual([...result.decisions].reverse().map((d) => d.contactId));
    expect({ ...written, decisions: [...written.decisions].reverse() }).toEqual(result);
    expect(summary.figures).toEqual(expected.figures);
    expect(summary.comparison).toEqual(expected.comparison);
    expect(readdirSync(threaded).sort()).toEqual(['decisions.json', 'report.html']);
  }, 30_000);

  it('hands over runs of many batches, with text beyond Latin-1, intact', async () => {
    const big = syntheticSimulationResult(4000);
    const [first, ...rest] = big.decisions;
    if (!first) throw new Error('no decision');
    const result = { ...big, decisions: [{ ...first, name: 'Zoë Łukasiewicz 山田 🚀' }, ...rest] };
    const summary = await writeThreaded(dir, result);
    const written = readFileSync(path.join(dir, 'decisions.json'));
    expect(written.length).toBeGreaterThan(3 << 20);
    const parsed = JSON.parse(written.toString('utf8')) as SimulationResult;
    expect([...parsed.decisions].reverse()).toEqual(result.decisions);
    expect(summary.figures.summary.contacts).toBe(4000);
  }, 60_000);

  it('fails with the reason and leaves nothing half-written when decisions.json cannot be created', async () => {
    const result = simulationFixtureWithComparison();
    mkdirSync(path.join(dir, 'decisions.json.partial'));
    const outputs = threadedOutputFiles(filesIn(dir), { api: null, compare: false });
    outputs.start(result.meta, result.importIssues, result.decisions.length);
    outputs.endRun(result.reps);
    const failure = await outputs.finish().then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(CommandError);
    expect(failure).toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(/^Could not write the results: Cannot write .*decisions\.json\.partial.*Check that the --out folder is writable/) });
    expect(readdirSync(dir)).toEqual(['decisions.json.partial']);
    // As simulate does after a failure: the folder in the way is the user's, and stays.
    expect(await outputs.discard()).toMatchObject({ exitCode: EXIT.usage });
    expect(readdirSync(dir)).toEqual(['decisions.json.partial']);
  }, 30_000);

  it('stops the run with the output thread\'s error when that thread has died, instead of waiting for it forever, and removes what it began', async () => {
    const result = syntheticSimulationResult(1);
    const [first] = result.decisions;
    if (!first) throw new Error('no decision');
    const entry = path.join(dir, 'dying-output-thread.cjs');
    // It dies as a crash would, after it has begun both files.
    writeFileSync(entry, "const { workerData } = require('node:worker_threads');\nconst { writeFileSync } = require('node:fs');\nwriteFileSync(`${workerData.files.decisions}.partial`, '{\"meta\":');\nwriteFileSync(`${workerData.files.report}.partial`, '<!doctype html>');\nprocess.exit(3);\n");
    const outputs = threadedOutputFiles(filesIn(dir), { api: null, compare: false }, { entry, stallMs: 300 });
    outputs.start(result.meta, result.importIssues, 40);
    // Each decision fills a batch of its own: far more batches than the thread may fall behind by.
    const heavy = serialisedDecision({ ...first, log: [{ at: first.arrivedAt, kind: 'arrival', summary: 'x'.repeat(400_000), reasons: [] }] });
    const added = (): Error | null => {
      try {
        for (let i = 0; i < 40; i += 1) outputs.decision(heavy, i);
        return null;
      } catch (error) {
        return error as Error;
      }
    };
    expect(added()?.message).toMatch(/^the output thread wrote nothing for 0.3 s with 17 batches waiting, so the simulation stopped/);
    const reason = await outputs.discard();
    expect(reason?.message).toBe('the output thread stopped (exit code 3) before it finished report.html and decisions.json');
    expect(readdirSync(dir)).toEqual(['dying-output-thread.cjs']);
  }, 30_000);
});

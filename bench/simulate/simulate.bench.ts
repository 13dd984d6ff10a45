import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Benchmark, BenchFigure } from '../benchmark';
import { writeScaledSamples } from './scaled-samples';

const COPIES = 50;
const TARGET_MS = 10_000;
const TARGET_RSS_MB = 1024;
const ROOT = path.resolve(__dirname, '..', '..');

export const simulateBenchmark: Benchmark = {
  name: 'simulate: 100,000 contacts end to end (rules path)',
  run: async (): Promise<BenchFigure[]> => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadops-bench-simulate-'));
    try {
      const rows = writeScaledSamples(dir, COPIES);
      const started = performance.now();
      const child = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'run-simulate-child.ts'), 'simulate', '--input', dir, '--out', path.join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const elapsed = performance.now() - started;
      if (child.status !== 0) throw new Error(`leadops simulate exited ${child.status}:\n${child.stderr.slice(-2000)}`);
      const rssKb = Number(/PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? NaN);
      const contacts = Number(/simulate: ([\d,]+) leads/.exec(child.stdout)?.[1]?.replaceAll(',', '') ?? NaN);
      // The summary's own clock starts after the input is read: the rest is process start and import.
      const simulatedSeconds = Number(/\), ([\d.]+) s$/m.exec(child.stdout)?.[1] ?? NaN);
      const size = (file: string) => `${(statSync(path.join(dir, 'out', file)).size / 1024 / 1024).toFixed(1)} MB`;
      return [
        { label: `input rows (contacts.csv, incl. ${COPIES * 8} broken)`, value: rows.toLocaleString('en-US'), meetsTarget: null },
        { label: 'contacts simulated', value: contacts.toLocaleString('en-US'), meetsTarget: contacts >= 100_000 },
        { label: 'wall time: import, simulate, decisions.json, report.html (incl. process start)', value: `${Math.round(elapsed)} ms, target < ${TARGET_MS} ms`, meetsTarget: elapsed < TARGET_MS },
        { label: 'of which simulation, report.html and decisions.json (the rest: process start and CSV import)', value: `${Math.round(simulatedSeconds * 1000)} ms`, meetsTarget: null },
        { label: 'peak memory (RSS)', value: `${Math.round(rssKb / 1024)} MB, target < ${TARGET_RSS_MB} MB`, meetsTarget: rssKb / 1024 < TARGET_RSS_MB },
        { label: 'output sizes', value: `decisions.json ${size('decisions.json')}, report.html ${size('report.html')}`, meetsTarget: null },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
      // The command bundles itself on first use after a change (about a second, once): not part of a run.
      const warmUp = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin', 'leadops.cjs'), '--help'], { cwd: ROOT, encoding: 'utf8' });
      if (warmUp.status !== 0) throw new Error(`leadops --help exited ${warmUp.status}:\n${warmUp.stderr.slice(-2000)}`);
      const started = performance.now();
      const child = spawnSync(process.execPath, [path.join(__dirname, 'run-simulate-child.cjs'), 'simulate', '--input', dir, '--out', path.join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const elapsed = performance.now() - started;
      if (child.status !== 0) throw new Error(`leadops simulate exited ${child.status}:\n${child.stderr.slice(-2000)}`);
      const rssKb = Number(/PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? NaN);
      const mainCpu = /MAIN_THREAD_CPU_S ([\d.]+)/.exec(child.stderr)?.[1];
      const processCpu = Number(/PROCESS_CPU_S ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN);
      const contacts = Number(/simulate: ([\d,]+) leads/.exec(child.stdout)?.[1]?.replaceAll(',', '') ?? NaN);
      // The summary's own clock starts after the input is read: the rest is process start and import.
      const simulatedSeconds = Number(/\), ([\d.]+) s$/m.exec(child.stdout)?.[1] ?? NaN);
      const size = (file: string) => `${(statSync(path.join(dir, 'out', file)).size / 1024 / 1024).toFixed(1)} MB`;
      return [
        { label: `input rows (contacts.csv, incl. ${COPIES * 8} broken)`, value: rows.toLocaleString('en-US'), meetsTarget: null },
        { label: 'contacts simulated', value: contacts.toLocaleString('en-US'), meetsTarget: contacts >= 100_000 },
        { label: 'wall time: import, simulate, decisions.json, report.html (incl. process start)', value: `${Math.round(elapsed)} ms, target < ${TARGET_MS} ms`, meetsTarget: elapsed < TARGET_MS },
        { label: 'of which simulation, report.html and decisions.json (the rest: process start and CSV import)', value: `${Math.round(simulatedSeconds * 1000)} ms`, meetsTarget: null },
        // Wall time on a shared machine varies by a third between runs of one build; CPU time varies less, and
        // shows whether the simulating thread or the whole process (output thread, GC helpers) is the limit.
        { label: 'CPU time: simulating thread / all threads', value: `${mainCpu === undefined ? 'unknown (no /proc)' : `${Number(mainCpu).toFixed(1)} s`} / ${processCpu.toFixed(1)} s on ${availableParallelism()} cores`, meetsTarget: null },
        { label: 'peak memory (RSS)', value: `${Math.round(rssKb / 1024)} MB, target < ${TARGET_RSS_MB} MB`, meetsTarget: rssKb / 1024 < TARGET_RSS_MB },
        { label: 'output sizes', value: `decisions.json ${size('decisions.json')}, report.html ${size('report.html')}`, meetsTarget: null },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportSummary } from '../report/report-builder';
import { decisionJson } from '../simulate/serialised-decision';
import type { SimulationSink } from '../simulate/simulate-portal';
import type { ApiUsage } from '../simulate/simulation-result';
import { CommandError } from './command-error';
import { EXIT } from './exit-codes';
import { BATCHES_DONE, FAILED, type OutputReply, type OutputRequest, type OutputWorkerData } from './output-worker-protocol';

/** The output thread's error on this side: a file that cannot be written is the user's to fix (exit 2), anything else a bug with its stack. */
function failure(answer: Extract<OutputReply, { kind: 'failed' }>): Error {
  if (answer.fileSystem) return new CommandError(EXIT.usage, `Could not write the results: ${answer.message}`);
  const error = new Error(answer.message);
  if (answer.stack !== null) error.stack = answer.stack;
  return error;
}

/** Removes a file the output thread began; anything else under that name (a folder in the way) is not ours to delete. */
function removePartialFile(file: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) rmSync(file);
}

/** Bytes of serialised decisions gathered before each message to the output thread. */
const BATCH_BYTES = 1 << 20;
/** Batches the output thread may be behind before the simulation waits for it: bounds the memory in flight. */
const MAX_BACKLOG = 16;
/**
 * How long the simulation waits on a full backlog without the output thread finishing a batch before it
 * gives up. The thread's own error arrives as an event, which this thread, busy simulating, cannot take
 * until it stops: without a limit, an output thread that died (or never started) would hang the run.
 * A batch takes the thread tens of milliseconds; two minutes means it is gone or stuck.
 */
const STALL_MS = 120_000;

/** Where the output thread starts and how long it may stall; other values only in tests. */
export interface OutputThreadSettings {
  readonly entry: string;
  readonly stallMs: number;
}

const OUTPUT_THREAD: OutputThreadSettings = { entry: path.join(__dirname, 'output-worker-entry.cjs'), stallMs: STALL_MS };

/** simulationOutputFiles on a second thread: report.html and decisions.json, written while the run goes on. */
export interface ThreadedOutputFiles extends SimulationSink {
  /** Completes both files; rejects with the output thread's error if it failed. */
  finish(): Promise<ReportSummary>;
  /** After a failure: removes what was written. Resolves with the output thread's own error, if it had one. */
  discard(): Promise<Error | null>;
}

/**
 * The simulating thread only serialises each decision (JSON.stringify, which decisions.json needs
 * anyway) and sends them in batches; the output thread writes them and builds the report. On a machine
 * with two cores the report costs the simulation nothing but the serialisation.
 */
export function threadedOutputFiles(files: { readonly decisions: string; readonly report: string }, options: { readonly api: ApiUsage | null; readonly compare: boolean }, thread: OutputThreadSettings = OUTPUT_THREAD): ThreadedOutputFiles {
  const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const shared = new Int32Array(progress);
  const data: OutputWorkerData = { files, api: options.api, compare: options.compare, progress };
  const worker = new Worker(thread.entry, { workerData: data });
  const reply = new Promise<OutputReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the output thread stopped (exit code ${code}) before it finished report.html and decisions.json`)));
  });
  // Settled at most once; a rejection nobody awaits yet must not crash the process.
  reply.catch(() => undefined);
  // Lines go straight into a buffer of UTF-8 that is then handed over (transferred, not copied): a
  // string posted to a thread is serialised and copied, which cost as much as the JSON itself.
  let batch = Buffer.allocUnsafeSlow(BATCH_BYTES);
  let used = 0;
  let indexes: number[] = [];
  let sent = 0;
  let comparing = false;

  const post = (request: OutputRequest) => worker.postMessage(request);
  const failed = () => Atomics.load(shared, FAILED) === 1;
  const flush = () => {
    if (indexes.length === 0) return;
    const request: OutputRequest = { kind: 'decisions', bytes: batch.buffer, length: used, indexes: comparing ? null : Int32Array.from(indexes) };
    worker.postMessage(request, [batch.buffer]);
    sent += 1;
    batch = Buffer.allocUnsafeSlow(BATCH_BYTES);
    used = 0;
    indexes = [];
    let waitedMs = 0;
    for (;;) {
      if (failed()) throw new Error('writing report.html and decisions.json failed; the reason follows.');
      const done = Atomics.load(shared, BATCHES_DONE);
      if (sent - done <= MAX_BACKLOG) return;
      if (waitedMs >= thread.stallMs) throw new Error(`the output thread wrote nothing for ${Number((waitedMs / 1000).toFixed(1))} s with ${sent - done} batches waiting, so the simulation stopped; the thread's own error, if it had one, follows.`);
      const slice = Math.min(1000, thread.stallMs - waitedMs);
      if (Atomics.wait(shared, BATCHES_DONE, done, slice) === 'timed-out') waitedMs += slice;
      else waitedMs = 0;
    }
  };
  const add = (json: string, index: number) => {
    // At most 3 bytes of UTF-8 per UTF-16 unit, plus the newline.
    const room = json.length * 3 + 1;
    if (used + room > batch.length) {
      flush();
      if (room > batch.length) batch = Buffer.allocUnsafeSlow(room);
    }
    if (indexes.length > 0) batch[used++] = 0x0a;
    used += batch.write(json, used, 'utf8');
    indexes.push(index);
  };
  const outcome = async (): Promise<OutputReply> => {
    try {
      return await reply;
    } finally {
      await worker.terminate();
    }
  };

  return {
    start(meta, importIssues, contacts) {
      post({ kind: 'start', meta, importIssues, contacts });
    },
    decision(decision, index) {
      add(decisionJson(decision), index);
    },

    endRun(reps) {
      flush();
      post({ kind: 'endRun', reps });
    },
    startComparison(configName) {
      comparing = true;
      post({ kind: 'startComparison', configName });
    },
    comparisonDecision(decision) {
      add(decisionJson(decision), -1);
    },

    endComparison(reps) {
      flush();
      post({ kind: 'endComparison', reps });
    },
    async finish() {
      flush();
      post({ kind: 'finish' });
      const answer = await outcome();
      if (answer.kind === 'finished') return answer.report;
      throw answer.kind === 'failed' ? failure(answer) : new Error('the output thread discarded the files it was asked to finish');
    },
    async discard() {
      if (!failed()) post({ kind: 'discard' });
      try {
        const answer = await outcome();
        return answer.kind === 'failed' ? failure(answer) : null;
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      } finally {
        // A thread that died (a crash, running out of memory) removed nothing: the run must not leave half-written files.
        for (const file of [files.decisions, files.report]) removePartialFile(`${file}.partial`);
      }
    },
  };
}

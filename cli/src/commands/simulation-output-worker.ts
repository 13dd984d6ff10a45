import { parentPort, workerData } from 'node:worker_threads';
import { BATCHES_DONE, FAILED, type OutputReply, type OutputRequest, type OutputWorkerData } from './output-worker-protocol';
import { simulationOutputFiles } from './simulation-output-files';

/**
 * The output thread of `simulate`: takes the decisions the simulating thread serialised, writes them to
 * decisions.json as they are and builds the report from them, so the simulation never waits for either.
 * Runs under output-worker-entry.cjs, which loads TypeScript.
 */
function serve(port: NonNullable<typeof parentPort>, data: OutputWorkerData): void {
  const progress = new Int32Array(data.progress);
  const outputs = simulationOutputFiles(data.files, { api: data.api, compare: data.compare });
  let comparing = false;
  const reply = (message: OutputReply) => port.postMessage(message);
  const handle = (request: OutputRequest) => {
    switch (request.kind) {
      case 'start':
        outputs.start(request.meta, request.importIssues, request.contacts);
        return;
      case 'decisions': {
        const bytes = Buffer.from(request.bytes, 0, request.length);
        const indexes = request.indexes;
        // UTF-8 never has a newline byte inside a character, and JSON escapes newlines in strings.
        for (let start = 0, i = 0; start < bytes.length; i += 1) {
          const end = bytes.indexOf(NEWLINE, start);
          const line = bytes.subarray(start, end === -1 ? bytes.length : end);
          if (comparing || indexes === null) outputs.comparisonDecisionBytes(line);
          else outputs.decisionBytes(line, indexes[i] ?? -1);
          start = end === -1 ? bytes.length : end + 1;
        }
        Atomics.add(progress, BATCHES_DONE, 1);
        Atomics.notify(progress, BATCHES_DONE);
        return;
      }
      case 'endRun':
        outputs.endRun(request.reps);
        return;
      case 'startComparison':
        comparing = true;
        outputs.startComparison(request.configName);
        return;
      case 'endComparison':
        outputs.endComparison(request.reps);
        return;
      case 'finish': {
        const { meta, figures, comparison } = outputs.finish();
        reply({ kind: 'finished', report: { meta, figures, comparison } });
        port.close();
        return;
      }
      case 'discard':
        outputs.discard();
        reply({ kind: 'discarded' });
        port.close();
        return;
    }
  };
  port.on('message', (request: OutputRequest) => {
    if (Atomics.load(progress, FAILED) === 1) return;
    try {
      handle(request);
    } catch (error) {
      Atomics.store(progress, FAILED, 1);
      Atomics.notify(progress, BATCHES_DONE);
      outputs.discard();
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? null) : null, fileSystem: isFileSystemError(error) });
      port.close();
    }
  });
}

const NEWLINE = 0x0a;

/** A Node file-system error (it has an errno code), or one we raised with such an error as its cause. */
function isFileSystemError(error: unknown): boolean {
  const code = (value: unknown) => typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'string';
  return code(error) || (error instanceof Error && code(error.cause));
}

if (parentPort) serve(parentPort, workerData as OutputWorkerData);

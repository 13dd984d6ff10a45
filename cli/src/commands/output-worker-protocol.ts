import type { ReportSummary } from '../report/report-builder';
import type { ImportIssue } from '../import/import-issue';
import type { ApiUsage, SimulatedRep, SimulationResult } from '../simulate/simulation-result';

/** What the output thread is started with. */
export interface OutputWorkerData {
  readonly files: { readonly decisions: string; readonly report: string };
  readonly api: ApiUsage | null;
  readonly compare: boolean;
  /** [batches of decisions handled, 1 once the thread has failed]: read by the simulating thread to wait and to stop. */
  readonly progress: SharedArrayBuffer;
}

/** Indexes into OutputWorkerData.progress. */
export const BATCHES_DONE = 0;
export const FAILED = 1;

/** The simulating thread's messages, in the order of SimulationSink's calls. */
export type OutputRequest =
  | { readonly kind: 'start'; readonly meta: SimulationResult['meta']; readonly importIssues: readonly ImportIssue[]; readonly contacts: number }
  /**
   * Decisions serialised with JSON.stringify as UTF-8, one per line, in the first `length` bytes of
   * `bytes` (transferred, not copied); `indexes` their arrival indexes (none for the comparison run).
   */
  | { readonly kind: 'decisions'; readonly bytes: ArrayBuffer; readonly length: number; readonly indexes: Int32Array | null }
  | { readonly kind: 'endRun'; readonly reps: readonly SimulatedRep[] }
  | { readonly kind: 'startComparison'; readonly configName: string }
  | { readonly kind: 'endComparison'; readonly reps: readonly SimulatedRep[] }
  | { readonly kind: 'finish' }
  | { readonly kind: 'discard' };

export type OutputReply =
  | { readonly kind: 'finished'; readonly report: ReportSummary }
  | { readonly kind: 'discarded' }
  /** `fileSystem`: the error came from reading or writing a file (a full disk, a folder that cannot be written). */
  | { readonly kind: 'failed'; readonly message: string; readonly stack: string | null; readonly fileSystem: boolean };

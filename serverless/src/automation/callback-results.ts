import type { WorkflowActionAnswer } from './workflow-action-response';

/** Results kept for replays; HubSpot retries within minutes, so the newest few thousand are plenty. */
const DEFAULT_CAPACITY = 5_000;

/**
 * What each callbackId answered, and the work still running for it: a delivery HubSpot repeats (a retry
 * after a timeout, or two at once) gets the same answer and never runs the work twice. Bounded: the
 * oldest results are dropped first, so memory stays flat on a server that runs for months.
 */
export class CallbackResults {
  private readonly done = new Map<string, WorkflowActionAnswer>();
  private readonly running = new Map<string, Promise<WorkflowActionAnswer>>();
  /** Work that goes on after its answer (a BLOCK's completion): shutdown waits for it too. */
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly capacity: number = DEFAULT_CAPACITY) {}

  /** The answer for `callbackId`: remembered, joined while running, or produced by `work` once. */
  answer(callbackId: string, work: () => Promise<WorkflowActionAnswer>): Promise<WorkflowActionAnswer> {
    const known = this.done.get(callbackId);
    if (known) return Promise.resolve(known);
    const inFlight = this.running.get(callbackId);
    if (inFlight) return inFlight;
    const started = work().then(
      (answer) => {
        this.remember(callbackId, answer);
        this.running.delete(callbackId);
        return answer;
      },
      (error: unknown) => {
        // A failure is not remembered: HubSpot's retry may succeed.
        this.running.delete(callbackId);
        throw error;
      },
    );
    this.running.set(callbackId, started);
    return started;
  }

  /** Keeps track of work that outlives its answer, until it settles. */
  continueInBackground(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Work still running, answered or not: a graceful shutdown waits for these. */
  inFlight(): Promise<unknown>[] {
    return [...[...this.running.values()].map((p) => p.catch(() => undefined)), ...this.background];
  }

  get size(): number {
    return this.done.size;
  }

  private remember(callbackId: string, answer: WorkflowActionAnswer): void {
    this.done.set(callbackId, answer);
    if (this.done.size > this.capacity) {
      const oldest = this.done.keys().next().value;
      if (oldest !== undefined) this.done.delete(oldest);
    }
  }
}

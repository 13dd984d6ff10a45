import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ApiUsage, ContactDecision, SimulatedRep, SimulationResult } from './simulation-result';

/** Bytes gathered before each write: few system calls, and never more than this held at once. */
const CHUNK_BYTES = 1 << 20;

type Stage = 'decisions' | 'after-run' | 'comparison' | 'after-comparison' | 'closed';

/**
 * Writes decisions.json as the run goes: `meta` and `importIssues` first, then `decisions`, one
 * contact's whole decision log per line (so `grep` and `jq -c` work line by line), then `reps`, `api`
 * and `comparison` (the other config's run, laid out the same way). Decisions are written in the order
 * given, which for `simulate` is the order contacts' stories end; each holds its `arrivedAt`.
 *
 * Text goes straight into a byte buffer flushed every megabyte: no string of the whole file, or of a
 * chunk, is ever built. The file is written under a temporary name and renamed when complete, so a run
 * that fails leaves no half-written decisions.json behind.
 */
export class DecisionsJsonWriter {
  private readonly partial: string;
  private readonly fd: number;
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private first = true;
  private stage: Stage = 'decisions';

  constructor(
    private readonly file: string,
    head: Pick<SimulationResult, 'meta' | 'importIssues'>,
  ) {
    this.partial = `${file}.partial`;
    try {
      this.fd = openSync(this.partial, 'w');
    } catch (error) {
      throw new Error(`Cannot write ${this.partial} (then renamed to ${path.basename(file)}): ${error instanceof Error ? error.message : String(error)}. Check that the --out folder is writable and that nothing else holds that name.`, { cause: error });
    }
    this.write(`{"meta":${JSON.stringify(head.meta)},\n"importIssues":${JSON.stringify(head.importIssues)},\n"decisions":[`);
  }

  /** A decision of the run, or of the comparison run once startComparison was called. */
  decision(decision: ContactDecision): void {
    this.decisionJson(JSON.stringify(decision));
  }

  /** A decision already serialised with JSON.stringify (one line: JSON escapes line breaks in strings). */
  decisionJson(json: string): void {
    this.separate();
    this.write(json);
  }

  /** decisionJson's line as UTF-8 bytes, copied as they are. */
  decisionBytes(bytes: Uint8Array): void {
    this.separate();
    if (this.used + bytes.length > CHUNK_BYTES) {
      this.flush();
      if (bytes.length > CHUNK_BYTES) {
        this.writeAll(bytes, bytes.length);
        return;
      }
    }
    this.chunk.set(bytes, this.used);
    this.used += bytes.length;
  }

  private separate(): void {
    if (this.stage !== 'decisions' && this.stage !== 'comparison') throw new Error(`DecisionsJsonWriter: a decision came after the ${this.stage === 'after-run' ? 'run' : 'comparison'} was closed.`);
    this.write(this.first ? '\n' : ',\n');
    this.first = false;
  }

  /** Closes the run's decisions with what is known only at its end. */
  endRun(reps: readonly SimulatedRep[], api: ApiUsage | null): void {
    this.expect('decisions');
    this.write(`${this.first ? '' : '\n'}],\n"reps":${JSON.stringify(reps)},\n"api":${JSON.stringify(api)}`);
    this.stage = 'after-run';
  }

  startComparison(configName: string): void {
    this.expect('after-run');
    this.write(`,\n"comparison":{"configName":${JSON.stringify(configName)},"decisions":[`);
    this.first = true;
    this.stage = 'comparison';
  }

  endComparison(reps: readonly SimulatedRep[]): void {
    this.expect('comparison');
    this.write(`${this.first ? '' : '\n'}],"reps":${JSON.stringify(reps)}}`);
    this.stage = 'after-comparison';
  }

  /** Completes the file and gives it its name. */
  finish(): void {
    if (this.stage === 'after-run') this.write(',\n"comparison":null');
    else this.expect('after-comparison');
    this.write('}\n');
    this.flush();
    closeSync(this.fd);
    this.stage = 'closed';
    renameSync(this.partial, this.file);
  }

  /** Removes the unfinished file, after a failure. */
  discard(): void {
    if (this.stage === 'closed') return;
    this.stage = 'closed';
    closeSync(this.fd);
    rmSync(this.partial, { force: true });
  }

  private expect(stage: Stage): void {
    if (this.stage !== stage) throw new Error(`DecisionsJsonWriter: called out of order (at "${this.stage}", expected "${stage}").`);
  }

  private write(text: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > CHUNK_BYTES) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) {
        writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  private flush(): void {
    this.writeAll(this.chunk, this.used);
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array, length: number): void {
    let written = 0;
    while (written < length) written += writeSync(this.fd, bytes, written, length - written);
  }
}

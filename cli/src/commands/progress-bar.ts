import type { CliIo } from './cli-io';

/** Work shorter than this shows no bar: a bar that flashes for half a second is noise. */
const SHOW_AFTER_MS = 1500;
/** Without a terminal, a line at most this often (logs in CI stay short). */
const LINE_EVERY_MS = 5000;

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Clears the bar; the caller prints its own summary. */
  finish(): void;
}

/**
 * A progress bar on stderr for work longer than a couple of seconds: redrawn in place on a terminal,
 * an occasional plain line otherwise. Time comes from the `clock` (tests pass their own).
 */
export function progressBar(io: CliIo, label: string, clock: () => number = Date.now): ProgressBar {
  const startedAt = clock();
  let lastLine = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = clock();
      if (now - startedAt < SHOW_AFTER_MS || total <= 0) return;
      const ratio = Math.min(1, done / total);
      const elapsed = (now - startedAt) / 1000;
      const eta = ratio > 0 ? Math.max(0, elapsed / ratio - elapsed) : 0;
      const text = `${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${Math.round(ratio * 100)}%, ${elapsed.toFixed(0)} s, about ${eta.toFixed(0)} s left)`;
      if (io.interactive) {
        const width = 24;
        const filled = Math.round(ratio * width);
        io.errRaw(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\u001b[K`);
        drawn = true;
      } else if (now - lastLine >= LINE_EVERY_MS) {
        io.err(text);
        lastLine = now;
      }
    },
    finish() {
      if (drawn) io.errRaw('\r\u001b[K');
    },
  };
}

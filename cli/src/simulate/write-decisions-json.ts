import { closeSync, openSync, writeSync } from 'node:fs';
import type { SimulationResult } from './simulation-result';

/** Bytes gathered before each write: few syscalls, and the whole file never sits in memory at once. */
const FLUSH_AT = 1 << 20;

/**
 * Writes decisions.json: `meta`, `reps`, `importIssues`, `api`, then `decisions`, one contact's whole
 * decision log per line, so a 100,000-contact run streams out without building one giant string, and
 * `grep`/`jq -c` work line by line. The comparison run's decisions follow under `comparison`.
 */
export function writeDecisionsJson(file: string, result: SimulationResult): void {
  const fd = openSync(file, 'w');
  try {
    let buffer = '';
    const write = (text: string) => {
      buffer += text;
      if (buffer.length >= FLUSH_AT) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    const list = (items: readonly unknown[]) => {
      write('[');
      items.forEach((item, i) => write(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`));
      write(items.length > 0 ? '\n]' : ']');
    };
    write(`{"meta":${JSON.stringify(result.meta)},\n"reps":${JSON.stringify(result.reps)},\n"importIssues":${JSON.stringify(result.importIssues)},\n"api":${JSON.stringify(result.api)},\n"decisions":`);
    list(result.decisions);
    if (result.comparison) {
      write(`,\n"comparison":{"configName":${JSON.stringify(result.comparison.configName)},"reps":${JSON.stringify(result.comparison.reps)},"decisions":`);
      list(result.comparison.decisions);
      write('}');
    } else {
      write(',\n"comparison":null');
    }
    write('}\n');
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

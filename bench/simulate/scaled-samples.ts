import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../cli/src/import/csv-parser';
import { csvLine } from '../../samples/generate/csv-writer';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

/**
 * The sample portal scaled up: every sample contact `copies` times (new Record IDs, email addresses and
 * last names, same arrival times and activity), with the sample companies, owners and config, written to
 * `dir`. Each copy is other people: the samples' own second records stay the only probable duplicates.
 * Broken rows stay broken, so the import's reporting is part of what is measured.
 */
export function writeScaledSamples(dir: string, copies: number): number {
  mkdirSync(dir, { recursive: true });
  for (const file of ['companies.csv', 'owners.json', 'leadops-config.json']) copyFileSync(path.join(SAMPLES, file), path.join(dir, file));
  const contacts = parseCsv(readFileSync(path.join(SAMPLES, 'contacts.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const [header, ...rows] = contacts.records;
  if (!header) throw new Error('samples/contacts.csv has no header: run npm run samples.');
  const idColumn = header.cells.indexOf('Record ID');
  const emailColumn = header.cells.indexOf('Email');
  const lastNameColumn = header.cells.indexOf('Last Name');
  const lines = [csvLine(header.cells)];
  const activities = parseCsv(readFileSync(path.join(SAMPLES, 'activities.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const [activityHeader, ...activityRows] = activities.records;
  if (!activityHeader) throw new Error('samples/activities.csv has no header: run npm run samples.');
  const activityLines = [csvLine(activityHeader.cells)];
  let written = 0;
  for (let copy = 0; copy < copies; copy += 1) {
    const id = (raw: string | undefined) => (raw && /^\d+$/.test(raw) ? String(Number(raw) + copy * 10_000_000) : (raw ?? ''));
    for (const row of rows) {
      const cells = [...row.cells];
      cells[idColumn] = id(cells[idColumn]);
      if (copy > 0 && cells[emailColumn]) cells[emailColumn] = `c${copy}.${cells[emailColumn]}`;
      if (copy > 0 && cells[lastNameColumn]) cells[lastNameColumn] = `${cells[lastNameColumn]} ${copy}`;
      lines.push(csvLine(cells));
      written += 1;
    }
    for (const row of activityRows) {
      const cells = [...row.cells];
      cells[0] = id(cells[0]);
      activityLines.push(csvLine(cells));
    }
  }
  writeFileSync(path.join(dir, 'contacts.csv'), `${lines.join('\r\n')}\r\n`);
  writeFileSync(path.join(dir, 'activities.csv'), `${activityLines.join('\r\n')}\r\n`);
  return written;
}

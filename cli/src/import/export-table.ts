import type { CellReading } from './cell-reading';
import { parseCsv } from './csv-parser';
import type { ImportIssue } from './import-issue';

/** One column an export reader understands. */
export interface ExportColumn {
  /** Where the value goes: a HubSpot internal property name, or a key of the reader's own. */
  readonly key: string;
  /** Header labels naming the column, compared without case or surrounding spaces; `key` itself is always accepted. */
  readonly labels: readonly string[];
  /** The header must have the column and every row a value in it. */
  readonly required?: boolean;
  /** Reads a non-empty cell; without it the cell is kept as written. */
  readonly read?: (raw: string) => CellReading;
}

export interface ExportTableSpec {
  /** The file as the user named it, for issues. */
  readonly file: string;
  /** What the file should be, for errors: "a HubSpot contacts export". */
  readonly description: string;
  readonly columns: readonly ExportColumn[];
  /** Key whose values must be unique (Record ID): a repeat is skipped, naming the line that has it first. */
  readonly uniqueKey?: string;
}

/** A row that was kept: its line and its non-empty values by column key. */
export interface ExportRow {
  readonly line: number;
  readonly values: ReadonlyMap<string, string>;
}

export interface ExportTable {
  readonly rows: readonly ExportRow[];
  readonly issues: readonly ImportIssue[];
}

interface HeaderColumn {
  readonly column: ExportColumn;
  readonly label: string;
  readonly index: number;
}

/**
 * Reads a CSV whose header row names the columns, for every export reader (contacts, companies,
 * activities). The rule for a bad cell, the same in every file:
 *
 * - **the row is skipped** when it cannot be read as a whole (broken quoting, fewer or more cells than
 *   the header), has no usable identity (a required value missing, a Record ID that is not digits or
 *   repeats one already read), or a typed cell (date, number, count, lifecycle stage, activity type)
 *   holds something that is not of its type. Such a row was exported wrongly or edited by hand, and
 *   scoring or routing it on the rest of its data would give a wrong answer without saying so;
 * - **only the value is dropped** when the cell is well-formed but points at something outside this
 *   file that is not known: an owner name or email not in owners.json, a company id not in
 *   companies.csv. The record itself is fine; it just loses that link (an unassigned contact).
 *
 * Columns the reader does not know are ignored and named once, in a file-level issue. A file that is
 * empty, whose header cannot be read, or that lacks a required column throws: nothing in it can be used.
 */
export function readExportTable(text: string, spec: ExportTableSpec): ExportTable {
  const parsed = parseCsv(text);
  const issues: ImportIssue[] = [];
  const header = parsed.records[0];
  const headerProblem = parsed.problems.find((p) => header === undefined || p.line < header.line);
  if (headerProblem) throw new Error(`${spec.file} line ${headerProblem.line}: the header row cannot be read (${headerProblem.message}). Fix the header: it must name the columns of ${spec.description}.`);
  if (header === undefined) throw new Error(`${spec.file} is empty. It must hold ${spec.description}: a header row naming the columns, then one row per record.`);

  const byLabel = new Map<string, ExportColumn>();
  for (const column of spec.columns) for (const label of [column.key, ...column.labels]) byLabel.set(normalizeLabel(label), column);
  const known: HeaderColumn[] = [];
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  header.cells.forEach((label, index) => {
    const column = byLabel.get(normalizeLabel(label));
    if (column === undefined) {
      unknown.push(label.trim() === '' ? `(unnamed column ${index + 1})` : `"${label.trim()}"`);
      return;
    }
    const first = seen.get(column.key);
    if (first !== undefined) {
      issues.push(fileIssue(spec.file, label.trim(), `column "${label.trim()}" holds the same field as column "${first}" and is ignored: remove one of them`));
      return;
    }
    seen.set(column.key, label.trim());
    known.push({ column, label: label.trim(), index });
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length > 0) {
    throw new Error(`${spec.file} has no ${missing.map((c) => `"${c.labels[0] ?? c.key}"`).join(', ')} column: it must be ${spec.description}. Export it again with ${missing.length === 1 ? 'that column' : 'those columns'} included.`);
  }
  if (unknown.length > 0) {
    issues.push(fileIssue(spec.file, null, `${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not read by LeadOps and ${unknown.length === 1 ? 'was' : 'were'} ignored; nothing to do unless ${unknown.length === 1 ? 'it holds' : 'they hold'} a field you expected to be imported`));
  }

  const rows: ExportRow[] = [];
  const firstLineOf = new Map<string, number>();
  const uniqueColumn = known.find((h) => h.column.key === spec.uniqueKey);
  const width = header.cells.length;
  const problems = parsed.problems.filter((p) => p.line > header.line);
  let problemIndex = 0;
  const pushProblemsBefore = (line: number) => {
    for (; problemIndex < problems.length && (problems[problemIndex]?.line ?? Infinity) < line; problemIndex += 1) {
      const problem = problems[problemIndex];
      if (problem) issues.push({ file: spec.file, line: problem.line, column: header.cells[problem.cellIndex]?.trim() ?? null, message: problem.message, effect: 'skipped' });
    }
  };

  for (let r = 1; r < parsed.records.length; r += 1) {
    const record = parsed.records[r];
    if (record === undefined) continue;
    // Issues come out in line order, CSV problems interleaved with row problems.
    pushProblemsBefore(record.line);
    const rowIssue = (column: string | null, message: string, effect: ImportIssue['effect'] = 'skipped'): ImportIssue => ({ file: spec.file, line: record.line, column, message, effect });
    if (record.cells.length < width) {
      const firstMissing = header.cells[record.cells.length]?.trim() ?? null;
      issues.push(rowIssue(firstMissing, `row has ${record.cells.length} cells but the header has ${width}, so cells from "${firstMissing}" on are missing: check for a lost comma or a line break inside an unquoted cell`));
      continue;
    }
    if (record.cells.length > width) {
      issues.push(rowIssue(null, `row has ${record.cells.length} cells but the header has ${width}: a cell probably holds an unquoted comma; put that cell in double quotes`));
      continue;
    }

    const values = new Map<string, string>();
    const skips: ImportIssue[] = [];
    const drops: ImportIssue[] = [];
    for (const { column, label, index } of known) {
      const raw = record.cells[index] ?? '';
      if (raw.trim() === '') {
        if (column.required) skips.push(rowIssue(label, `missing ${label}: every row needs one`));
        continue;
      }
      const reading = column.read ? column.read(raw) : ({ kind: 'value', value: raw } as const);
      if (reading.kind === 'skip') skips.push(rowIssue(label, reading.message));
      else if (reading.kind === 'drop') drops.push(rowIssue(label, reading.message, 'value-dropped'));
      else {
        values.set(column.key, reading.value);
        if (reading.dropped !== undefined) drops.push(rowIssue(label, reading.dropped, 'value-dropped'));
      }
    }
    if (skips.length === 0 && uniqueColumn) {
      const id = values.get(uniqueColumn.column.key);
      const first = id === undefined ? undefined : firstLineOf.get(id);
      if (first !== undefined) skips.push(rowIssue(uniqueColumn.label, `${uniqueColumn.label} ${id} repeats the one on line ${first}; the row on line ${first} was kept: remove or fix this one`));
      else if (id !== undefined) firstLineOf.set(id, record.line);
    }
    if (skips.length > 0) {
      issues.push(...skips);
      continue;
    }
    issues.push(...drops);
    rows.push({ line: record.line, values });
  }
  pushProblemsBefore(Infinity);
  return { rows, issues };
}

function fileIssue(file: string, column: string | null, message: string): ImportIssue {
  return { file, line: null, column, message, effect: 'value-dropped' };
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

import type { CellReading } from './cell-reading';
import { CellMemo } from './cell-memo';
import { textBytes, type CsvBytes } from './csv-bytes';
import { CSV_END, CSV_PROBLEM, CsvScanner } from './csv-scanner';
import type { ImportIssue } from './import-issue';

/** One column an export reader understands. */
export interface ExportColumn {
  /** Where the value goes: a HubSpot internal property name, or a key of the reader's own. */
  readonly key: string;
  /** Header labels naming the column, compared without case or surrounding spaces; `key` itself is always accepted. */
  readonly labels: readonly string[];
  /** The header must have the column and every row a value in it. */
  readonly required?: boolean;
  /**
   * Reads a non-empty cell; without it the cell is kept as written. It must answer the same for the
   * same cell every time: each distinct cell of a column is read once and the reading reused.
   */
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

/** A header column the reader knows: the spec's column, the label as written (trimmed) and its cell index. */
export interface HeaderColumn {
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
 *
 * This collects every row; the importers of large files go row by row with `ExportRows` and
 * `ExportRowReader`, which implement the rule, instead of holding a Map per row.
 */
export function readExportTable(text: string, spec: ExportTableSpec): ExportTable {
  const table = new ExportRows(textBytes(text), spec);
  const reader = new ExportRowReader(table, spec.uniqueKey);
  const rows: ExportRow[] = [];
  while (table.next()) {
    if (!reader.read()) continue;
    const values = new Map<string, string>();
    table.known.forEach((header, position) => {
      const value = reader.values[position];
      if (value !== undefined) values.set(header.column.key, value);
    });
    rows.push({ line: table.line, values });
  }
  return { rows, issues: table.issues };
}

/**
 * An export's header and then its rows one at a time (see `readExportTable` for the rule). `next`
 * moves to the next row whose cells line up with the header; rows that cannot be read, or have too
 * few or too many cells, become issues on the way. The current row's cells are in `cells`.
 */
export class ExportRows {
  /** The columns of the header the reader knows, in header order (each field once). */
  readonly known: readonly HeaderColumn[];
  /** Issues so far, in line order; the caller adds its rows' issues as it reads them. */
  readonly issues: ImportIssue[] = [];
  readonly cells: CsvScanner;
  private readonly file: string;
  /** The header's cells as written. */
  private readonly labels: readonly string[];

  constructor(bytes: CsvBytes, spec: ExportTableSpec) {
    this.file = spec.file;
    this.cells = new CsvScanner(bytes);
    const first = this.cells.next();
    if (first === CSV_PROBLEM) throw new Error(`${spec.file} line ${this.cells.line}: the header row cannot be read (${this.cells.problemMessage}). Fix the header: it must name the columns of ${spec.description}.`);
    if (first === CSV_END) throw new Error(`${spec.file} is empty. It must hold ${spec.description}: a header row naming the columns, then one row per record.`);
    const labels: string[] = [];
    for (let i = 0; i < this.cells.cellCount; i += 1) labels.push(this.cells.text(i));
    this.labels = labels;
    this.cells.expectedCells = labels.length;

    const byLabel = new Map<string, ExportColumn>();
    for (const column of spec.columns) for (const label of [column.key, ...column.labels]) byLabel.set(normalizeLabel(label), column);
    const known: HeaderColumn[] = [];
    const unknown: string[] = [];
    const seen = new Map<string, string>();
    labels.forEach((label, index) => {
      const column = byLabel.get(normalizeLabel(label));
      if (column === undefined) {
        unknown.push(label.trim() === '' ? `(unnamed column ${index + 1})` : `"${label.trim()}"`);
        return;
      }
      const firstLabel = seen.get(column.key);
      if (firstLabel !== undefined) {
        this.issues.push(fileIssue(spec.file, label.trim(), `column "${label.trim()}" holds the same field as column "${firstLabel}" and is ignored: remove one of them`));
        return;
      }
      seen.set(column.key, label.trim());
      known.push({ column, label: label.trim(), index });
    });
    const missing = spec.columns.filter((c) => c.required && !seen.has(c.key));
    if (missing.length > 0) {
      const separator = labels.length === 1 ? [';', '\t'].find((candidate) => labels[0]?.includes(candidate)) : undefined;
      if (separator !== undefined) {
        throw new Error(`${spec.file} separates its cells with ${separator === ';' ? 'semicolons (;)' : 'tabs'}, not commas: its header reads as one column. LeadOps reads comma-separated files, as HubSpot exports them. Save it as "CSV UTF-8 (Comma delimited)" (Excel) or export it from HubSpot again.`);
      }
      throw new Error(`${spec.file} has no ${missing.map((c) => `"${c.labels[0] ?? c.key}"`).join(', ')} column: it must be ${spec.description}. Export it again with ${missing.length === 1 ? 'that column' : 'those columns'} included.`);
    }
    if (unknown.length > 0) {
      this.issues.push(fileIssue(spec.file, null, `${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not read by LeadOps and ${unknown.length === 1 ? 'was' : 'were'} ignored; nothing to do unless ${unknown.length === 1 ? 'it holds' : 'they hold'} a field you expected to be imported`));
    }
    this.known = known;
  }

  /** The line the current row starts on. */
  get line(): number {
    return this.cells.line;
  }

  /** Moves to the next row with as many cells as the header; false after the last one. */
  next(): boolean {
    const cells = this.cells;
    const width = this.labels.length;
    for (;;) {
      const step = cells.next();
      if (step === CSV_END) return false;
      if (step === CSV_PROBLEM) {
        this.issues.push({ file: this.file, line: cells.line, column: this.labels[cells.problemCell]?.trim() ?? null, message: cells.problemMessage, effect: 'skipped' });
        continue;
      }
      if (cells.cellCount < width) {
        const firstMissing = this.labels[cells.cellCount]?.trim() ?? null;
        this.issues.push(this.issue(firstMissing, `row has ${cells.cellCount} cells but the header has ${width}, so cells from "${firstMissing}" on are missing: check for a lost comma or a line break inside an unquoted cell`));
        continue;
      }
      if (cells.cellCount > width) {
        this.issues.push(this.issue(null, `row has ${cells.cellCount} cells but the header has ${width}: a cell probably holds an unquoted comma; put that cell in double quotes`));
        continue;
      }
      return true;
    }
  }

  /** Where in `known` the column with this key is, or -1 when the header does not have it. */
  position(key: string): number {
    return this.known.findIndex((header) => header.column.key === key);
  }

  /** An issue in the current row. */
  issue(column: string | null, message: string, effect: ImportIssue['effect'] = 'skipped'): ImportIssue {
    return { file: this.file, line: this.cells.line, column, message, effect };
  }
}

/**
 * Reads the current row of an `ExportRows` by the rule: each known cell through its column's reader
 * into `values`, and the row's issues into the table's issues.
 */
export class ExportRowReader {
  /** The current row's values by position in `known`; undefined where the cell is blank or its value was dropped. */
  readonly values: (string | undefined)[];
  /** Readers are pure, so each distinct cell of a column is read once (and plain values shared). */
  private readonly readings: (CellMemo<CellReading> | undefined)[];
  private readonly plain: (CellMemo<string> | undefined)[];
  private readonly unique: number;
  private readonly firstLineOf = new Map<string, number>();

  constructor(
    private readonly table: ExportRows,
    uniqueKey: string | undefined,
  ) {
    this.unique = uniqueKey === undefined ? -1 : table.position(uniqueKey);
    this.values = table.known.map(() => undefined);
    // The unique column's cells are all different by definition: remembering them would only cost.
    this.readings = table.known.map((header, position) => (header.column.read && position !== this.unique ? new CellMemo<CellReading>(MEMO) : undefined));
    this.plain = table.known.map((header, position) => (header.column.read || position === this.unique ? undefined : new CellMemo<string>(MEMO)));
  }

  /** Reads the current row; false when it is skipped. */
  read(): boolean {
    const { known, cells } = this.table;
    const values = this.values;
    let skips: ImportIssue[] | undefined;
    let drops: ImportIssue[] | undefined;
    for (let position = 0; position < known.length; position += 1) {
      values[position] = undefined;
      const header = known[position];
      if (header === undefined) continue;
      const { column, label, index } = header;
      if (cells.isBlank(index)) {
        if (column.required) (skips ??= []).push(this.table.issue(label, `missing ${label}: every row needs one`));
        continue;
      }
      // A quoted cell with quotes inside has other bytes than its text, and is rare: it is read as it comes.
      const buffer = cells.buffer;
      const start = cells.cellStart(index);
      const end = cells.cellEnd(index);
      const memoable = !cells.hasQuotes(index);
      if (column.read === undefined) {
        const plain = memoable ? this.plain[position] : undefined;
        let value = plain?.get(buffer, start, end);
        if (value === undefined) {
          value = cells.text(index);
          plain?.set(buffer, start, end, value);
        }
        values[position] = value;
        continue;
      }
      const memo = memoable ? this.readings[position] : undefined;
      let reading = memo?.get(buffer, start, end);
      if (reading === undefined) {
        reading = column.read(cells.text(index));
        memo?.set(buffer, start, end, reading);
      }
      if (reading.kind === 'skip') (skips ??= []).push(this.table.issue(label, reading.message));
      else if (reading.kind === 'drop') (drops ??= []).push(this.table.issue(label, reading.message, 'value-dropped'));
      else {
        values[position] = reading.value;
        if (reading.dropped !== undefined) (drops ??= []).push(this.table.issue(label, reading.dropped, 'value-dropped'));
      }
    }
    const unique = known[this.unique];
    if (skips === undefined && unique !== undefined) {
      const id = values[this.unique];
      const first = id === undefined ? undefined : this.firstLineOf.get(id);
      if (first !== undefined) skips = [this.table.issue(unique.label, `${unique.label} ${id} repeats the one on line ${first}; the row on line ${first} was kept: remove or fix this one`)];
      else if (id !== undefined) this.firstLineOf.set(id, this.table.line);
    }
    if (skips !== undefined) {
      this.table.issues.push(...skips);
      return false;
    }
    if (drops !== undefined) this.table.issues.push(...drops);
    return true;
  }
}

/** Columns are worth remembering while a quarter of their cells repeat; 65,536 distinct cells at most. */
const MEMO = { trial: true, maxEntries: 65_536 } as const;

function fileIssue(file: string, column: string | null, message: string): ImportIssue {
  return { file, line: null, column, message, effect: 'value-dropped' };
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

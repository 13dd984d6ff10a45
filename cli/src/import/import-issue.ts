/** A row of an input file that was skipped (or a value that was dropped), with where and why. */
export interface ImportIssue {
  /** File name as given (e.g. "samples/contacts.csv"). */
  readonly file: string;
  /** 1-based line in the file where the record starts (the header is line 1); null for file-level problems. */
  readonly line: number | null;
  /** The column's header label, when the problem is in one cell. */
  readonly column: string | null;
  /** What is wrong and what to do, one sentence: 'bad date "31/02/2026": use YYYY-MM-DD or YYYY-MM-DD HH:mm'. */
  readonly message: string;
  /** `skipped`: the whole row was left out; `value-dropped`: the row was kept without this cell's value. */
  readonly effect: 'skipped' | 'value-dropped';
}

/** One line a person can read: "samples/contacts.csv line 214, column "Create Date": bad date … (row skipped)". */
export function formatImportIssue(issue: ImportIssue): string {
  const where = `${issue.file}${issue.line === null ? '' : ` line ${issue.line}`}${issue.column === null ? '' : `, column "${issue.column}"`}`;
  return `${where}: ${issue.message} (${issue.effect === 'skipped' ? 'row skipped' : 'value left empty'})`;
}

/** Rows left out: a row with two bad cells has an issue for each, but it is one row. */
export function skippedRowCount(issues: readonly ImportIssue[]): number {
  const rows = new Set<string>();
  let fileLevel = 0;
  for (const issue of issues) {
    if (issue.effect !== 'skipped') continue;
    if (issue.line === null) fileLevel += 1;
    else rows.add(`${issue.file}\n${issue.line}`);
  }
  return rows.size + fileLevel;
}

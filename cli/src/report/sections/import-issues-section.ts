import { skippedRowCount, type ImportIssue } from '../../import/import-issue';
import { escapeHtml } from '../escape-html';
import { formatCount } from '../format-report-values';
import { htmlTable, textCell } from '../html-table';
import { listedRows, truncationNote } from './listed-rows';
import { reportSection } from './report-section';

/** A bad export can have thousands of issues; the first ones show the pattern. */
const LISTED_ISSUES = 500;

export function importIssuesSection(issues: readonly ImportIssue[]): string {
  const skipped = skippedRowCount(issues);
  const dropped = issues.filter((issue) => issue.effect === 'value-dropped').length;
  const shown = listedRows(issues, LISTED_ISSUES);
  const table = htmlTable({
    caption: 'Rows and values left out while reading the input',
    columns: [{ label: 'File' }, { label: 'Line', numeric: true }, { label: 'Column' }, { label: 'Problem' }, { label: 'Effect' }],
    rows: shown.map((issue) => [
      textCell(issue.file),
      textCell(issue.line === null ? '–' : String(issue.line), { numeric: true }),
      textCell(issue.column ?? '–'),
      textCell(issue.message),
      textCell(issue.effect === 'skipped' ? 'row skipped' : 'value left empty'),
    ]),
    rowAttributes: shown.map((issue) => ` data-line="${issue.line ?? ''}" data-effect="${escapeHtml(issue.effect)}"`),
    emptyText: 'Every row was read.',
  });
  return reportSection('import-issues', 'Import issues', 'Fix these in the source file and run again: skipped rows are not in any figure above.', [
    `<p>Rows skipped: <span data-figure="import-issues-skipped" data-value="${skipped}">${formatCount(skipped)}</span>; values left empty: <span data-figure="import-issues-dropped" data-value="${dropped}">${formatCount(dropped)}</span>.</p>`,
    table,
    truncationNote(issues.length, 'decisions.json lists every one under "importIssues".', LISTED_ISSUES),
  ]);
}

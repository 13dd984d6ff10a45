import { escapeHtml } from '../escape-html';
import { formatCount } from '../format-report-values';

/**
 * Long lists (breaches, changed owners, import issues) show their first rows only: 100,000 contacts can
 * mean 20,000 breaches, which belong in the searchable contacts table, not in a page-long list.
 */
export const LISTED_ROWS = 200;

export function listedRows<T>(rows: readonly T[], limit: number = LISTED_ROWS): readonly T[] {
  return rows.length > limit ? rows.slice(0, limit) : rows;
}

/** "Showing the first 200 of 1,234." and where to find the rest, or nothing when all rows are shown. */
export function truncationNote(total: number, where: string, limit: number = LISTED_ROWS): string {
  return total > limit ? `<p class="note">Showing the first ${formatCount(limit)} of ${formatCount(total)}. ${escapeHtml(where)}</p>` : '';
}

import { escapeHtml } from './escape-html';
import { figureAttributes, type FigureHook } from './figure-hook';
import { formatUtc } from './format-report-values';

export interface TableColumn {
  readonly label: string;
  /** Numbers align right so digits line up. */
  readonly numeric?: boolean;
}

/** A data cell from plain text (escaped here), optionally carrying a figure hook. */
export function textCell(text: string, options: { readonly numeric?: boolean; readonly hook?: FigureHook } = {}): string {
  return htmlCell(escapeHtml(text), options);
}

/** A data cell from HTML the caller has already escaped (links, line breaks). */
export function htmlCell(html: string, options: { readonly numeric?: boolean; readonly hook?: FigureHook } = {}): string {
  const hook = options.hook ? figureAttributes(options.hook) : '';
  return `<td${options.numeric ? ' class="num"' : ''}${hook}>${html}</td>`;
}

/**
 * An instant as formatUtc writes it, machine-readable in <time>. A narrow column breaks it between the
 * date and the time, never inside either, so "2026-10-20" and "08:30 UTC" each stay on one line.
 */
export function instantCell(epochMs: number | null, whenNone = '–'): string {
  if (epochMs === null) return textCell(whenNone);
  const text = formatUtc(epochMs);
  const space = text.indexOf(' ');
  return `<td class="when"><time datetime="${new Date(epochMs).toISOString()}"><span>${escapeHtml(text.slice(0, space))}</span> <span>${escapeHtml(text.slice(space + 1))}</span></time></td>`;
}

/** A row's header cell: the thing the row is about (a rep, a team), for screen readers' row context. */
export function rowHeaderCell(text: string): string {
  return `<th scope="row">${escapeHtml(text)}</th>`;
}

export interface HtmlTableOptions {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** Each row's cells, as built by the cell helpers. */
  readonly rows: readonly (readonly string[])[];
  /** Extra attributes per row (already escaped), e.g. ` data-contact-id="…"`. */
  readonly rowAttributes?: readonly string[];
  readonly id?: string;
  /** Shown instead of an empty body, so "no rows" reads as a finding, not a broken page. */
  readonly emptyText?: string;
}

export function htmlTable(options: HtmlTableOptions): string {
  const parts: string[] = [`<div class="table-wrap"><table${options.id ? ` id="${escapeHtml(options.id)}"` : ''}>`, `<caption>${escapeHtml(options.caption)}</caption>`, '<thead><tr>'];
  for (const column of options.columns) parts.push(`<th scope="col"${column.numeric ? ' class="num"' : ''}>${escapeHtml(column.label)}</th>`);
  parts.push('</tr></thead><tbody>');
  if (options.rows.length === 0) {
    parts.push(`<tr><td colspan="${options.columns.length}" class="empty">${escapeHtml(options.emptyText ?? 'None.')}</td></tr>`);
  }
  options.rows.forEach((row, index) => parts.push(`<tr${options.rowAttributes?.[index] ?? ''}>`, ...row, '</tr>'));
  parts.push('</tbody></table></div>');
  return parts.join('');
}

import type { DataQualityFigures } from '../data-quality-figures';
import { escapeHtml } from '../escape-html';
import { formatCount } from '../format-report-values';
import { htmlCell, htmlTable, rowHeaderCell, textCell } from '../html-table';
import { contactLink } from './contact-link';
import { reportSection } from './report-section';

export function dataQualitySection(dataQuality: DataQualityFigures): string {
  const flags = htmlTable({
    caption: 'Values flagged, by code',
    columns: [{ label: 'Code' }, { label: 'Contacts', numeric: true }, { label: 'Examples' }],
    rows: dataQuality.flagsByCode.map((group) => [
      rowHeaderCell(group.code),
      textCell(formatCount(group.count), { numeric: true, hook: { figure: 'data-quality-flag', key: group.code, value: group.count } }),
      htmlCell(`<ul class="compact">${group.examples.map((example) => `<li>${contactLink(example.contactIndex, example.name)}: ${escapeHtml(example.text)}</li>`).join('')}</ul>`),
    ]),
    emptyText: 'No value was flagged.',
  });
  const fixes = htmlTable({
    caption: 'Values fixed, by property',
    columns: [{ label: 'Property' }, { label: 'Fixes', numeric: true }, { label: 'Examples' }],
    rows: dataQuality.fixesByProperty.map((group) => [
      rowHeaderCell(group.property),
      textCell(formatCount(group.count), { numeric: true, hook: { figure: 'data-quality-fix', key: group.property, value: group.count } }),
      htmlCell(`<ul class="compact">${group.examples.map((example) => `<li>${contactLink(example.contactIndex, example.name)}: “${escapeHtml(example.from)}” → “${escapeHtml(example.to)}” (${escapeHtml(example.reason)})</li>`).join('')}</ul>`),
    ]),
    emptyText: 'No value needed fixing.',
  });
  return reportSection('data-quality', 'Data quality', 'What cleaning changed (fixes) and what it could not fix but scoring and routing should know (flags), with a few example contacts each.', [flags, fixes]);
}

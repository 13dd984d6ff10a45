import type { DataQualityFigures } from '../data-quality-figures';
import type { DuplicateFigures } from '../duplicate-figures';
import { escapeHtml } from '../escape-html';
import { figureAttributes } from '../figure-hook';
import { formatCount } from '../format-report-values';
import { htmlCell, htmlTable, rowHeaderCell, textCell } from '../html-table';
import { contactLink } from './contact-link';
import { reportSection } from './report-section';

/** A count with its machine-readable mark, inside a sentence. */
const countSpan = (figure: string, value: number) => `<span${figureAttributes({ figure, value })}>${escapeHtml(formatCount(value))}</span>`;

/** The later records of one person: how many, how many went to a second rep, and the first of them. */
function duplicatesPart(duplicates: DuplicateFigures): string {
  const finding =
    duplicates.records === 0
      ? '<p>No contact looks like a second record of someone who arrived before them (same email, same name at the same company domain, or same phone and name).</p>'
      : `<p>${countSpan('data-quality-duplicates', duplicates.records)} contact(s) look like a second record of someone who arrived before them (same email, same name at the same company domain, or same phone and name). Routing judges each record on its own: ${countSpan('data-quality-duplicates-two-reps', duplicates.twoReps)} of them went to a different rep than the earlier record's owner, so two reps may contact one person. Merge such records in HubSpot, or give both to one rep.</p>`;
  const link = (contactIndex: number | null, name: string, contactId: string) => (contactIndex === null ? `${escapeHtml(name)} (record ${escapeHtml(contactId)}, not in this run)` : contactLink(contactIndex, name));
  const table = htmlTable({
    caption: 'Probable duplicates: the first to arrive, those with two reps first',
    columns: [{ label: 'Later record' }, { label: 'Earlier record' }, { label: 'Why' }, { label: 'Reps (earlier → later)' }],
    rows: duplicates.examples.map((example) => [
      htmlCell(contactLink(example.contactIndex, example.name)),
      htmlCell(link(example.earlier.contactIndex, example.earlier.name, example.earlier.contactId)),
      textCell(example.reasons.join('; ')),
      textCell(`${example.earlierOwner ?? 'nobody'} → ${example.owner ?? 'nobody'}`),
    ]),
    emptyText: 'None found.',
  });
  return duplicates.records === 0 ? finding : finding + table;
}

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
  return reportSection('data-quality', 'Data quality', 'What cleaning changed (fixes) and what it could not fix but scoring and routing should know (flags), with a few example contacts each, and the contacts that are probably one person.', [flags, fixes, duplicatesPart(dataQuality.duplicates)]);
}

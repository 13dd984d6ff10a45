import { csvCell, csvLine, physicalLines } from './csv-writer';
import type { SampleActivity } from './sample-activities';
import type { SampleContact } from './sample-contacts';
import { fullName, workEmail } from './sample-owners';
import { DAY_MS, WINDOW_END } from './sample-window';

/** The header of a HubSpot contacts export: property labels, plus one column LeadOps does not read. */
export const CONTACTS_HEADER = [
  'Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name', 'Country/Region', 'State/Region', 'City',
  'Lifecycle Stage', 'Lead Status', 'Contact owner', 'Create Date', 'Number of Employees', 'Industry', 'Annual Revenue', 'Original Source',
  'Number of Pageviews', 'Number of Form Submissions', 'Last Activity Date', 'Associated Company IDs',
  // Real exports carry many more columns; this one shows how an unread column is reported (once, file level).
  'Marketing contact status',
] as const;

const column = (label: (typeof CONTACTS_HEADER)[number]) => CONTACTS_HEADER.indexOf(label);

export type BrokenRowKind = 'unbalanced-quote' | 'short-row' | 'long-row' | 'bad-date' | 'unknown-stage' | 'non-numeric-count' | 'missing-record-id' | 'duplicate-record-id';

/** A row broken on purpose, where it ended up and why it is there. */
export interface BrokenRow {
  readonly kind: BrokenRowKind;
  readonly line: number;
  readonly description: string;
}

/** A good row above a broken one, whose Record ID the duplicate-id row copies. */
export interface EarlierRow {
  readonly recordId: string;
  readonly line: number;
}

export interface BreakingRecipe {
  readonly kind: BrokenRowKind;
  readonly description: string;
  /** The physical line written instead of the row; `earlier` is a good row higher up in the file. */
  readonly write: (cells: string[], earlier: EarlierRow) => string;
  /** What is wrong, for the README; `earlier` as for `write`. */
  readonly describe?: (earlier: EarlierRow) => string;
}

const withCell = (cells: readonly string[], label: (typeof CONTACTS_HEADER)[number], value: string) => cells.map((cell, i) => (i === column(label) ? value : cell));

/**
 * The deliberately broken rows, one of each kind the importer must survive. Each replaces the row of a
 * plain contact (no cell that needs quoting, no duplicate, no owner), so the break is the only thing
 * wrong with it.
 */
export const BREAKING_RECIPES: readonly BreakingRecipe[] = [
  {
    // Hand-edited in a text editor: an opening quote and no closing one. It must not swallow the rows after it.
    kind: 'unbalanced-quote',
    description: 'Company Name is `"Hartmann & Söhne GmbH` — an opening quote that is never closed',
    write: (cells) => withCell(cells.map(csvCell), 'Company Name', '"Hartmann & Söhne GmbH').join(','),
  },
  {
    // Cut in a spreadsheet: everything after Lifecycle Stage is gone.
    kind: 'short-row',
    description: 'the row stops after Lifecycle Stage: 11 cells where the header has 23',
    write: (cells) => csvLine(cells.slice(0, column('Lifecycle Stage') + 1)),
  },
  {
    // A company name with a comma, written without quotes: one cell becomes two.
    kind: 'long-row',
    description: 'Company Name `Smith, Jones & Partners LLP` is not quoted, so its comma adds a 24th cell',
    write: (cells) => withCell(cells.map(csvCell), 'Company Name', 'Smith, Jones & Partners LLP').join(','),
  },
  {
    // Re-saved by a spreadsheet in US date format.
    kind: 'bad-date',
    description: 'Create Date is `11/03/2026 14:22` (a spreadsheet re-saved it in US format)',
    write: (cells) => csvLine(withCell(cells, 'Create Date', '11/03/2026 14:22')),
  },
  {
    // A stage someone typed that neither HubSpot nor the config has.
    kind: 'unknown-stage',
    description: 'Lifecycle Stage is `Hot Lead`, which neither HubSpot nor the config defines',
    write: (cells) => csvLine(withCell(cells, 'Lifecycle Stage', 'Hot Lead')),
  },
  {
    // A size range typed into a number field.
    kind: 'non-numeric-count',
    description: 'Number of Employees is `50-200`, a range instead of a number',
    write: (cells) => csvLine(withCell(cells, 'Number of Employees', '50-200')),
  },
  {
    // Pasted in from another list, without a Record ID.
    kind: 'missing-record-id',
    description: 'Record ID is empty (a row pasted in from another list)',
    write: (cells) => csvLine(withCell(cells, 'Record ID', '')),
  },
  {
    // A row whose id was copied from an earlier row: the importer keeps the first and skips this one.
    kind: 'duplicate-record-id',
    description: 'Record ID repeats the id of an earlier, different contact',
    describe: (earlier) => `Record ID ${earlier.recordId} repeats the id of line ${earlier.line}, a different contact`,
    write: (cells, earlier) => csvLine(withCell(cells, 'Record ID', earlier.recordId)),
  },
];

const formatDate = (instant: number) => new Date(instant).toISOString().slice(0, 16).replace('T', ' ');

/** The export's cells for one contact; counts come from the activities recorded up to the export. */
export function contactCells(contact: SampleContact, activities: readonly SampleActivity[]): string[] {
  const pageViews = activities.filter((a) => a.type === 'page_view').length;
  const forms = activities.filter((a) => a.type === 'form_submission').length;
  const meetings = activities.filter((a) => a.type === 'meeting').map((a) => a.at);
  // A rep who owns a contact has logged a call the day after it arrived.
  const lastSales = meetings.length > 0 ? Math.max(...meetings) : contact.owner && contact.createdAt + DAY_MS < WINDOW_END ? contact.createdAt + DAY_MS : null;
  const owner = contact.owner === null ? '' : contact.ownerAsEmail ? workEmail(contact.owner) : fullName(contact.owner);
  return [
    contact.recordId, contact.firstName, contact.lastName, contact.email, contact.phone, contact.jobTitle, contact.companyName, contact.country, contact.state, contact.city,
    contact.lifecycleStage, contact.leadStatus, owner, formatDate(contact.createdAt), contact.employees, contact.industry, contact.annualRevenue, contact.source,
    String(pageViews), String(forms), lastSales === null ? '' : formatDate(lastSales), contact.associatedCompany?.id ?? '',
    contact.marketingContact ? 'Marketing contact' : 'Non-marketing contact',
  ];
}

/** A contact whose row can be broken without anything else in it being unusual. */
export function isPlain(contact: SampleContact, cells: readonly string[]): boolean {
  return contact.duplicateOf === null && contact.owner === null && cells.every((cell) => csvCell(cell) === cell);
}

/**
 * contacts.csv as HubSpot writes it — UTF-8 with a byte order mark, CRLF line ends, cells quoted only
 * when needed — with the rows in `broken` replaced by their broken versions. Returns the text and where
 * each broken row landed (a quoted line break shifts the lines after it).
 */
export function writeContactsExport(rows: readonly { readonly contact: SampleContact; readonly cells: string[] }[], broken: ReadonlyMap<SampleContact, BreakingRecipe>): { text: string; brokenRows: BrokenRow[] } {
  const lines = [csvLine(CONTACTS_HEADER)];
  const brokenRows: BrokenRow[] = [];
  const lineOf: number[] = [];
  let line = 2;
  rows.forEach(({ contact, cells }, index) => {
    const recipe = broken.get(contact);
    // The duplicated id is taken from a good row about 250 rows up.
    const earlierIndex = rows.slice(0, Math.max(1, index - 250)).findLastIndex((row) => !broken.has(row.contact));
    const earlier = { recordId: rows[earlierIndex]?.contact.recordId ?? '', line: lineOf[earlierIndex] ?? 0 };
    const written = recipe ? recipe.write(cells, earlier) : csvLine(cells);
    if (recipe) brokenRows.push({ kind: recipe.kind, line, description: recipe.describe?.(earlier) ?? recipe.description });
    lines.push(written);
    lineOf.push(line);
    line += physicalLines(written);
  });
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, brokenRows };
}

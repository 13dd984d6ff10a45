import type { Contact } from '@leadops/rules';
import type { PortalOwner } from '../portal/portal-data';
import { companyIdsReader } from './company-ids-reader';
import { textBytes, type CsvBytes } from './csv-bytes';
import { enumerationReader, LEAD_STATUS_LABELS, ORIGINAL_SOURCE_LABELS } from './enumeration-labels';
import { readAmount, readCount, readDate, readRecordId } from './export-cell-values';
import { ExportRowReader, ExportRows, type ExportColumn } from './export-table';
import type { ImportIssue } from './import-issue';
import { lifecycleStageReader, type StageName } from './lifecycle-stage-values';
import { ownerReader } from './owner-lookup';

export interface ContactsExportContext {
  /** The file as the user named it, for issues. */
  readonly file: string;
  /** Owners that "Contact owner" names resolve against. */
  readonly owners: readonly PortalOwner[];
  /** Companies read already; when given, associations to other ids are dropped. */
  readonly companyIds?: ReadonlySet<string>;
  /** The config's lifecycle stages, understood besides HubSpot's standard ones. */
  readonly stages?: readonly StageName[];
}

export interface ContactsExport {
  /** Contacts without activities (activities.csv adds them), in file order. */
  readonly contacts: readonly Contact[];
  /** Contact id → associated company ids, primary first. */
  readonly contactCompanies: Readonly<Record<string, readonly string[]>>;
  readonly issues: readonly ImportIssue[];
}

const ASSOCIATED_COMPANIES = 'associated_company_ids';
const PRIMARY_COMPANY = 'primary_associated_company_id';

/** The columns of a HubSpot contacts export: the label HubSpot writes in the header → the internal property. */
function contactColumns(context: ContactsExportContext): ExportColumn[] {
  const companyIds = companyIdsReader(context.companyIds);
  return [
    { key: 'hs_object_id', labels: ['Record ID', 'Contact ID'], required: true, read: readRecordId },
    { key: 'firstname', labels: ['First Name'] },
    { key: 'lastname', labels: ['Last Name'] },
    { key: 'email', labels: ['Email', 'Email Address'] },
    { key: 'phone', labels: ['Phone Number', 'Phone'] },
    { key: 'mobilephone', labels: ['Mobile Phone Number'] },
    { key: 'jobtitle', labels: ['Job Title'] },
    { key: 'company', labels: ['Company Name'] },
    { key: 'website', labels: ['Website URL'] },
    { key: 'country', labels: ['Country/Region', 'Country'] },
    { key: 'state', labels: ['State/Region', 'State'] },
    { key: 'city', labels: ['City'] },
    { key: 'lifecyclestage', labels: ['Lifecycle Stage'], read: lifecycleStageReader(context.stages) },
    { key: 'hs_lead_status', labels: ['Lead Status'], read: enumerationReader(LEAD_STATUS_LABELS) },
    { key: 'hubspot_owner_id', labels: ['Contact owner'], read: ownerReader(context.owners) },
    // Required: a lead arrives in the simulation at its create date, so a row without one cannot be simulated.
    { key: 'createdate', labels: ['Create Date'], required: true, read: readDate },
    { key: 'numemployees', labels: ['Number of Employees'], read: readCount },
    { key: 'industry', labels: ['Industry'] },
    { key: 'annualrevenue', labels: ['Annual Revenue'], read: readAmount },
    { key: 'hs_analytics_source', labels: ['Original Source'], read: enumerationReader(ORIGINAL_SOURCE_LABELS) },
    { key: 'hs_analytics_num_page_views', labels: ['Number of Pageviews'], read: readCount },
    { key: 'num_conversion_events', labels: ['Number of Form Submissions'], read: readCount },
    { key: 'notes_last_updated', labels: ['Last Activity Date'], read: readDate },
    { key: ASSOCIATED_COMPANIES, labels: ['Associated Company IDs', 'associatedcompanyids'], read: companyIds },
    { key: PRIMARY_COMPANY, labels: ['Primary Associated Company ID', 'associatedcompanyid'], read: companyIds },
  ];
}

/**
 * Reads a HubSpot contacts export (CSV with HubSpot's property labels as the header, or internal names)
 * into contacts with internal property names, the way the API would return them: lifecycle stage and
 * lead status as internal values, the owner as an owner id, dates as epoch milliseconds. Rows that
 * cannot be trusted are skipped and cells pointing at unknown owners or companies dropped, each with an
 * issue; the rule is in export-table.ts.
 */
export function readHubSpotContactsExport(text: string, context: ContactsExportContext): ContactsExport {
  const read = readContactsExport(textBytes(text), context);
  const contacts = read.ids.map((id, i): Contact => ({ id, properties: read.properties[i] ?? {} }));
  return { contacts, contactCompanies: read.contactCompanies, issues: read.issues };
}

/** A contacts export as parallel lists, so the caller can build each contact once, with its activities. */
export interface ContactsExportColumns {
  readonly ids: readonly string[];
  readonly properties: readonly Readonly<Record<string, string>>[];
  readonly contactCompanies: Readonly<Record<string, readonly string[]>>;
  readonly issues: readonly ImportIssue[];
}

/** `readHubSpotContactsExport` on the bytes of the export, read row by row. */
export function readContactsExport(bytes: CsvBytes, context: ContactsExportContext): ContactsExportColumns {
  const table = new ExportRows(bytes, { file: context.file, description: 'a HubSpot contacts export (Record ID, Email, …)', columns: contactColumns(context), uniqueKey: 'hs_object_id' });
  const reader = new ExportRowReader(table, 'hs_object_id');
  const values = reader.values;
  const idPosition = table.position('hs_object_id');
  const primaryPosition = table.position(PRIMARY_COMPANY);
  const associatedPosition = table.position(ASSOCIATED_COMPANIES);
  const propertyColumns = table.known.flatMap((header, position) => (position === primaryPosition || position === associatedPosition ? [] : [{ key: header.column.key, position }]));
  const ids: string[] = [];
  const properties: Record<string, string>[] = [];
  const contactCompanies: Record<string, readonly string[]> = {};
  while (table.next()) {
    if (!reader.read()) continue;
    const id = values[idPosition] ?? '';
    const contactProperties: Record<string, string> = {};
    for (const { key, position } of propertyColumns) {
      const value = values[position];
      if (value !== undefined) contactProperties[key] = value;
    }
    ids.push(id);
    properties.push(contactProperties);
    // A header without the column has position -1, which must not become a property lookup per row.
    const primary = primaryPosition < 0 ? undefined : values[primaryPosition];
    const associated = associatedPosition < 0 ? undefined : values[associatedPosition];
    if (primary !== undefined || associated !== undefined) contactCompanies[id] = companiesOf(primary, associated);
  }
  return { ids, properties, contactCompanies, issues: table.issues };
}

/** The ids of "1001;1002" cells, primary first, each once. */
function companiesOf(primary: string | undefined, associated: string | undefined): string[] {
  const companies: string[] = [];
  for (const cell of [primary, associated]) {
    if (cell === undefined) continue;
    for (const id of cell.split(';')) if (!companies.includes(id)) companies.push(id);
  }
  return companies;
}

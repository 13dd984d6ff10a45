import type { PortalOwner, PortalRecord } from '../portal/portal-data';
import { readCount, readRecordId } from './export-cell-values';
import { readExportTable, type ExportColumn } from './export-table';
import type { ImportIssue } from './import-issue';
import { ownerReader } from './owner-lookup';

export interface CompaniesExportContext {
  readonly file: string;
  /** Owners that "Company owner" names resolve against (account owners for lead-to-account routing). */
  readonly owners: readonly PortalOwner[];
}

export interface CompaniesExport {
  readonly companies: readonly PortalRecord[];
  readonly issues: readonly ImportIssue[];
}

function companyColumns(owners: readonly PortalOwner[]): ExportColumn[] {
  return [
    { key: 'hs_object_id', labels: ['Record ID', 'Company ID'], required: true, read: readRecordId },
    { key: 'name', labels: ['Company name'] },
    { key: 'domain', labels: ['Company Domain Name', 'Domain'] },
    { key: 'hubspot_owner_id', labels: ['Company owner'], read: ownerReader(owners) },
    { key: 'numberofemployees', labels: ['Number of Employees', 'numemployees'], read: readCount },
    { key: 'industry', labels: ['Industry'] },
    { key: 'country', labels: ['Country/Region', 'Country'] },
  ];
}

/**
 * Reads a HubSpot companies export into company records with internal property names (the company
 * object calls the employee count `numberofemployees`). Same row rule as the contacts export.
 */
export function readHubSpotCompaniesExport(text: string, context: CompaniesExportContext): CompaniesExport {
  const table = readExportTable(text, { file: context.file, description: 'a HubSpot companies export (Record ID, Company name, Company Domain Name, …)', columns: companyColumns(context.owners), uniqueKey: 'hs_object_id' });
  const companies = table.rows.map((row): PortalRecord => ({ id: row.values.get('hs_object_id') ?? '', properties: Object.fromEntries(row.values) }));
  return { companies, issues: table.issues };
}

import { csvLine } from './csv-writer';
import type { SampleCompany } from './sample-companies';
import { fullName } from './sample-owners';

export const COMPANIES_HEADER = ['Record ID', 'Company name', 'Company Domain Name', 'Company owner', 'Number of Employees', 'Industry', 'Country/Region'] as const;

/** companies.csv as HubSpot writes a companies export: BOM, CRLF, the owner by name. */
export function writeCompaniesExport(companies: readonly SampleCompany[]): string {
  const rows = companies.map((c) => csvLine([c.id, c.name, c.domain, c.owner ? fullName(c.owner) : '', String(c.employees), c.industry, c.countryCell]));
  return `\uFEFF${[csvLine(COMPANIES_HEADER), ...rows].join('\r\n')}\r\n`;
}

import { readActivitiesCsv } from '@leadops/cli/src/import/activities-csv';
import { readHubSpotCompaniesExport } from '@leadops/cli/src/import/hubspot-companies-export';
import { readHubSpotContactsExport } from '@leadops/cli/src/import/hubspot-contacts-export';
import { formatImportIssue, type ImportIssue } from '@leadops/cli/src/import/import-issue';
import { readOwnersFile } from '@leadops/cli/src/import/owners-file';
import { cleanContact, scoreLead, type LeadOpsConfig } from '@leadops/rules';
import type { BrokenRow } from './sample-contacts-export';
import { WINDOW_END } from './sample-window';

/** What the generated files hold, read back the way `leadops` reads them. */
export interface SampleSummary {
  readonly contacts: number;
  readonly companies: number;
  readonly ownedCompanies: number;
  readonly activities: number;
  readonly activitiesByType: Readonly<Record<string, number>>;
  /** Contacts that are MQLs (score and fit) at the window end under the sample config. */
  readonly mqls: number;
}

export interface SampleTexts {
  readonly contacts: string;
  readonly companies: string;
  readonly activities: string;
  readonly owners: string;
}

/**
 * Reads the generated files back through the importer and scores every contact with the rules engine.
 * Throws unless the importer reports exactly the deliberately broken rows (and the one unread column),
 * so a generator change that breaks a good row, or mends a broken one, cannot go unnoticed.
 */
export function checkSamples(texts: SampleTexts, config: LeadOpsConfig, brokenRows: readonly BrokenRow[]): SampleSummary {
  const { owners } = readOwnersFile(texts.owners, 'owners.json');
  const companies = readHubSpotCompaniesExport(texts.companies, { file: 'companies.csv', owners });
  const contacts = readHubSpotContactsExport(texts.contacts, { file: 'contacts.csv', owners, companyIds: new Set(companies.companies.map((c) => c.id)), stages: config.lifecycle.stages });
  const activities = readActivitiesCsv(texts.activities, { file: 'activities.csv', contactIds: new Set(contacts.contacts.map((c) => c.id)) });

  const issues: ImportIssue[] = [...contacts.issues, ...companies.issues, ...activities.issues];
  const rowIssueLines = issues.filter((i) => i.line !== null).map((i) => `${i.file}:${i.line}`);
  const expected = brokenRows.map((row) => `contacts.csv:${row.line}`);
  const fileLevel = issues.filter((i) => i.line === null);
  if (rowIssueLines.join() !== expected.join() || fileLevel.length !== 1 || !fileLevel[0]?.message.includes('"Marketing contact status"')) {
    throw new Error(`The generated samples do not read back as intended. Expected issues only on the broken rows (${expected.join(', ')}) and for the "Marketing contact status" column; the importer reported:\n${issues.map(formatImportIssue).join('\n')}\nFix the generator.`);
  }

  let mqls = 0;
  const activitiesByType: Record<string, number> = {};
  for (const contact of contacts.contacts) {
    const history = activities.byContact.get(contact.id) ?? [];
    for (const activity of history) activitiesByType[activity.type] = (activitiesByType[activity.type] ?? 0) + 1;
    const cleaned = cleanContact({ ...contact, activities: history }, config).contact;
    if (scoreLead(cleaned, config, WINDOW_END).mql.qualifies) mqls += 1;
  }
  return {
    contacts: contacts.contacts.length,
    companies: companies.companies.length,
    ownedCompanies: companies.companies.filter((c) => c.properties['hubspot_owner_id']).length,
    activities: Object.values(activitiesByType).reduce((sum, n) => sum + n, 0),
    activitiesByType,
    mqls,
  };
}

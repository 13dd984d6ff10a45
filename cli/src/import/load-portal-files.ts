import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Contact } from '@leadops/rules';
import { z } from 'zod';
import type { PortalData } from '../portal/portal-data';
import { ContactPositions, readActivities } from './activities-csv';
import { withFileBytes } from './csv-bytes';
import { readUtf8File } from './utf8-check';
import { readHubSpotCompaniesExport } from './hubspot-companies-export';
import { readContactsExport } from './hubspot-contacts-export';
import type { ImportIssue } from './import-issue';
import type { StageName } from './lifecycle-stage-values';
import { readOwnersFile } from './owners-file';

export interface LoadedPortalFiles {
  readonly portal: PortalData;
  /** The parsed JSON of leadops-config.json; validating it is the caller's job (parseConfig). */
  readonly config: unknown;
  /** Skipped rows and dropped values, file by file, in line order. */
  readonly issues: readonly ImportIssue[];
}

/** The files of a portal folder and what each must hold, for the error when one is missing. */
export const PORTAL_FILES = {
  contacts: { name: 'contacts.csv', holds: 'a HubSpot contacts export (CRM → Contacts → Export, CSV) with at least the "Record ID" column' },
  companies: { name: 'companies.csv', holds: 'a HubSpot companies export with at least the "Record ID" column (a header row alone if there are no companies)' },
  activities: { name: 'activities.csv', holds: 'the header "Contact ID,Activity,Timestamp,Detail" and one activity a row (the header alone if there are none)' },
  owners: { name: 'owners.json', holds: '{ "owners": [...], "users": [...] }: the portal\'s owners and their HubSpot user records' },
  config: { name: 'leadops-config.json', holds: 'the LeadOps configuration (start from rules/config/default-config.json)' },
} as const;

/** Only the stage names are read here, leniently: the full config is validated by whoever uses it. */
const configStagesSchema = z.object({ lifecycle: z.object({ stages: z.array(z.object({ hubspotValue: z.string(), label: z.string() })) }) });

/**
 * Loads a portal from a folder of files — contacts.csv, companies.csv, activities.csv, owners.json,
 * leadops-config.json — into PortalData. Every file is required, so a forgotten file is an error rather
 * than a portal that silently has no companies or no activity. Bad rows are skipped and reported in
 * `issues`; a missing or unreadable file, or a file without its required columns, throws.
 */
export function loadPortalFiles(dir: string): LoadedPortalFiles {
  const locate = (file: PortalFile) => {
    const filePath = path.join(dir, file.name);
    if (!existsSync(filePath)) throw new Error(`${filePath} is missing. The folder must hold ${file.name}: ${file.holds}.`);
    // Reading a folder fails with a bare EISDIR that names nothing.
    if (!statSync(filePath).isFile()) throw new Error(`${filePath} is not a file (a folder of that name?). The folder must hold a file ${file.name}: ${file.holds}.`);
    return filePath;
  };
  const read = (file: PortalFile) => {
    const filePath = locate(file);
    return { filePath, text: readUtf8File(filePath, readFileSync(filePath)) };
  };

  const configFile = read(PORTAL_FILES.config);
  let config: unknown;
  try {
    config = JSON.parse(configFile.text);
  } catch (error) {
    throw new Error(`${configFile.filePath} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix the syntax; it must hold ${PORTAL_FILES.config.holds}.`);
  }
  const configStages = configStagesSchema.safeParse(config);
  const stages: readonly StageName[] = configStages.success ? configStages.data.lifecycle.stages : [];

  const ownersFile = read(PORTAL_FILES.owners);
  const { owners, users } = readOwnersFile(ownersFile.text, ownersFile.filePath);

  const companiesFile = read(PORTAL_FILES.companies);
  const companies = readHubSpotCompaniesExport(companiesFile.text, { file: companiesFile.filePath, owners });

  // The two large files are read a chunk at a time, straight into the contacts (see csv-bytes.ts).
  const contactsPath = locate(PORTAL_FILES.contacts);
  const contacts = withFileBytes(contactsPath, (bytes) => readContactsExport(bytes, { file: contactsPath, owners, companyIds: new Set(companies.companies.map((c) => c.id)), stages }));
  const positions = new ContactPositions(contacts.ids);
  const activitiesPath = locate(PORTAL_FILES.activities);
  const activities = withFileBytes(activitiesPath, (bytes) => readActivities(bytes, activitiesPath, positions));

  const withActivities = contacts.ids.map((id, i): Contact => ({ id, properties: contacts.properties[i] ?? {}, activities: activities.lists[i] ?? [] }));
  return {
    portal: { contacts: withActivities, companies: companies.companies, contactCompanies: contacts.contactCompanies, owners, users },
    config,
    issues: [...contacts.issues, ...companies.issues, ...activities.issues],
  };
}

type PortalFile = (typeof PORTAL_FILES)[keyof typeof PORTAL_FILES];

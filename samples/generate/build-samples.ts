import { formatConfigProblem, parseConfig } from '@leadops/rules';
import { generateActivities, type SampleActivity } from './sample-activities';
import { writeActivitiesFile } from './sample-activities-file';
import { checkSamples, type SampleSummary } from './sample-checks';
import { formatJson } from './json-format';
import { generateCompanies } from './sample-companies';
import { writeCompaniesExport } from './sample-companies-export';
import { sampleConfig, whatIfConfig } from './sample-config';
import { DUPLICATE_COUNT, generateContacts, type SampleContact } from './sample-contacts';
import { BREAKING_RECIPES, contactCells, isPlain, writeContactsExport, type BreakingRecipe, type BrokenRow } from './sample-contacts-export';
import { ownersFileJson } from './sample-owners';
import { sampleReadme } from './sample-readme';
import { SAMPLE_SEED } from './sample-window';
import { SeededRandom } from './seeded-random';

/** The files written into samples/, by name. */
export const SAMPLE_FILES = ['contacts.csv', 'companies.csv', 'activities.csv', 'owners.json', 'leadops-config.json', 'what-if-config.json', 'README.md'] as const;
export type SampleFileName = (typeof SAMPLE_FILES)[number];

export interface SampleBuild {
  readonly files: Readonly<Record<SampleFileName, string>>;
  readonly brokenRows: readonly BrokenRow[];
  readonly summary: SampleSummary;
  readonly duplicatePeople: number;
  /** The second record of each person who is in the export twice, with the first one's id. */
  readonly secondRecords: readonly { readonly recordId: string; readonly firstRecordId: string }[];
}

/**
 * Rows (0-based, among all contacts) near which the broken rows go: spread through the file. Each
 * broken row takes the first plain contact at or after its position.
 */
const BROKEN_ROW_POSITIONS = [180, 430, 690, 940, 1200, 1450, 1710, 1960];

function chooseBrokenRows(rows: readonly { readonly contact: SampleContact; readonly cells: string[] }[]): Map<SampleContact, BreakingRecipe> {
  const broken = new Map<SampleContact, BreakingRecipe>();
  const originals = new Set(rows.map((r) => r.contact.duplicateOf).filter((c): c is SampleContact => c !== null));
  BREAKING_RECIPES.forEach((recipe, i) => {
    const start = BROKEN_ROW_POSITIONS[i] ?? 0;
    const row = rows.slice(start).find((r) => isPlain(r.contact, r.cells) && !originals.has(r.contact) && !broken.has(r.contact));
    if (!row) throw new Error(`No plain contact after row ${start} to break as "${recipe.kind}": move BROKEN_ROW_POSITIONS or generate more contacts.`);
    broken.set(row.contact, recipe);
  });
  return broken;
}

/**
 * Generates every sample file from the fixed seed, deterministically and without reading the clock,
 * from the shipped default config's text. Fails loudly when the sample config does not parse or the
 * files do not read back with exactly the deliberately broken rows.
 */
export function buildSamples(defaultConfigText: string): SampleBuild {
  const random = new SeededRandom(SAMPLE_SEED);
  const configJson = sampleConfig(JSON.parse(defaultConfigText) as Record<string, unknown>);
  const parsed = parseConfig(configJson);
  if (!parsed.ok) throw new Error(`The sample config does not pass parseConfig:\n${parsed.problems.map(formatConfigProblem).join('\n')}\nFix samples/generate/sample-config.ts.`);

  const companies = generateCompanies(random);
  const contacts = generateContacts(random, companies, BREAKING_RECIPES.length);
  // Broken rows are chosen before activities are made, so no activity points at a contact whose row is skipped.
  const provisional = contacts.map((contact) => ({ contact, cells: contactCells(contact, []) }));
  const broken = chooseBrokenRows(provisional);
  const activities = new Map<SampleContact, SampleActivity[]>();
  for (const contact of contacts) if (!broken.has(contact)) activities.set(contact, generateActivities(contact, random));

  const rows = contacts.map((contact) => ({ contact, cells: contactCells(contact, activities.get(contact) ?? []) }));
  const contactsExport = writeContactsExport(rows, broken);
  const texts = {
    contacts: contactsExport.text,
    companies: writeCompaniesExport(companies),
    activities: writeActivitiesFile([...activities.values()].flat()),
    owners: `${formatJson(ownersFileJson())}\n`,
  };
  const summary = checkSamples(texts, parsed.config, contactsExport.brokenRows);
  const duplicatePeople = DUPLICATE_COUNT;
  return {
    files: {
      'contacts.csv': texts.contacts,
      'companies.csv': texts.companies,
      'activities.csv': texts.activities,
      'owners.json': texts.owners,
      'leadops-config.json': `${formatJson(configJson)}\n`,
      'what-if-config.json': `${formatJson(whatIfConfig(configJson))}\n`,
      'README.md': sampleReadme(summary, contactsExport.brokenRows, duplicatePeople),
    },
    brokenRows: contactsExport.brokenRows,
    summary,
    duplicatePeople,
    secondRecords: contacts.flatMap((contact) => (contact.duplicateOf === null ? [] : [{ recordId: contact.recordId, firstRecordId: contact.duplicateOf.recordId }])),
  };
}

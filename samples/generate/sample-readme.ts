import type { SampleSummary } from './sample-checks';
import { SAMPLE_TEAMS } from './sample-config';
import { CONTACTS_HEADER, type BrokenRow } from './sample-contacts-export';
import { fullName, SAMPLE_PEOPLE, type SamplePerson } from './sample-owners';
import { SAMPLE_SEED } from './sample-window';

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const DAY_NAMES: Readonly<Record<string, string>> = { MONDAY_TO_FRIDAY: 'Mon–Fri', MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed' };

function hoursText(person: SamplePerson): string {
  if (person.hours === null) return `none set: the ${person.team} team's calendar (${SAMPLE_TEAMS.find((t) => t.id === person.team)?.calendar ?? 'none'}) applies`;
  return person.hours.map((b) => `${DAY_NAMES[b.days] ?? b.days} ${clock(b.startMinute)}–${clock(b.endMinute)}`).join(', ');
}

function notes(person: SamplePerson): string {
  const parts: string[] = [];
  if (person.role === 'manager') parts.push('manager');
  if (person.away) parts.push('availability "away"');
  if (person.outOfOffice) parts.push(`out of office ${person.outOfOffice.start} → ${person.outOfOffice.end}`);
  if (person.leadsPerDay !== undefined) parts.push(`cap: ${person.leadsPerDay} leads a day`);
  return parts.join('; ');
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

/**
 * samples/README.md, written by the generator so that the line numbers of the broken rows and the
 * counts are always those of the files next to it.
 */
export function sampleReadme(summary: SampleSummary, brokenRows: readonly BrokenRow[], duplicatePeople: number): string {
  const people = SAMPLE_PEOPLE.map((p) => `| ${fullName(p)} | ${p.ownerId} | ${p.team} | ${p.timeZone} | ${hoursText(p)} | ${notes(p)} |`).join('\n');
  const broken = brokenRows.map((row) => `| ${row.line} | ${row.kind} | ${row.description} |`).join('\n');
  const activityTypes = Object.entries(summary.activitiesByType).sort(([a], [b]) => (a < b ? -1 : 1)).map(([type, count]) => `${type} ${count}`).join(', ');
  return `# Sample portal: Fernhill Software

<!-- Written by samples/generate/generate-samples.ts: edit the generator, then run \`npm run samples\`. -->

A month of lead flow at Fernhill Software, a fictional B2B software company with a HubSpot portal:
${summary.contacts} contacts arriving between **19 Oct 2026 and 15 Nov 2026 (UTC)**, their companies, their
activity, ten reps and two managers, and a LeadOps config. Everything is made up; every company domain
ends in \`.example\`.

## Files

| file | what it is |
| --- | --- |
| \`contacts.csv\` | A HubSpot **contacts export**: property labels as the header, UTF-8 with a byte order mark, CRLF line ends, lifecycle stages as labels ("Marketing Qualified Lead"), owners by name, dates as \`YYYY-MM-DD HH:mm\` (UTC). ${CONTACTS_HEADER.length} columns, one of which (\`Marketing contact status\`) LeadOps does not read. |
| \`companies.csv\` | A HubSpot **companies export**: ${summary.companies} companies (Record ID, Company name, Company Domain Name, Company owner, Number of Employees, Industry, Country/Region); ${summary.ownedCompanies} have an account owner. |
| \`activities.csv\` | LeadOps' own activity format: \`Contact ID,Activity,Timestamp,Detail\`, ${summary.activities} rows (${activityTypes}). Detail is the page URL, form name, email campaign or meeting title. |
| \`owners.json\` | The portal's owners and their HubSpot user records (\`hs_working_hours\`, \`hs_standard_time_zone\`, \`hs_availability_status\`, \`hs_out_of_office_hours\`). |
| \`leadops-config.json\` | \`rules/config/default-config.json\` with its own name, a \`strategic-accounts\` list, one calendar per office (Berlin with DE holidays, Sydney with AU, Kolkata with IN, LA with US) and a routing section. |
| \`what-if-config.json\` | The same config with routing skipping reps who are off (leads queue at night) and the MQL threshold at 50: try \`npx leadops simulate --config samples/what-if-config.json\` to compare. |

Load them with \`loadPortalFiles('samples')\` (\`cli/src/import/load-portal-files.ts\`).

## What is in the data

- **Arrivals** skew to weekdays and office hours in each contact's own time zone (US, Canada, UK, Ireland,
  DACH, France, Spain, Benelux, Nordics, India, Australia, New Zealand, Singapore, Japan, Brazil, Mexico,
  UAE), ramp up through the window and spike on the webinar day, 5 Nov.
- **Messy values, as people type them**: countries ("USA", "United States", "U.S.", "UK", "England",
  "Deutschland", "España", "Holland", "Canada " with a trailing space…), states as names or codes, phone
  numbers in local formats, emails with capitals; job titles across seniorities (C-level to intern) and
  functions, some in German, Spanish or French, some with commas; names with accents and in Cyrillic,
  Greek, Devanagari, Tamil, Chinese, Japanese and Arabic script.
- **Email kinds**: mostly work addresses at the companies' domains, then free mail (gmail.com, gmx.de,
  yahoo.co.in…), shared mailboxes (info@, sales@…), disposable domains (mailinator.com…), a few
  \`competitor.example\` addresses, and a handful of contacts with no email at all.
- **Duplicates**: ${duplicatePeople} people (about 3%) have a second record — the same address typed with other
  capitals or stray spaces, or a personal address on the second sign-up.
- **Missing fields**: no job title (~7%), no country (~6%), no phone, state or city for many.
- **Quoting**: cells with commas are quoted; one job title holds a line break ("Head of Marketing⏎EMEA &
  APAC"), so that record takes two physical lines.
- **Activity**: anonymous page views before the first form (attributed once the contact identifies),
  the form that created the contact (newsletter, content downloads, webinar registration, "Request a
  demo"), newsletter opens and clicks, return visits (some to /pricing), more downloads, demo requests and
  meetings; nothing later than the window end. The higher a contact's (hidden) intent, the more of it.
- **Scoring**: under this config, **${summary.mqls} contacts (${percent(summary.mqls, summary.contacts)}) are MQLs** at the window end
  (16 Nov 2026 00:00 UTC), by \`cleanContact\` + \`scoreLead\` from \`@leadops/rules\`.

## Reps and managers

| name | owner id | team | time zone | HubSpot working hours | notes |
| --- | --- | --- | --- | --- | --- |
${people}

Routing (\`leadops-config.json\`): the account owner first (lead-to-account, by association or email
domain); then Initech (\`initech.example\`, the strategic account) → Priya Raman; 1,000+ employees → the
enterprise pool (weighted); EMEA countries → EMEA pool (round robin); APAC → APAC pool (round robin); US,
Canada, Mexico and everyone else with an email → North America pool (least loaded); no email → the
unassigned queue.

## Deliberately broken rows

\`contacts.csv\` holds exactly ${brokenRows.length} broken rows, one of each kind the importer must survive. Loading
the samples skips them, reports each with its line, and loads every other row; the only other issue is
the file-level note that \`Marketing contact status\` is not read.

| line | kind | what is wrong |
| --- | --- | --- |
${broken}

No activity in \`activities.csv\` belongs to a broken row's contact.

## Regenerate

\`\`\`sh
npm run samples     # = npx tsx samples/generate/generate-samples.ts
\`\`\`

The generator uses its own seeded PRNG (mulberry32, seed ${SAMPLE_SEED}) and never reads the clock, so the same
code gives byte-identical files. It reads \`rules/config/default-config.json\` at generation time, checks
the sample config with \`parseConfig\`, and reads its output back through the importer, failing loudly if
anything but the broken rows is reported. \`samples/generate/samples.test.ts\` fails when the checked-in
files are stale.
`;
}

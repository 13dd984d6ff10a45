import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPortalFiles, type LoadedPortalFiles } from '@leadops/cli/src/import/load-portal-files';
import { cleanContact, formatConfigProblem, parseConfig, scoreLead, type LeadOpsConfig, type ParseConfigResult } from '@leadops/rules';
import { SAMPLE_FILES, type SampleBuild } from './build-samples';
import { WINDOW_END, WINDOW_START } from './sample-window';
import { writeSamples } from './write-samples';

const SAMPLES = path.resolve(__dirname, '..');
const REGENERATE = 'npm run samples (= npx tsx samples/generate/generate-samples.ts)';

let build: SampleBuild;
let regenerated: string;

beforeAll(() => {
  regenerated = mkdtempSync(path.join(os.tmpdir(), 'leadops-samples-'));
  build = writeSamples(regenerated);
});
afterAll(() => rmSync(regenerated, { recursive: true, force: true }));

describe('the checked-in samples', () => {
  it.each(SAMPLE_FILES)('%s is byte-identical to what the generator writes', (name) => {
    const checkedIn = readFileSync(path.join(SAMPLES, name));
    const fresh = readFileSync(path.join(regenerated, name));
    if (!checkedIn.equals(fresh)) throw new Error(`samples/${name} is stale: it differs from what the generator writes now. Run ${REGENERATE} and commit the result.`);
  });

  it('generates the same bytes twice in a row (nothing depends on the clock or on earlier runs)', () => {
    const again = mkdtempSync(path.join(os.tmpdir(), 'leadops-samples-'));
    try {
      writeSamples(again);
      for (const name of SAMPLE_FILES) expect(readFileSync(path.join(again, name)).equals(readFileSync(path.join(regenerated, name)))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('loadPortalFiles("samples")', () => {
  let loaded: LoadedPortalFiles;
  let parsed: ParseConfigResult;
  beforeAll(() => {
    loaded = loadPortalFiles(SAMPLES);
    parsed = parseConfig(loaded.config);
  });
  const config = (): LeadOpsConfig => {
    if (!parsed.ok) throw new Error(`samples/leadops-config.json does not parse:\n${parsed.problems.map(formatConfigProblem).join('\n')}`);
    return parsed.config;
  };

  it('parses the sample config', () => {
    expect(parsed.ok ? [] : parsed.problems.map(formatConfigProblem)).toEqual([]);
  });

  it('reports exactly the deliberately broken rows, by line, all in contacts.csv, and the one unread column', () => {
    // The rows samples/README.md lists; a generator change that moves them must update this list too.
    const broken = [
      { line: 182, column: 'Company Name' }, // unbalanced quote
      { line: 432, column: 'Lead Status' }, // short row: cells from Lead Status on are missing
      { line: 694, column: null }, // long row
      { line: 943, column: 'Create Date' }, // bad date
      { line: 1203, column: 'Lifecycle Stage' }, // unknown stage
      { line: 1453, column: 'Number of Employees' }, // non-numeric count
      { line: 1713, column: 'Record ID' }, // missing Record ID
      { line: 1963, column: 'Record ID' }, // duplicate Record ID
    ];
    const rowIssues = loaded.issues.filter((i) => i.line !== null);
    expect(rowIssues.map((i) => ({ file: path.basename(i.file), line: i.line, column: i.column, effect: i.effect }))).toEqual(broken.map((b) => ({ file: 'contacts.csv', ...b, effect: 'skipped' })));
    expect(loaded.issues.filter((i) => i.line === null).map((i) => i.message)).toEqual([expect.stringContaining('"Marketing contact status"')]);
  });

  it('lists the same broken rows in the generator\'s record as the importer finds', () => {
    expect(build.brokenRows.map((row) => row.line)).toEqual(loaded.issues.filter((i) => i.line !== null).map((i) => i.line));
  });

  it('loads the other rows: 2,000 contacts, 300 companies, 12 owners with user records', () => {
    expect(loaded.portal.contacts).toHaveLength(2000);
    expect(loaded.portal.companies).toHaveLength(300);
    expect(loaded.portal.owners).toHaveLength(12);
    expect(loaded.portal.users).toHaveLength(12);
  });

  it('has every contact arrive inside the window, with activities sorted and none after its end', () => {
    for (const contact of loaded.portal.contacts) {
      const created = Number(contact.properties['createdate']);
      expect(created >= WINDOW_START && created < WINDOW_END).toBe(true);
      const times = (contact.activities ?? []).map((a) => a.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.every((at) => at < WINDOW_END)).toBe(true);
    }
    expect(loaded.portal.contacts.filter((c) => (c.activities ?? []).some((a) => a.at < Number(c.properties['createdate']))).length).toBeGreaterThan(500);
  });

  it('resolves every owner and company reference', () => {
    const ownerIds = new Set(loaded.portal.owners.map((o) => o.id));
    const companyIds = new Set(loaded.portal.companies.map((c) => c.id));
    const userIds = new Set(loaded.portal.users.map((u) => u.properties['hs_internal_user_id']));
    const contactOwners = loaded.portal.contacts.map((c) => c.properties['hubspot_owner_id']).filter((id) => id !== undefined && id !== null);
    const companyOwners = loaded.portal.companies.map((c) => c.properties['hubspot_owner_id']).filter((id) => id !== undefined && id !== null);
    expect(contactOwners.length).toBeGreaterThan(0);
    expect(companyOwners.length).toBeGreaterThan(0);
    expect([...contactOwners, ...companyOwners].filter((id) => !ownerIds.has(id))).toEqual([]);
    expect(Object.values(loaded.portal.contactCompanies).flat().filter((id) => !companyIds.has(id))).toEqual([]);
    expect(loaded.portal.owners.filter((o) => !userIds.has(String(o.userId)))).toEqual([]);
    const configOwners = [...config().routing.reps.map((r) => r.ownerId), ...config().routing.teams.map((t) => t.managerOwnerId ?? '')];
    expect(configOwners.filter((id) => !ownerIds.has(id))).toEqual([]);
  });

  it('makes between 5% and 20% of contacts MQLs at the window end under the sample config', () => {
    const mqls = loaded.portal.contacts.filter((contact) => scoreLead(cleanContact(contact, config()).contact, config(), WINDOW_END).mql.qualifies).length;
    const share = mqls / loaded.portal.contacts.length;
    expect(share).toBeGreaterThanOrEqual(0.05);
    expect(share).toBeLessThanOrEqual(0.2);
  });
});

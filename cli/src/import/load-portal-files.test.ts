import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPortalFiles } from './load-portal-files';

const FIXTURE = path.join(__dirname, '..', '..', 'test-fixtures', 'small-portal');

/** A copy of the fixture folder to break one file of. */
function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'leadops-portal-'));
  for (const name of readdirSync(FIXTURE)) copyFileSync(path.join(FIXTURE, name), path.join(dir, name));
  return dir;
}

describe('loadPortalFiles', () => {
  const loaded = loadPortalFiles(FIXTURE);
  const contact = (id: string) => loaded.portal.contacts.find((c) => c.id === id);

  it('loads the good rows of a BOM + CRLF export, with unicode and a quoted line break intact', () => {
    expect(loaded.portal.contacts.map((c) => c.id)).toEqual(['1001', '1002', '1003', '1005']);
    expect(contact('1001')?.properties).toMatchObject({ firstname: 'Zoë', lastname: 'Müller', jobtitle: 'Director, Revenue Operations', company: 'Northwind, Inc.', country: 'Deutschland', lifecyclestage: 'marketingqualifiedlead', hubspot_owner_id: '71000101' });
    expect(contact('1002')?.properties).toMatchObject({ firstname: '美咲', lastname: '佐藤', jobtitle: 'Head of Marketing\r\nAPAC' });
  });

  it('understands the config\'s custom lifecycle stage', () => {
    expect(contact('1002')?.properties['lifecyclestage']).toBe('1234567');
  });

  it('reports the broken row by line (after the quoted line break) and the dropped values', () => {
    const file = path.join(FIXTURE, 'contacts.csv');
    // Contact 1002's job title holds a line break, so it takes lines 3-4 and the rows after it start a line later.
    expect(loaded.issues).toEqual([
      { file, line: 5, column: 'Contact owner', message: expect.stringContaining('"someone@else.example" is not in owners.json'), effect: 'value-dropped' },
      { file, line: 6, column: 'Create Date', message: expect.stringContaining('bad date "23/10/2026"'), effect: 'skipped' },
      { file, line: 7, column: 'Associated Company IDs', message: expect.stringContaining('company id 5999'), effect: 'value-dropped' },
      { file: path.join(FIXTURE, 'activities.csv'), line: 4, column: 'Contact ID', message: expect.stringContaining('contact 1004 is not among the imported contacts'), effect: 'skipped' },
    ]);
  });

  it('attaches activities sorted by time and associations primary first', () => {
    expect(contact('1001')?.activities?.map((a) => a.type)).toEqual(['form_submission', 'page_view']);
    expect(contact('1003')?.activities).toEqual([]);
    expect(loaded.portal.contactCompanies).toEqual({ '1001': ['5001'], '1005': ['5002'] });
    expect(loaded.portal.companies.map((c) => [c.id, c.properties['hubspot_owner_id']])).toEqual([['5001', '71000101'], ['5002', undefined]]);
  });

  it('returns owners, users and the config as parsed JSON', () => {
    expect(loaded.portal.owners.map((o) => o.id)).toEqual(['71000101']);
    expect(loaded.portal.users[0]?.properties['hs_standard_time_zone']).toBe('Europe/Berlin');
    expect(loaded.config).toMatchObject({ schemaVersion: 1, lifecycle: { stages: expect.any(Array) } });
  });

  it.each(['contacts.csv', 'companies.csv', 'activities.csv', 'owners.json', 'leadops-config.json'])('throws naming %s and what it must hold when it is missing', (name) => {
    const dir = fixtureCopy();
    try {
      rmSync(path.join(dir, name));
      expect(() => loadPortalFiles(dir)).toThrow(new RegExp(`${name.replace('.', '\\.')} is missing\\. The folder must hold ${name.replace('.', '\\.')}: .+`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['contacts.csv', 'leadops-config.json'])('throws naming %s when it is a folder, not a file', (name) => {
    const dir = fixtureCopy();
    try {
      rmSync(path.join(dir, name));
      mkdirSync(path.join(dir, name));
      expect(() => loadPortalFiles(dir)).toThrow(new RegExp(`${name.replace('.', '\\.')} is not a file \\(a folder of that name\\?\\)\\. The folder must hold a file ${name.replace('.', '\\.')}: .+`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('throws naming the config file when it is not JSON', () => {
    const dir = fixtureCopy();
    try {
      writeFileSync(path.join(dir, 'leadops-config.json'), '{ "schemaVersion": 1,');
      expect(() => loadPortalFiles(dir)).toThrow(/leadops-config\.json is not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

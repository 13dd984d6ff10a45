import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withFileBytes } from './csv-bytes';
import { CSV_END, CsvScanner } from './csv-scanner';
import { loadPortalFiles } from './load-portal-files';

const FIXTURE = path.join(__dirname, '..', '..', 'test-fixtures', 'small-portal');

/** Scans a file to the end through chunks of `chunkSize` bytes, returning its records' first cells. */
function scan(file: string, chunkSize: number): string[] {
  return withFileBytes(file, (bytes) => {
    const scanner = new CsvScanner(bytes);
    const firsts: string[] = [];
    for (let step = scanner.next(); step !== CSV_END; step = scanner.next()) firsts.push(scanner.text(0));
    return firsts;
  }, chunkSize);
}

describe('input files that are not UTF-8', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'leadops-utf8-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The fixture folder with one file replaced by `bytes`. */
  function portalWith(name: string, bytes: Buffer): string {
    for (const file of ['contacts.csv', 'companies.csv', 'activities.csv', 'owners.json', 'leadops-config.json']) writeFileSync(path.join(dir, file), readFileSync(path.join(FIXTURE, file)));
    writeFileSync(path.join(dir, name), bytes);
    return dir;
  }

  it('reads UTF-8 with characters of 2 to 4 bytes across every chunk boundary', () => {
    const file = path.join(dir, 'wide.csv');
    const rows = ['id,name', ...Array.from({ length: 40 }, (_, i) => `${i},Zoë 美咲 😀 Müller ${'é'.repeat(i % 5)}`)];
    writeFileSync(file, rows.join('\r\n'));
    for (const chunkSize of [1, 2, 3, 5, 7, 64]) expect(scan(file, chunkSize)).toEqual(['id', ...Array.from({ length: 40 }, (_, i) => String(i))]);
  });

  it('stops at a Windows-1252 contacts export, naming the line of the first byte and how to re-save it', () => {
    // The fixture's contacts without its Japanese names, which Windows-1252 cannot hold; Zoë Müller is on line 2.
    const text = readFileSync(path.join(FIXTURE, 'contacts.csv'), 'utf8').replace('\ufeff', '').replaceAll('美咲', 'Misaki').replaceAll('佐藤', 'Sato');
    const folder = portalWith('contacts.csv', Buffer.from(text, 'latin1'));
    expect(() => loadPortalFiles(folder)).toThrow(/contacts\.csv is not UTF-8 text: line 2 holds the byte 0xEB, .*Save it as "CSV UTF-8 \(Comma delimited\)"/);
  });

  it('finds the bad byte at its line when it lies chunks into the file', () => {
    const file = path.join(dir, 'late.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('id,name\n' + Array.from({ length: 30 }, (_, i) => `${i},Zoë`).join('\n') + '\n30,'), Buffer.from([0xe9]), Buffer.from('\n')]));
    for (const chunkSize of [3, 16, 1 << 20]) expect(() => scan(file, chunkSize)).toThrow(/late\.csv is not UTF-8 text: line 32 holds the byte 0xE9/);
  });

  it('counts lone CR line ends (Excel for Mac) when it names the line of the bad byte', () => {
    const file = path.join(dir, 'mac.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('id,name\r1,Ana\r2,Ben\r\n3,Cy\r4,Dee\r5,'), Buffer.from([0xe9]), Buffer.from('\r')]));
    expect(() => scan(file, 1 << 20)).toThrow(/mac\.csv is not UTF-8 text: line 6 holds the byte 0xE9/);
  });

  it('reads owners.json and the config with a UTF-8 byte order mark, as Windows editors save them', () => {
    const bom = (name: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path.join(FIXTURE, name))]);
    portalWith('owners.json', bom('owners.json'));
    writeFileSync(path.join(dir, 'leadops-config.json'), bom('leadops-config.json'));
    const loaded = loadPortalFiles(dir);
    expect(loaded.portal.owners.length).toBeGreaterThan(0);
    expect(loaded.portal.contacts.length).toBeGreaterThan(0);
  });

  it('stops at UTF-16 text, in a large file read in chunks and in a small one read whole', () => {
    const utf16 = (name: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path.join(FIXTURE, name), 'utf8').replace('\ufeff', ''), 'utf16le')]);
    expect(() => loadPortalFiles(portalWith('contacts.csv', utf16('contacts.csv')))).toThrow(/contacts\.csv is UTF-16 text .*Save it as "CSV UTF-8/);
    expect(() => loadPortalFiles(portalWith('companies.csv', utf16('companies.csv')))).toThrow(/companies\.csv is UTF-16 text/);
  });
});

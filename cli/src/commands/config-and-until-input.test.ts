import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import type { CliIo } from './cli-io';
import { EXIT } from './exit-codes';
import { parseUntil, readConfigFile } from './simulation-input';
import { validateConfigCommand } from './validate-config.command';

const SAMPLE_CONFIG = readFileSync(path.join(PROJECT_ROOT, 'samples', 'leadops-config.json'));

describe('config files given on the command line', () => {
  let dir: string;
  const lines: string[] = [];
  const io = (): CliIo => ({ out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd: dir, interactive: false, errRaw: () => undefined });
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'leadops-config-input-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => lines.splice(0));

  it('reads a config a Windows editor saved with a UTF-8 byte order mark', () => {
    writeFileSync(path.join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SAMPLE_CONFIG]));
    expect(validateConfigCommand('bom.json', io())).toBe(EXIT.ok);
    expect(readConfigFile('bom.json', io()).name).toBe(JSON.parse(SAMPLE_CONFIG.toString('utf8')).name);
  });

  it('refuses a config saved in a Windows code page, with the line and how to re-save it, instead of validating garbled text', () => {
    // An accented name saved as Windows-1252 (é is the byte 0xE9 there), on the line of "name".
    const text = SAMPLE_CONFIG.toString('utf8');
    const cp1252 = Buffer.from(text.replace(/"name": "([^"]*)"/, '"name": "Caf\u00e9 $1"'), 'latin1');
    const line = text.slice(0, text.indexOf('"name"')).split('\n').length;
    writeFileSync(path.join(dir, 'cp1252.json'), cp1252);
    for (const run of [() => validateConfigCommand('cp1252.json', io()), () => readConfigFile('cp1252.json', io())]) {
      expect(run).toThrow(expect.objectContaining({ exitCode: EXIT.usage, message: expect.stringContaining(`is not UTF-8 text: line ${line} holds the byte 0xE9`) }));
      expect(run).toThrow(/save with encoding "UTF-8"/);
    }
  });
});

describe('parseUntil', () => {
  it.each([
    ['2026-10-20', '2026-10-20T00:00:00.000Z'],
    ['2026-10-20T14:00', '2026-10-20T14:00:00.000Z'],
    ['2026-10-20T14:00:30Z', '2026-10-20T14:00:30.000Z'],
    ['2026-10-20T14:00+02:00', '2026-10-20T12:00:00.000Z'],
  ])('reads %s as %s, a time without an offset as UTC whatever the machine', (raw, iso) => {
    expect(new Date(parseUntil(raw) as number).toISOString()).toBe(iso);
  });

  it.each([['12'], ['Oct 21'], ['2026-02-30'], ['2026-13-01'], ['2026-10-20T25:00'], ['20.10.2026']])('refuses %j with exit 2 instead of guessing a date', (raw) => {
    expect(() => parseUntil(raw)).toThrow(expect.objectContaining({ exitCode: EXIT.usage, message: expect.stringContaining('use YYYY-MM-DD') }));
  });
});

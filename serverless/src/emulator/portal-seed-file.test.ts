import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { startHubSpotEmulator } from './hubspot-emulator';
import { loadPortalSeed } from './portal-seed-file';

describe('loadPortalSeed', () => {
  it('seeds the emulator from a file', async () => {
    const seed = loadPortalSeed(path.join(PROJECT_ROOT, 'test', 'fixtures', 'portals', 'small-portal.json'));
    const emulator = await startHubSpotEmulator({ seed, rateLimit: false });
    try {
      expect(emulator.portal.getObject('contacts', '1001')?.properties['jobtitle']).toBe('VP Sales');
      expect(emulator.portal.associations('contacts', '1001', 'companies').map((a) => a.toObjectId)).toEqual(['2001']);
      expect(emulator.portal.listOwners().map((o) => o.id)).toEqual(['11']);
    } finally {
      await emulator.close();
    }
  });

  it('names the wrong field of a broken seed file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leadops-seed-'));
    try {
      const file = path.join(dir, 'broken.json');
      writeFileSync(file, JSON.stringify({ contacts: [{ id: 'abc', properties: {} }] }));
      expect(() => loadPortalSeed(file)).toThrow(/not valid at contacts\.0\.id/);
      writeFileSync(file, '{ "contacts": [');
      expect(() => loadPortalSeed(file)).toThrow(/Cannot read the portal seed .*JSON syntax/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

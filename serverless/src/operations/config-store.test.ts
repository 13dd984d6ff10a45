import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { loadConfig, saveConfig, MAX_CONFIG_CHARACTERS } from './config-store';
import { install } from './install.operation';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const defaultJson = readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8');

describe('config store', () => {
  let emulator: HubSpotEmulator;
  beforeEach(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
  });
  afterEach(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('says LeadOps is not installed before install', async () => {
    const stored = await loadConfig(gatewayFor(emulator));
    expect(stored).toMatchObject({ ok: false, code: 'NOT_INSTALLED' });
  });

  it('saves versions with author and time and reads the newest', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    expect(await loadConfig(gateway)).toMatchObject({ ok: false, code: 'NOT_CONFIGURED' });
    const first = await saveConfig(gateway, defaultJson, 'ana@example.com', NOW);
    const edited = JSON.parse(defaultJson) as { name: string };
    edited.name = 'Second version';
    const second = await saveConfig(gateway, JSON.stringify(edited), 'ben@example.com', NOW + 60_000);
    expect(first).toMatchObject({ ok: true, version: { version: 1, author: 'ana@example.com' } });
    expect(second).toMatchObject({ ok: true, version: { version: 2, author: 'ben@example.com', savedAt: '2026-11-24T09:01:00.000Z' } });
    const stored = await loadConfig(gateway);
    expect(stored.ok && stored.config.name).toBe('Second version');
    expect(stored.ok && stored.skippedNewer).toEqual([]);
  });

  it('keeps serving the last valid version when a newer stored one is invalid, and says so', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    await saveConfig(gateway, defaultJson, 'ana@example.com', NOW);
    // Someone edits the record by hand in HubSpot.
    const objectType = (emulator.portal.listSchemas().find((s) => s.name === 'leadops_config')?.objectTypeId) as string;
    emulator.portal.createObject(objectType, { config_version: '2', config_json: '{"schemaVersion": 1}', config_author: 'hand edit', config_saved_at: '2026-11-24T10:00:00.000Z' });
    const stored = await loadConfig(gateway);
    expect(stored.ok && stored.version.version).toBe(1);
    expect(stored.ok && stored.skippedNewer.map((s) => s.version.version)).toEqual([2]);
  });

  it('writes nothing for an invalid config, listing each problem', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    emulator.clearLog();
    const result = await saveConfig(gateway, { schemaVersion: 1 }, 'ana@example.com', NOW);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_CONFIG' });
    expect(result.ok ? [] : result.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['lifecycle', 'scoring']));
    expect(emulator.writes()).toEqual([]);
  });

  it('refuses a config larger than a HubSpot property can hold, writing nothing', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    emulator.clearLog();
    const huge = JSON.parse(defaultJson) as { name: string };
    huge.name = 'x'.repeat(MAX_CONFIG_CHARACTERS);
    const result = await saveConfig(gateway, huge, 'ana@example.com', NOW);
    expect(result).toMatchObject({ ok: false, code: 'CONFIG_TOO_LARGE' });
    expect(emulator.writes()).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { findConfigVersion, listConfigVersions } from './config-history';
import { saveConfig } from './config-store';
import { install } from './install.operation';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const defaultJson = readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8');

describe('config history', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ rateLimit: false });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('is null before install, so the caller can say LeadOps is not installed', async () => {
    const gateway = gatewayFor(emulator);
    expect(await listConfigVersions(gateway)).toBeNull();
    expect(await findConfigVersion(gateway, 1)).toBeNull();
  });

  it('lists every version newest first, with author, time and the JSON as saved', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    expect(await listConfigVersions(gateway)).toEqual([]);
    const renamed = defaultJson.replace('LeadOps default for a B2B software team', 'Second version');
    await saveConfig(gateway, defaultJson, 'ana@leadops.example', NOW);
    await saveConfig(gateway, renamed, 'ben@leadops.example', NOW + 60_000);
    const versions = await listConfigVersions(gateway);
    expect(versions?.map((v) => [v.version.version, v.version.author, v.version.savedAt])).toEqual([
      [2, 'ben@leadops.example', '2026-11-24T09:01:00.000Z'],
      [1, 'ana@leadops.example', '2026-11-24T09:00:00.000Z'],
    ]);
    expect(versions?.[0]?.json).toBe(renamed);
  });

  it('finds one version by number, and null for a number never saved', async () => {
    const gateway = gatewayFor(emulator);
    const first = await findConfigVersion(gateway, 1);
    expect(first?.version).toMatchObject({ version: 1, author: 'ana@leadops.example' });
    expect(first?.json).toBe(defaultJson);
    expect(await findConfigVersion(gateway, 7)).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCES_CHECKED_LATER } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { listConfigVersions } from './config-history';
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
    expect(result.ok || !('problems' in result) ? [] : result.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['lifecycle', 'scoring']));
    // Sections are missing, so references between them are not checked yet: the fix says more may follow.
    expect(result.ok ? '' : result.fix).toBe(`Correct each field named below and save again. ${REFERENCES_CHECKED_LATER}`);
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

  function named(name: string): string {
    const doc = JSON.parse(defaultJson) as { name: string };
    doc.name = name;
    return JSON.stringify(doc);
  }

  function configObjectTypeIn(emulator: HubSpotEmulator): string {
    const objectType = emulator.portal.listSchemas().find((s) => s.name === 'leadops_config')?.objectTypeId;
    if (objectType === undefined) throw new Error('install did not create the config store');
    return objectType;
  }

  it('refuses a save edited from a version older than the newest, naming the newer one, and writes nothing', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    await saveConfig(gateway, named('First'), 'ana@example.com', NOW, { basedOnVersion: 0 });
    await saveConfig(gateway, named('Ben edits scoring'), 'ben@example.com', NOW + 60_000, { basedOnVersion: 1 });
    emulator.clearLog();
    // Cleo opened the page on version 1, before Ben saved version 2.
    const result = await saveConfig(gateway, named('Cleo edits routing'), 'cleo@example.com', NOW + 120_000, { basedOnVersion: 1 });
    expect(result).toMatchObject({ ok: false, code: 'CONFIG_CHANGED', latest: { version: 2, author: 'ben@example.com' } });
    expect(result.ok ? '' : result.message).toContain('version 2 was saved by ben@example.com');
    expect(result.ok ? '' : result.message).toContain('after you opened version 1');
    expect(emulator.writes()).toEqual([]);
    const stored = await loadConfig(gateway);
    expect(stored.ok && stored.config.name).toBe('Ben edits scoring');
    // Once she has seen version 2, her save goes through as version 3.
    expect(await saveConfig(gateway, named('Cleo edits routing'), 'cleo@example.com', NOW + 180_000, { basedOnVersion: 2 })).toMatchObject({ ok: true, version: { version: 3 } });
  });

  it('refuses a first save from the default once someone else has saved version 1', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    await saveConfig(gateway, named('Ana'), 'ana@example.com', NOW, { basedOnVersion: 0 });
    const result = await saveConfig(gateway, named('Ben'), 'ben@example.com', NOW + 1_000, { basedOnVersion: 0 });
    expect(result).toMatchObject({ ok: false, code: 'CONFIG_CHANGED', latest: { version: 1, author: 'ana@example.com' } });
    expect(result.ok ? '' : result.message).toContain('after you opened the LeadOps default');
  });

  it('tells the second of two saves racing for the same number that it lost, and every reader uses the first', async () => {
    const base = gatewayFor(emulator);
    await install(base);
    await saveConfig(base, named('First'), 'ana@example.com', NOW);
    const objectType = configObjectTypeIn(emulator);
    // Ben's save, started a moment earlier, lands between Cleo's read of the newest version and her create.
    const racing: HubSpotGateway = {
      ...base,
      stats: base.stats,
      stop: base.stop,
      call: (async (id: string, request: unknown, schema: unknown) => {
        if (id === 'configStore.create') emulator.portal.createObject(objectType, { config_version: '2', config_json: named('Ben'), config_author: 'ben@example.com', config_saved_at: new Date(NOW + 59_000).toISOString() });
        return (base.call as (i: string, r: unknown, s: unknown) => Promise<unknown>)(id, request, schema);
      }) as HubSpotGateway['call'],
    };
    const result = await saveConfig(racing, named('Cleo'), 'cleo@example.com', NOW + 60_000, { basedOnVersion: 1 });
    expect(result).toMatchObject({ ok: false, code: 'CONFIG_CHANGED', latest: { version: 2, author: 'ben@example.com' } });
    expect(result.ok ? '' : result.message).toContain('At the same moment');
    const stored = await loadConfig(base);
    expect(stored.ok && stored.config.name).toBe('Ben');
    expect((await listConfigVersions(base))?.map((v) => `${v.version.version} ${v.version.author}`)).toEqual(['2 ben@example.com', '1 ana@example.com']);
    expect(await saveConfig(base, named('Cleo'), 'cleo@example.com', NOW + 120_000, { basedOnVersion: 2 })).toMatchObject({ ok: true, version: { version: 3 } });
  });

  it('finds a version HubSpot stored but answered 500 to, and reports it saved once', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    emulator.setFaults({ only: 'writes', rate500Applied: 1 });
    const result = await saveConfig(gateway, named('Ana'), 'ana@example.com', NOW, { basedOnVersion: 0 });
    emulator.setFaults(undefined);
    expect(result).toMatchObject({ ok: true, version: { version: 1, author: 'ana@example.com' } });
    expect(emulator.portal.listObjects(configObjectTypeIn(emulator))).toHaveLength(1);
    const stored = await loadConfig(gateway);
    expect(stored.ok && stored.config.name).toBe('Ana');
  });

  it('says a save HubSpot did not confirm may not have happened, and how to tell; saving again stores it once', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    emulator.setFaults({ only: 'writes', rate500: 1 });
    const result = await saveConfig(gateway, named('Ana'), 'ana@example.com', NOW, { basedOnVersion: 0 });
    emulator.setFaults(undefined);
    expect(result).toMatchObject({ ok: false, code: 'SAVE_UNCONFIRMED' });
    expect(result.ok ? '' : result.message).toMatch(/^HubSpot did not confirm saving version 1 \(.+\), and LeadOps cannot see it yet/);
    expect(result.ok ? '' : result.fix).toContain('if version 1 by ana@example.com is in the history, it was saved');
    expect(emulator.portal.listObjects(configObjectTypeIn(emulator))).toHaveLength(0);
    expect(await saveConfig(gateway, named('Ana'), 'ana@example.com', NOW + 60_000, { basedOnVersion: 0 })).toMatchObject({ ok: true, version: { version: 1 } });
  });

  it('reads the earlier-saved of two records holding one version number, whatever their record ids', async () => {
    const gateway = gatewayFor(emulator);
    await install(gateway);
    const objectType = configObjectTypeIn(emulator);
    // The later save happens to get the lower record id.
    emulator.portal.createObject(objectType, { config_version: '1', config_json: named('Saved second'), config_author: 'ben@example.com', config_saved_at: '2026-11-24T09:00:01.000Z' });
    emulator.portal.createObject(objectType, { config_version: '1', config_json: named('Saved first'), config_author: 'ana@example.com', config_saved_at: '2026-11-24T09:00:00.000Z' });
    const stored = await loadConfig(gateway);
    expect(stored.ok && stored.config.name).toBe('Saved first');
    expect((await listConfigVersions(gateway))?.map((v) => v.version.author)).toEqual(['ana@example.com']);
  });
});

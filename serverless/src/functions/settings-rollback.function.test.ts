import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { functionEmulator } from '../../../test/support/function-emulator';
import { ADMIN, OPS, REP, SETTINGS_USERS } from '../../../test/support/settings-users';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { findConfigVersion } from '../operations/config-history';
import { loadConfig, saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { main as readSettings } from './settings-read.function';
import { main } from './settings-rollback.function';
import { clearSetupCache } from './setup-cache';

const NOW = Date.parse('2026-11-24T09:00:00Z');

const defaultJson = readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8');
const secondJson = JSON.stringify({ ...(JSON.parse(defaultJson) as Record<string, unknown>), name: 'Version two', permissions: { settingsRoleIds: ['42'], rerouteRoleIds: [] } });

describe('settings-rollback function', () => {
  const suite = functionEmulator({
    seed: {
      settingsUsers: [...SETTINGS_USERS],
    },
    setup: async (emulator) => {
      const gateway = gatewayFor(emulator);
      await install(gateway);
      await saveConfig(gateway, defaultJson, 'avery.admin@leadops.example', NOW);
      await saveConfig(gateway, secondJson, 'riley.ops@leadops.example', NOW + 60_000);
    },
  });
  beforeEach(() => {
    clearSetupCache();
    suite.emulator.clearLog();
  });

  it("refuses a plain user's rollback as FORBIDDEN and writes nothing", async () => {
    const result = await main({ parameters: { userId: REP, version: 1 } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('answers a version never saved with NOT_FOUND and writes nothing', async () => {
    const result = await main({ parameters: { userId: ADMIN, version: 9 } });
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('rolls back by saving the old document again as a new version, authored by whoever rolled back', async () => {
    const result = await main({ parameters: { userId: OPS, version: 1 } });
    expect(result).toMatchObject({ ok: true, restoredFrom: 1, version: { version: 3, author: 'riley.ops@leadops.example' } });
    const gateway = gatewayFor(suite.emulator);
    expect((await findConfigVersion(gateway, 3))?.json).toBe(defaultJson);
    const stored = await loadConfig(gateway);
    expect(stored.ok && [stored.version.version, stored.config.name]).toEqual([3, 'LeadOps default for a B2B software team']);
    const read = await readSettings({ parameters: { userId: ADMIN } });
    expect(read.ok && read.history.map((h) => [h.version, h.author])).toEqual([
      [3, 'riley.ops@leadops.example'],
      [2, 'riley.ops@leadops.example'],
      [1, 'avery.admin@leadops.example'],
    ]);
  });

  it('judges permission by the config in force, not by the version being restored', async () => {
    // After the rollback above, version 3 (the default) is in force and lists no settings roles.
    const result = await main({ parameters: { userId: OPS, version: 2 } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('refuses to roll back to a version that no longer validates, listing its problems', async () => {
    const objectType = suite.emulator.portal.listSchemas().find((s) => s.name === 'leadops_config')?.objectTypeId ?? '';
    suite.emulator.portal.createObject(objectType, { config_version: '4', config_json: '{"schemaVersion": 1, "name": "hand edit"}', config_author: 'hand edit', config_saved_at: '2026-11-24T11:00:00.000Z' });
    suite.emulator.clearLog();
    const result = await main({ parameters: { userId: ADMIN, version: 4 } });
    expect(result.ok ? '' : result.error.code).toBe('INVALID_CONFIG');
    expect(result.ok ? [] : result.error.problems?.map((p) => p.path)).toEqual(expect.arrayContaining(['lifecycle', 'scoring']));
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('answers fuzzed parameters with structured errors only, and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.anything(), async (parameters) => {
      const result = await main({ parameters });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.error).sort()).toEqual(['code', 'fix', 'message']);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.anything(), async (version) => {
      const result = await main({ parameters: { userId: REP, version } });
      expect(result.ok ? '' : result.error.code).toMatch(/^(FORBIDDEN|INVALID_PARAMETERS)$/);
    }), { numRuns: 20 });
    for (const parameters of [{ userId: ADMIN }, { userId: ADMIN, version: 0 }, { userId: ADMIN, version: 1.5 }, { userId: ADMIN, version: '1' }, { userId: ADMIN, version: 1, extra: true }]) {
      const result = await main({ parameters });
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_PARAMETERS');
    }
    expect(suite.emulator.writes()).toEqual([]);
  });
});

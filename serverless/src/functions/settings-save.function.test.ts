import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { functionEmulator } from '../../../test/support/function-emulator';
import { ADMIN, OPS, REP, SETTINGS_USERS } from '../../../test/support/settings-users';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { loadConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { main } from './settings-save.function';
import { clearSetupCache, loadSetup } from './setup-cache';


interface Document { name: string; scoring: { mql: { threshold: number }; rules: { points: number }[] }; permissions?: { settingsRoleIds: string[]; rerouteRoleIds: string[] } }
const defaultDocument = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as Document;
const edited = (change: (document: Document) => void): Document => {
  const document = structuredClone(defaultDocument);
  change(document);
  return document;
};

describe('settings-save function', () => {
  const suite = functionEmulator({
    seed: {
      settingsUsers: [...SETTINGS_USERS],
    },
    setup: async (emulator) => {
      await install(gatewayFor(emulator));
    },
  });
  beforeEach(() => {
    clearSetupCache();
    suite.emulator.clearLog();
  });

  it("refuses a plain user's save as FORBIDDEN and writes nothing", async () => {
    const result = await main({ parameters: { userId: REP, config: defaultDocument } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(result.ok ? '' : result.error.fix).toContain('permissions.settingsRoleIds');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it("refuses a user HubSpot does not know as FORBIDDEN and writes nothing", async () => {
    const result = await main({ parameters: { userId: '424242', config: defaultDocument } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it("saves a super admin's config as version 1 with their email as author", async () => {
    const result = await main({ parameters: { userId: ADMIN, config: defaultDocument } });
    expect(result).toMatchObject({ ok: true, version: { version: 1, author: 'avery.admin@leadops.example' } });
    const stored = await loadConfig(gatewayFor(suite.emulator));
    expect(stored).toMatchObject({ ok: true, version: { version: 1, author: 'avery.admin@leadops.example' } });
    expect(suite.emulator.writes()).toHaveLength(1);
  });

  it('does not let a user grant their own role in the document they save', async () => {
    const result = await main({ parameters: { userId: OPS, config: edited((d) => { d.permissions = { settingsRoleIds: ['42'], rerouteRoleIds: [] }; }) } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('lets a role-42 user save once the config in force lists "42" in permissions.settingsRoleIds', async () => {
    const granted = await main({ parameters: { userId: ADMIN, config: edited((d) => { d.permissions = { settingsRoleIds: ['42'], rerouteRoleIds: [] }; }) } });
    expect(granted).toMatchObject({ ok: true, version: { version: 2 } });
    const result = await main({ parameters: { userId: OPS, config: JSON.stringify(edited((d) => { d.name = 'Saved by RevOps'; d.permissions = { settingsRoleIds: ['42'], rerouteRoleIds: [] }; })) } });
    expect(result).toMatchObject({ ok: true, version: { version: 3, author: 'riley.ops@leadops.example' } });
    const stored = await loadConfig(gatewayFor(suite.emulator));
    expect(stored.ok && stored.config.name).toBe('Saved by RevOps');
  });

  it('answers an invalid config with INVALID_CONFIG and the path of each problem, writing nothing', async () => {
    const invalid = edited((d) => {
      d.scoring.mql.threshold = -5;
      const first = d.scoring.rules[0];
      if (first) first.points = 0;
    });
    const result = await main({ parameters: { userId: ADMIN, config: invalid } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'INVALID_CONFIG', message: expect.stringContaining('2 problem(s)') as unknown });
    expect(result.error.problems?.map((p) => p.path).sort()).toEqual(['scoring.mql.threshold', 'scoring.rules[0].points']);
    expect(result.error.problems?.every((p) => p.message !== '' && p.fix !== '')).toBe(true);
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('refuses a document that is not JSON with the problem at the document itself', async () => {
    const result = await main({ parameters: { userId: ADMIN, config: '{"schemaVersion": 1,' } });
    expect(result.ok ? [] : result.error.problems?.map((p) => p.path)).toEqual(['']);
    expect(suite.emulator.writes()).toEqual([]);
  });

  it("lets this instance's cards see a saved version at once", async () => {
    const gateway = gatewayFor(suite.emulator);
    const before = await loadSetup(gateway, Date.now());
    const result = await main({ parameters: { userId: ADMIN, config: edited((d) => { d.name = 'Live at once'; d.permissions = { settingsRoleIds: ['42'], rerouteRoleIds: [] }; }) } });
    expect(result.ok).toBe(true);
    const after = await loadSetup(gateway, Date.now());
    expect([before.config.name, after.config.name]).toEqual(['Saved by RevOps', 'Live at once']);
  });

  it('answers fuzzed parameters and fuzzed documents with structured errors only, and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.anything(), async (parameters) => {
      const result = await main({ parameters });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.error).sort()).toEqual(['code', 'fix', 'message']);
    }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.anything(), async (config) => {
      const result = await main({ parameters: { userId: ADMIN, config } });
      expect(result.ok ? '' : result.error.code).toMatch(/^(INVALID_CONFIG|INVALID_PARAMETERS)$/);
      if (!result.ok && result.error.code === 'INVALID_CONFIG') expect(result.error.problems?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    }), { numRuns: 30 });
    for (const parameters of [{ userId: ADMIN }, { userId: 'x'.repeat(100_000), config: {} }, { userId: 1001, config: {} }, { userId: ADMIN, config: {}, extra: true }, null]) {
      const result = await main({ parameters });
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_PARAMETERS');
    }
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('refuses a draft edited from an older version with CONFIG_CHANGED naming the newer one, writing nothing; saves it once based on the newest', async () => {
    const stored = await loadConfig(gatewayFor(suite.emulator));
    const newest = stored.ok ? stored.version.version : 0;
    expect(newest).toBeGreaterThan(1);
    suite.emulator.clearLog();
    const stale = await main({ parameters: { userId: ADMIN, basedOnVersion: newest - 1, config: edited((d) => { d.name = 'From an old page'; }) } });
    expect(stale.ok ? null : stale.error).toMatchObject({ code: 'CONFIG_CHANGED', latest: { version: newest } });
    expect(stale.ok ? '' : stale.error.fix).toContain(`save your draft over it`);
    expect(suite.emulator.writes()).toEqual([]);
    const fresh = await main({ parameters: { userId: ADMIN, basedOnVersion: newest, config: edited((d) => { d.name = 'From an old page'; }) } });
    expect(fresh).toMatchObject({ ok: true, version: { version: newest + 1 } });
  });

  it('refuses a basedOnVersion that is not a version number, saying what to send', async () => {
    const result = await main({ parameters: { userId: ADMIN, basedOnVersion: -1, config: defaultDocument } });
    expect(result.ok ? '' : `${result.error.code} ${result.error.message}`).toMatch(/basedOnVersion.*version the draft was edited from/);
    expect(suite.emulator.writes()).toEqual([]);
  });
});

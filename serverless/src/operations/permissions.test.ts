import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, type LeadOpsConfig } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { assertMayChangeSettings, assertMayReroute } from './permissions';

const parsed = parseConfig(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8'));
if (!parsed.ok) throw new Error('the default config must be valid');
const base: LeadOpsConfig = parsed.config;
const withRoles = (settingsRoleIds: string[], rerouteRoleIds: string[]): LeadOpsConfig => ({ ...base, permissions: { settingsRoleIds, rerouteRoleIds } });

describe('permissions', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        settingsUsers: [
          { id: '1001', email: 'avery.admin@leadops.example', superAdmin: true },
          { id: '1002', email: 'riley.ops@leadops.example', superAdmin: false, roleIds: ['42'] },
          { id: '1003', email: 'sam.rep@leadops.example', superAdmin: false, roleIds: ['7'] },
        ],
      },
    });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('lets a super admin change settings even before any config is saved', async () => {
    await expect(assertMayChangeSettings(gatewayFor(emulator), null, '1001')).resolves.toEqual({ email: 'avery.admin@leadops.example', superAdmin: true });
  });

  it('lets a user change settings when one of their roles is in permissions.settingsRoleIds', async () => {
    await expect(assertMayChangeSettings(gatewayFor(emulator), withRoles(['42'], []), '1002')).resolves.toEqual({ email: 'riley.ops@leadops.example', superAdmin: false });
  });

  it('refuses a user without a permitted role, saying what to ask for', async () => {
    const refused = assertMayChangeSettings(gatewayFor(emulator), withRoles(['42'], []), '1003');
    await expect(refused).rejects.toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('sam.rep@leadops.example') as unknown, fix: expect.stringContaining('permissions.settingsRoleIds') as unknown } });
  });

  it('refuses everyone but super admins when there is no config to grant roles', async () => {
    await expect(assertMayChangeSettings(gatewayFor(emulator), null, '1002')).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses a user HubSpot does not know as FORBIDDEN, not as a missing record', async () => {
    await expect(assertMayChangeSettings(gatewayFor(emulator), base, '999999')).rejects.toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('no user 999999') as unknown } });
  });

  it('refuses an id that is not a HubSpot user id without asking HubSpot', async () => {
    emulator.clearLog();
    await expect(assertMayChangeSettings(gatewayFor(emulator), base, '../owners')).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(emulator.log).toHaveLength(0);
  });

  it('keeps re-routing and settings roles apart', async () => {
    const config = withRoles(['7'], ['42']);
    await expect(assertMayReroute(gatewayFor(emulator), config, '1002')).resolves.toMatchObject({ superAdmin: false });
    await expect(assertMayReroute(gatewayFor(emulator), config, '1003')).rejects.toMatchObject({ error: { code: 'FORBIDDEN', fix: expect.stringContaining('permissions.rerouteRoleIds') as unknown } });
    await expect(assertMayChangeSettings(gatewayFor(emulator), config, '1002')).rejects.toMatchObject({ error: { code: 'FORBIDDEN' } });
    await expect(assertMayReroute(gatewayFor(emulator), null, '1001')).resolves.toMatchObject({ superAdmin: true });
  });
});

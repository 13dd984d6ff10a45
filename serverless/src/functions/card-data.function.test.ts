import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { functionEmulator } from '../../../test/support/function-emulator';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { main } from './card-data.function';
import { clearSetupCache } from './setup-cache';

const defaultJson = readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8');
const yesterday = String(Date.now() - 86_400_000);

describe('card-data function', () => {
  const suite = functionEmulator({
    seed: {
      contacts: [
        { id: '501', properties: { email: 'Dana.Lee@Northwind.example', firstname: 'Dana', lastname: 'Lee', jobtitle: 'VP Sales', numemployees: '240', country: 'United States', lifecyclestage: 'lead', recent_conversion_date: yesterday, recent_conversion_event_name: 'Demo request' } },
        { id: '502', properties: { email: 'omar@contoso.example', firstname: 'Omar', jobtitle: 'Head of Sales', lifecyclestage: 'salesqualifiedlead', hs_lead_status: 'OPEN_DEAL', num_associated_deals: '1' } },
      ],
    },
  });
  beforeEach(() => clearSetupCache());

  it('says LeadOps is not installed yet, with the fix', async () => {
    const result = await main({ parameters: { contactId: '501' } });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_INSTALLED', message: 'LeadOps is not installed in this portal yet.', fix: 'Run `leadops install`, then save a config on the settings page.' } });
  });

  it('returns the score with reasons, the stage and the nurture tracks, in one HubSpot call once warm', async () => {
    const gateway = gatewayFor(suite.emulator);
    await install(gateway);
    await saveConfig(gateway, defaultJson, 'admin@example.com', Date.now());
    await main({ parameters: { contactId: '501' } }); // warms the config and reps cache
    suite.emulator.clearLog();
    const result = await main({ parameters: { contactId: '501', userId: '7' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.contact.name).toBe('Dana Lee');
    expect(result.score.contributions.map((c) => c.text)).toContain('+20 fit: VP title');
    expect(result.score.contributions.some((c) => c.ruleId === 'demo-request')).toBe(true);
    expect(result.dataQuality.fixes.map((f) => f.property)).toEqual(expect.arrayContaining(['email', 'country']));
    expect(result.lifecycle.current?.id).toBe('lead');
    expect(result.nurture.tracks.map((t) => t.id)).toEqual(['education', 'long-nurture']);
    expect(result.configVersion).toBe(1);
    expect(suite.emulator.log).toHaveLength(1);
    // Not routed by LeadOps: no clock, so no owner working time for the SLA card to count in.
    expect(result.slaOwner).toBeNull();
  });

  it('reads the deal count the default Opportunity stage tests, so a contact with a deal qualifies for it', async () => {
    const result = await main({ parameters: { contactId: '502' } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.lifecycle.qualifiesFor.id).toBe('opportunity');
    expect(result.lifecycle.recommended.id).toBe('opportunity');
  });

  it('keeps working on the last valid config when a newer stored one is invalid, and says so', async () => {
    const objectType = suite.emulator.portal.listSchemas().find((s) => s.name === 'leadops_config')?.objectTypeId ?? '';
    suite.emulator.portal.createObject(objectType, { config_version: '2', config_json: '{"schemaVersion": 1, "scoring": {}}', config_author: 'hand edit', config_saved_at: new Date().toISOString() });
    clearSetupCache();
    const result = await main({ parameters: { contactId: '501' } });
    expect(result.ok && result.configVersion).toBe(1);
    expect(result.ok && result.configWarning).toMatch(/^Using config version 1: 1 newer version\(s\) are invalid/);
    expect(result.ok && result.score.contributions.length).toBeGreaterThan(0);
  });

  it('answers an unknown contact with a structured NOT_FOUND', async () => {
    const result = await main({ parameters: { contactId: '999999' } });
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });

  it('answers fuzzed parameters with structured errors only, and writes nothing', async () => {
    suite.emulator.clearLog();
    await fc.assert(fc.asyncProperty(fc.anything(), async (parameters) => {
      const result = await main({ parameters });
      if (result.ok) return; // a fuzzed value can happen to be a valid id
      expect(Object.keys(result.error).sort()).toEqual(['code', 'fix', 'message']);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    }), { numRuns: 60 });
    for (const parameters of [{ contactId: 'x'.repeat(100_000) }, { contactId: 42 }, {}, null, { contactId: '1', extra: true }]) {
      const result = await main({ parameters });
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_PARAMETERS');
    }
    expect(suite.emulator.writes()).toEqual([]);
  });
});

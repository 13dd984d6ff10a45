import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { functionEmulator } from '../../../test/support/function-emulator';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { saveConfig } from '../operations/config-store';
import { install } from '../operations/install.operation';
import { main } from './settings-dry-run.function';
import { clearSetupCache } from './setup-cache';

const ADMIN = '1001';
const REP = '1003';
const DAY = 86_400_000;
const ago = (days: number) => String(Date.now() - days * DAY);

interface Document { scoring: { mql: { threshold: number }; rules: { id: string; points: number }[] }; routing: Record<string, unknown> }
const defaultJson = readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8');
const defaultDocument = JSON.parse(defaultJson) as Document;

/**
 * The default with a lower MQL bar, a heavier demo request, and two reps taking work-email leads in turn.
 * The function runs on the real clock, so reps get leads whether or not they are at work right now.
 */
const proposed = (() => {
  const document = structuredClone(defaultDocument);
  document.scoring.mql.threshold = 40;
  const demo = document.scoring.rules.find((r) => r.id === 'demo-request');
  if (demo) demo.points = 40;
  document.routing = {
    ...document.routing,
    availability: 'assign_and_wait',
    reps: [{ ownerId: '11', name: 'Ana Ortiz' }, { ownerId: '12', name: 'Ben Brooks' }],
    pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }],
    rules: [{ id: 'work-email', label: 'Anyone with a work email', when: { not: { property: 'email', op: 'email_domain_free_mail' } }, target: { type: 'pool', pool: 'inbound' } }],
  };
  return document;
})();

describe('settings-dry-run function', () => {
  const suite = functionEmulator({
    seed: {
      settingsUsers: [
        { id: ADMIN, email: 'avery.admin@leadops.example', superAdmin: true },
        { id: '1002', email: 'riley.ops@leadops.example', superAdmin: false, roleIds: ['42'] },
        { id: REP, email: 'sam.rep@leadops.example', superAdmin: false, roleIds: ['7'] },
      ],
      owners: [
        { id: '11', userId: 2011, email: 'ana.ortiz@leadops.example', firstName: 'Ana', lastName: 'Ortiz' },
        { id: '12', userId: 2012, email: 'ben.brooks@leadops.example', firstName: 'Ben', lastName: 'Brooks' },
      ],
      // Ana keeps London hours in HubSpot; Ben has no user record, so he falls back to the config's first calendar.
      users: [{ id: '9011', properties: { hs_internal_user_id: '2011', hs_email: 'ana.ortiz@leadops.example', hs_standard_time_zone: 'Europe/London', hs_working_hours: '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]' } }],
      contacts: [
        { id: '501', properties: { email: 'dana.lee@northwind.example', firstname: 'Dana', lastname: 'Lee', jobtitle: 'VP Sales', numemployees: '240', country: 'United States', lifecyclestage: 'lead', recent_conversion_date: ago(1), recent_conversion_event_name: 'Demo request' } },
        { id: '502', properties: { email: 'sam.park@globex.example', firstname: 'Sam', lastname: 'Park', jobtitle: 'Marketing Manager', numemployees: '120', country: 'United Kingdom', lifecyclestage: 'lead', recent_conversion_date: ago(3), recent_conversion_event_name: 'Ebook: The lead routing guide', hs_analytics_last_visit_timestamp: ago(2), hs_analytics_last_url: 'https://www.leadops.example/pricing' } },
        { id: '503', properties: { email: 'jamie.1999@gmail.com', firstname: 'Jamie', jobtitle: 'Student', numemployees: '3', lifecyclestage: 'subscriber' } },
        { id: '504', properties: { email: 'priya.shah@initech.example', firstname: 'Priya', lastname: 'Shah', jobtitle: 'Director of Operations', numemployees: '800', country: 'Canada', lifecyclestage: 'lead', hs_email_last_click_date: ago(10) } },
      ],
    },
    setup: async (emulator) => {
      await install(gatewayFor(emulator));
    },
  });
  const searchedContacts = () => suite.emulator.log.filter((e) => e.path.endsWith('/contacts/search')).length;
  beforeEach(() => {
    clearSetupCache();
    suite.emulator.clearLog();
  });

  it('refuses a plain user as FORBIDDEN without reading a single contact', async () => {
    const result = await main({ parameters: { userId: REP, config: proposed } });
    expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    expect(searchedContacts()).toBe(0);
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('with nothing saved yet, shows only what the proposed config would do', async () => {
    const result = await main({ parameters: { userId: ADMIN, config: proposed } });
    expect(result).toMatchObject({ ok: true, currentVersion: null, summary: { contacts: 4, changed: 0 } });
    expect(result.ok && result.rows.every((r) => r.before === null)).toBe(true);
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('refuses an invalid proposed config with the path of each problem, before reading any contact', async () => {
    const invalid = structuredClone(proposed);
    invalid.scoring.mql.threshold = 0;
    const result = await main({ parameters: { userId: ADMIN, config: invalid } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_CONFIG');
    expect(result.error.problems?.map((p) => p.path)).toEqual(['scoring.mql.threshold']);
    expect(searchedContacts()).toBe(0);
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('reports the owners, scores and MQLs the proposed config changes against the one in force, writing nothing', async () => {
    await saveConfig(gatewayFor(suite.emulator), defaultJson, 'avery.admin@leadops.example', Date.now());
    suite.emulator.clearLog();
    const result = await main({ parameters: { userId: ADMIN, config: proposed } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.currentVersion).toBe(1);
    expect(result.rows.map((r) => [r.contactId, r.before?.queue?.id ?? r.before?.ownerId, r.after.ownerId ?? r.after.queue?.id])).toEqual([
      ['501', 'unassigned', '11'],
      ['502', 'unassigned', '12'],
      ['503', 'unassigned', 'unassigned'],
      ['504', 'unassigned', '11'],
    ]);
    const dana = result.rows[0];
    expect(dana?.changed).toEqual(expect.arrayContaining(['score', 'owner']));
    expect(dana?.after.score).toBeGreaterThan(dana?.before?.score ?? Infinity);
    expect(dana?.after.slaDueAt).toEqual(expect.any(Number));
    expect(result.summary).toMatchObject({ contacts: 4, owner: 3, score: 1, newMqls: 2, lostMqls: 0 });
    expect(result.repWarnings.join(' ')).toContain('Ben Brooks');
    expect(suite.emulator.writes()).toEqual([]);
  });

  it('tries only as many contacts as asked, and at most 200', async () => {
    const two = await main({ parameters: { userId: ADMIN, config: proposed, sampleSize: 2 } });
    expect(two.ok && two.rows.map((r) => r.contactId)).toEqual(['501', '502']);
    const tooMany = await main({ parameters: { userId: ADMIN, config: proposed, sampleSize: 201 } });
    expect(tooMany.ok ? '' : tooMany.error.code).toBe('INVALID_PARAMETERS');
  });

  it('answers fuzzed parameters and documents with structured errors only, and writes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.anything(), async (parameters) => {
      const result = await main({ parameters });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(Object.keys(result.error).sort()).toEqual(['code', 'fix', 'message']);
      expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.anything(), fc.option(fc.anything(), { nil: undefined }), async (config, sampleSize) => {
      const result = await main({ parameters: { userId: ADMIN, config, ...(sampleSize === undefined ? {} : { sampleSize }) } });
      expect(result.ok ? '' : result.error.code).toMatch(/^(INVALID_CONFIG|INVALID_PARAMETERS)$/);
    }), { numRuns: 20 });
    expect(searchedContacts()).toBe(0);
    expect(suite.emulator.writes()).toEqual([]);
  });
});

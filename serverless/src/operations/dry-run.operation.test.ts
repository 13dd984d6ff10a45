import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, type LeadOpsConfig } from '@leadops/rules';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { gatewayFor } from '../../../test/support/emulator-gateway';
import { PROJECT_ROOT } from '../../../test/support/run-tsx';
import { loadReps } from '../hubspot/hubspot-reps';
import { dryRun } from './dry-run.operation';

/** A Tuesday, 15:00 in London and 10:00 in New York: both reps are at work. */
const NOW = Date.parse('2026-11-24T15:00:00Z');
const DAY = 86_400_000;
const defaultDocument = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'rules', 'config', 'default-config.json'), 'utf8')) as { scoring: { mql: { threshold: number }; rules: { id: string; points: number }[] }; routing: Record<string, unknown> };

function valid(document: unknown): LeadOpsConfig {
  const parsed = parseConfig(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

/** The default with a lower MQL bar, a heavier demo request, and two reps sharing inbound leads in turn. */
function proposedDocument() {
  const document = structuredClone(defaultDocument);
  document.scoring.mql.threshold = 40;
  const demo = document.scoring.rules.find((r) => r.id === 'demo-request');
  if (demo) demo.points = 40;
  document.routing = {
    ...document.routing,
    reps: [{ ownerId: '11', name: 'Ana Ortiz' }, { ownerId: '12', name: 'Ben Brooks' }],
    pools: [{ id: 'inbound', label: 'Inbound', strategy: 'round_robin', members: [{ ownerId: '11' }, { ownerId: '12' }] }],
    rules: [{ id: 'work-email', label: 'Anyone with a work email', when: { not: { property: 'email', op: 'email_domain_free_mail' } }, target: { type: 'pool', pool: 'inbound' } }],
  };
  return document;
}

const current = valid(defaultDocument);
const proposed = valid(proposedDocument());

describe('dry run', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({
      rateLimit: false,
      seed: {
        owners: [
          { id: '11', userId: 2011, email: 'ana.ortiz@leadops.example', firstName: 'Ana', lastName: 'Ortiz' },
          { id: '12', userId: 2012, email: 'ben.brooks@leadops.example', firstName: 'Ben', lastName: 'Brooks' },
        ],
        // Ana keeps London hours in HubSpot; Ben has no user record, so he gets the config's first calendar (US East).
        users: [{ id: '9011', properties: { hs_internal_user_id: '2011', hs_email: 'ana.ortiz@leadops.example', hs_standard_time_zone: 'Europe/London', hs_working_hours: '[{"days":"MONDAY_TO_FRIDAY","startMinute":540,"endMinute":1020}]' } }],
        contacts: [
          { id: '501', properties: { email: 'dana.lee@northwind.example', firstname: 'Dana', lastname: 'Lee', jobtitle: 'VP Sales', numemployees: '240', country: 'United States', lifecyclestage: 'lead', recent_conversion_date: String(NOW - DAY), recent_conversion_event_name: 'Demo request' } },
          { id: '502', properties: { email: 'sam.park@globex.example', firstname: 'Sam', lastname: 'Park', jobtitle: 'Marketing Manager', numemployees: '120', country: 'United Kingdom', lifecyclestage: 'lead', recent_conversion_date: String(NOW - 3 * DAY), recent_conversion_event_name: 'Ebook: The lead routing guide', hs_analytics_last_visit_timestamp: String(NOW - 2 * DAY), hs_analytics_last_url: 'https://www.leadops.example/pricing' } },
          { id: '503', properties: { email: 'jamie.1999@gmail.com', firstname: 'Jamie', jobtitle: 'Student', numemployees: '3', lifecyclestage: 'subscriber' } },
          { id: '504', properties: { email: 'priya.shah@initech.example', firstname: 'Priya', lastname: 'Shah', jobtitle: 'Director of Operations', numemployees: '800', country: 'Canada', lifecyclestage: 'lead', hs_email_last_click_date: String(NOW - 10 * DAY) } },
        ],
      },
    });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('shows, contact by contact, the scores, MQLs, stages and owners the proposed config changes', async () => {
    const gateway = gatewayFor(emulator);
    const reps = (await loadReps(gateway, proposed, NOW)).reps;
    emulator.clearLog();
    const result = await dryRun(gateway, current, proposed, reps, { sampleSize: 50, now: NOW });
    const row = (id: string) => result.rows.find((r) => r.contactId === id);

    expect(result.rows.map((r) => r.contactId)).toEqual(['501', '502', '503', '504']);
    // Today nobody is routed: the default config has no reps, so every lead waits in the fallback queue.
    expect(result.rows.map((r) => r.before?.queue?.id)).toEqual(['unassigned', 'unassigned', 'unassigned', 'unassigned']);
    // The pool takes work emails in turn; the free-mail student still waits in the queue.
    expect(result.rows.map((r) => r.after.ownerId)).toEqual(['11', '12', null, '11']);
    expect(row('503')?.after.queue?.id).toBe('unassigned');

    // A heavier demo request raises Dana's score; she was an MQL already.
    expect(row('501')?.changed).toEqual(expect.arrayContaining(['score', 'owner', 'sla']));
    expect(row('501')?.after.score).toBeGreaterThan(row('501')?.before?.score ?? Infinity);
    expect([row('501')?.before?.mql, row('501')?.after.mql]).toEqual([true, true]);
    // Sam's score stays, but the lower bar makes him an MQL, so his recommended stage moves on too.
    expect(row('502')?.changed).toEqual(['mql', 'stage', 'owner', 'sla']);
    expect([row('502')?.before?.stage, row('502')?.after.stage]).toEqual(['lead', 'marketingqualifiedlead']);
    // Priya's fit (director in operations at a mid-size company) now clears the lower bar too; Jamie's does not.
    expect([row('504')?.before?.mql, row('504')?.after.mql]).toEqual([false, true]);
    expect(row('503')?.changed).toEqual([]);

    // SLA clocks start now, in each owner's hours: an MQL gets 30 working minutes, a lead 4 hours.
    expect(row('501')?.after).toMatchObject({ ownerName: 'Ana Ortiz', slaPolicy: 'mql-first-touch', slaDueAt: NOW + 30 * 60_000 });
    expect(row('502')?.after).toMatchObject({ ownerName: 'Ben Brooks', slaPolicy: 'mql-first-touch', slaDueAt: NOW + 30 * 60_000 });
    expect(row('501')?.before).toMatchObject({ ownerId: null, slaDueAt: null });

    expect(result.summary).toMatchObject({ contacts: 4, owner: 3, changed: 3, score: 1, mql: 2, newMqls: 2, lostMqls: 0, stage: 2 });
    expect(emulator.writes()).toEqual([]);
    expect(emulator.log.map((e) => e.path)).toEqual(['/crm/objects/2026-09/contacts/search']);
  });

  it('reads no more contacts than the sample size', async () => {
    const gateway = gatewayFor(emulator);
    const result = await dryRun(gateway, current, proposed, [], { sampleSize: 2, now: NOW });
    expect(result.rows.map((r) => r.contactId)).toEqual(['501', '502']);
  });

  it('with no config in force, shows only the proposed outcome and nothing as changed', async () => {
    const gateway = gatewayFor(emulator);
    const reps = (await loadReps(gateway, proposed, NOW)).reps;
    const result = await dryRun(gateway, null, proposed, reps, { sampleSize: 50, now: NOW });
    expect(result.rows.every((r) => r.before === null && r.changed.length === 0)).toBe(true);
    expect(result.rows[0]?.after.ownerId).toBe('11');
    expect(result.summary).toMatchObject({ contacts: 4, changed: 0 });
  });

  it('reports nothing changed when the proposed config is the one in force', async () => {
    const gateway = gatewayFor(emulator);
    const reps = (await loadReps(gateway, proposed, NOW)).reps;
    const result = await dryRun(gateway, proposed, valid(proposedDocument()), reps, { sampleSize: 50, now: NOW });
    expect(result.summary).toMatchObject({ contacts: 4, changed: 0 });
  });

  it("starts a least-loaded pool from the reps' open leads in HubSpot, reading nothing else and writing nothing", async () => {
    const document = proposedDocument();
    document.routing['pools'] = [{ id: 'inbound', label: 'Inbound', strategy: 'least_loaded', members: [{ ownerId: '11' }, { ownerId: '12' }] }];
    const leastLoaded = valid(document);
    // Ana works three open leads; Ben's one lead is closed (unqualified).
    for (const [id, owner, status] of [['601', '11', 'NEW'], ['602', '11', 'IN_PROGRESS'], ['603', '11', 'CONNECTED'], ['604', '12', 'UNQUALIFIED']] as const) {
      emulator.portal.createObject('contacts', { email: `owned${id}@northwind.example`, hubspot_owner_id: owner, hs_lead_status: status }, { id });
    }
    const gateway = gatewayFor(emulator);
    const reps = (await loadReps(gateway, leastLoaded, NOW)).reps;
    emulator.clearLog();
    const result = await dryRun(gateway, current, leastLoaded, reps, { sampleSize: 4, now: NOW });
    // Ben (0 open) takes the work emails until he reaches Ana's 3.
    expect(result.rows.map((r) => r.after.ownerId)).toEqual(['12', '12', null, '12']);
    expect(emulator.writes()).toEqual([]);
    expect(emulator.log.map((e) => e.path)).toEqual(['/crm/objects/2026-09/contacts/search', '/crm/objects/2026-09/contacts/search']);
  });

  it('gives the same answer twice: each run starts from an empty routing state', async () => {
    const gateway = gatewayFor(emulator);
    const reps = (await loadReps(gateway, proposed, NOW)).reps;
    const first = await dryRun(gateway, current, proposed, reps, { sampleSize: 50, now: NOW });
    const second = await dryRun(gateway, current, proposed, reps, { sampleSize: 50, now: NOW });
    expect(second).toEqual(first);
  });
});

import { loadDefaultConfig } from '../../rules/test-support/default-config';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../serverless/src/emulator/hubspot-emulator';
import type { SeedObject } from '../../serverless/src/emulator/emulator-types';
import { rescoreAll, scoreProperties } from '../../serverless/src/operations/rescore-all.operation';
import { activitiesFromProperties } from '../../serverless/src/operations/activities-from-properties';
import { LEADOPS_CONTACT_PROPERTIES } from '../../serverless/src/operations/leadops-properties';
import { install } from '../../serverless/src/operations/install.operation';
import { contractProblems } from '../support/contract-check';
import { gatewayFor, seeded } from '../support/emulator-gateway';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const TITLES = ['VP Sales', 'Marketing Intern', 'Director of Operations', 'Engineer', ''];
const COUNTRIES = ['US', 'Deutschland', 'UK', 'India', ''];

/** Successful batch updates of contacts (the score writes), leaving out the audit notes. */
function scoreWrites(emulator: HubSpotEmulator) {
  return emulator.writes().filter((w) => w.path === '/crm/objects/2026-09/contacts/batch/update');
}

function seedContacts(count: number): SeedObject[] {
  const random = seeded(99);
  return Array.from({ length: count }, (_, i) => ({
    id: String(1000 + i),
    properties: {
      email: `lead${i}@${['acme.example', 'gmail.com', 'globex.example'][i % 3]}`,
      jobtitle: TITLES[i % TITLES.length] ?? '',
      country: COUNTRIES[Math.floor(random() * COUNTRIES.length)] ?? '',
      numemployees: String(Math.floor(random() * 3000)),
    },
  }));
}

describe('rescoring 5,000 contacts while HubSpot throttles and fails', () => {
  const config = loadDefaultConfig();
  const seed = seedContacts(5_000);
  let emulator: HubSpotEmulator;

  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ seed: { contacts: seed }, rateLimit: false });
    await install(gatewayFor(emulator));
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });

  it('writes every contact exactly once with the right score, loses none, and reports the retries', async () => {
    emulator.clearLog();
    emulator.setFaults({ rate429: 1 / 3, rate500: 0.05, random: seeded(7) });
    const progress: number[] = [];
    const result = await rescoreAll(gatewayFor(emulator, { retries: 30 }), config, { now: NOW, onProgress: (p) => progress.push(p.read) });
    emulator.setFaults(undefined);

    expect(result.read).toBe(5_000);
    const injected = emulator.log.filter((e) => e.injected !== undefined).length;
    expect(injected).toBeGreaterThan(10);
    expect(result.retries).toBe(injected);
    expect(progress.at(-1)).toBe(5_000);

    const writesPerContact = new Map<string, number>();
    for (const exchange of scoreWrites(emulator)) {
      for (const input of (exchange.requestBody as { inputs: { id: string }[] }).inputs) writesPerContact.set(input.id, (writesPerContact.get(input.id) ?? 0) + 1);
    }
    expect(writesPerContact.size).toBe(result.written);
    expect([...writesPerContact.values()].every((n) => n === 1)).toBe(true);
    // Each written score has its audit note, once.
    const noted = seed.filter((c) => emulator.portal.associations('contacts', c.id, 'notes').length === 1).length;
    expect(noted).toBe(result.written);

    for (const contact of seed) {
      const expected = scoreProperties({ id: contact.id, properties: contact.properties, activities: activitiesFromProperties(contact.properties) }, config, NOW);
      const stored = emulator.portal.getObject('contacts', contact.id)?.properties ?? {};
      expect({ id: contact.id, score: stored['leadops_score'], mql: stored['leadops_is_mql'] }).toEqual({ id: contact.id, score: expected['leadops_score'], mql: expected['leadops_is_mql'] });
    }
  });

  it('writes nothing on a second run when no score changed', async () => {
    emulator.clearLog();
    const result = await rescoreAll(gatewayFor(emulator), config, { now: NOW });
    expect(result.written).toBe(0);
    expect(emulator.writes()).toEqual([]);
  });

  it('resumes from the checkpoint of a run that stopped, without skipping or rewriting anyone', async () => {
    const other = loadDefaultConfig();
    const changed = { ...other, scoring: { ...other.scoring, rules: other.scoring.rules.filter((r) => r.id !== 'target-country') } };
    emulator.clearLog();
    let checkpoint: string | undefined;
    const stopped = await rescoreAll(gatewayFor(emulator), changed, {
      now: NOW,
      onProgress: (p) => {
        checkpoint = p.checkpoint;
        if (p.read >= 1_000) throw new Error('the job was stopped');
      },
    }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(Error);
    const resumed = await rescoreAll(gatewayFor(emulator), changed, { now: NOW, ...(checkpoint !== undefined ? { resumeAfter: checkpoint } : {}) });
    expect(resumed.read).toBe(4_000);
    const writes = scoreWrites(emulator).flatMap((w) => (w.requestBody as { inputs: { id: string }[] }).inputs.map((i) => i.id));
    expect(new Set(writes).size).toBe(writes.length);
    for (const contact of seed) {
      const expected = scoreProperties({ id: contact.id, properties: contact.properties, activities: activitiesFromProperties(contact.properties) }, changed, NOW);
      expect(emulator.portal.getObject('contacts', contact.id)?.properties['leadops_score']).toBe(expected['leadops_score']);
    }
  });

  it('creates the LeadOps properties once, however often install runs', async () => {
    emulator.clearLog();
    const again = await install(gatewayFor(emulator));
    expect(again).toEqual({ createdGroup: false, createdProperties: [], createdConfigStore: false, createdStateStore: false, createdStateProperties: [], addedOptions: [] });
    expect(emulator.writes()).toEqual([]);
    expect(LEADOPS_CONTACT_PROPERTIES.length).toBeGreaterThan(10);
  });
});

describe('rescoring when HubSpot fails part-way or contacts disappear', () => {
  const config = loadDefaultConfig();
  let emulator: HubSpotEmulator;
  beforeEach(async () => {
    emulator = await startHubSpotEmulator({ seed: { contacts: seedContacts(300) }, rateLimit: false });
    await install(gatewayFor(emulator));
    emulator.clearLog();
  });
  afterEach(async () => {
    await emulator.close();
  });
  const notedContacts = () => emulator.portal.listObjects('contacts').filter((c) => emulator.portal.associations('contacts', c.id, 'notes').length > 0).map((c) => c.id);

  it('stops at the first batch whose notes fail, writes nothing after, and names the contacts scored without a note', async () => {
    let writes = 0;
    // Batch 1: scores, notes; batch 2: scores, then its notes fail.
    emulator.setFaults({ only: 'writes', rate500: 0.5, random: () => (++writes <= 3 ? 0.99 : 0.1) });
    const progress: string[] = [];
    const error = await rescoreAll(gatewayFor(emulator, { retries: 0 }), config, { now: NOW, onProgress: (p) => progress.push(p.checkpoint ?? '') }).then(() => null, (e: unknown) => e);
    emulator.setFaults(undefined);
    expect(error).toMatchObject({ code: 'RESCORE_INCOMPLETE' });
    expect((error as Error).message).toMatch(/^Rescoring stopped: the scores of 100 contacts \(ids 1100–1199\) were written with their reasons \(LeadOps score reasons\), but their timeline notes could not be/);
    expect(scoreWrites(emulator)).toHaveLength(2);
    expect(notedContacts()).toHaveLength(100);
    // Nothing but the notes is lost: the contacts of the failed batch keep their reasons.
    expect(emulator.portal.getObject('contacts', '1150')?.properties['leadops_score_reasons']).toMatch(/^(Not an MQL|MQL)/);
    // The last checkpoint is the end of the batch whose notes were written.
    expect(progress.at(-1)).toBe('1099');
  });

  it('counts contacts deleted between the read and the write as gone, and notes only the ones it scored', async () => {
    let deleted = false;
    const result = await rescoreAll(gatewayFor(emulator), config, {
      now: NOW,
      onProgress: () => {
        // After the first batch, someone merges a contact of the second batch away.
        if (!deleted) emulator.portal.deleteObject('contacts', '1150');
        deleted = true;
      },
    });
    expect(result.gone).toBe(1);
    expect(result.written).toBe(299);
    expect(notedContacts()).toHaveLength(299);
  });
});

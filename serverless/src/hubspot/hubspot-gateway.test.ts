import { z } from 'zod';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulator/hubspot-emulator';
import { contractProblems } from '../../../test/support/contract-check';
import { TEST_TOKEN, gatewayFor } from '../../../test/support/emulator-gateway';
import { batchReadObjects, batchUpdateObjects, batchUpsertObjects, searchAllObjects } from './crm-objects';
import { readContactCompanies } from './associations';
import { HubSpotError } from './hubspot-error';
import { simpleObjectSchema } from './hubspot-responses';
import { HUBSPOT_RETRY_TIMING, retryDelayMs } from './retry-policy';
import { AxiosError, AxiosHeaders } from 'axios';

function contacts(count: number, from = 1) {
  return Array.from({ length: count }, (_, i) => ({ id: String(from + i), properties: { email: `person${from + i}@example.com`, firstname: `P${from + i}`, numemployees: String((i % 50) * 10) } }));
}

describe('HubSpot gateway against the emulator', () => {
  let emulator: HubSpotEmulator;
  beforeAll(async () => {
    emulator = await startHubSpotEmulator({ seed: { contacts: contacts(450) }, rateLimit: false });
  });
  afterAll(async () => {
    const problems = await contractProblems(emulator.log);
    await emulator.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  beforeEach(() => {
    emulator.setFaults(undefined);
    emulator.clearLog();
  });

  it('reads a contact with the requested properties, as strings, with the bearer token', async () => {
    const gateway = gatewayFor(emulator);
    const contact = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: '7' }, query: { properties: 'email,numemployees' } }, simpleObjectSchema);
    expect(contact.properties['email']).toBe('person7@example.com');
    expect(contact.properties['numemployees']).toBe('60');
    expect(emulator.log[0]?.requestHeaders['authorization']).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('reads in batches of 100', async () => {
    const gateway = gatewayFor(emulator);
    const ids = Array.from({ length: 250 }, (_, i) => String(i + 1));
    const objects = await batchReadObjects(gateway, 'contacts.batchRead', 'contacts', ids, ['email']);
    expect(objects).toHaveLength(250);
    expect(emulator.callCount({ pathPrefix: '/crm/objects/2026-09/contacts/batch/read' })).toBe(3);
  });

  it('retries 500s and 429s until HubSpot accepts, then reports the retries', async () => {
    const retries: number[] = [];
    const gateway = gatewayFor(emulator, { onRetry: (event) => retries.push(event.status ?? 0) });
    emulator.setFaults({ rate429: 0.3, rate500: 0.2 });
    const updated = await batchUpdateObjects(gateway, 'contacts.batchUpdate', 'contacts', contacts(300).map((c) => ({ id: c.id, properties: { jobtitle: 'VP Sales' } })));
    expect(updated.updated).toHaveLength(300);
    expect(updated.missingIds).toEqual([]);
    expect(retries.length).toBeGreaterThan(0);
    expect(gateway.stats().retries).toBe(retries.length);
    expect(emulator.portal.getObject('contacts', '299')?.properties['jobtitle']).toBe('VP Sales');
  });

  it('reports ids HubSpot no longer has (deleted, merged) as missing, and writes the rest', async () => {
    const gateway = gatewayFor(emulator);
    const result = await batchUpdateObjects(gateway, 'contacts.batchUpdate', 'contacts', [{ id: '5', properties: { jobtitle: 'CFO' } }, { id: '999999', properties: { jobtitle: 'CFO' } }]);
    expect(result.updated.map((c) => c.id)).toEqual(['5']);
    expect(result.missingIds).toEqual(['999999']);
  });

  it('upserts by email in batches of 100, creating the new and updating the known', async () => {
    const gateway = gatewayFor(emulator);
    const upserts = Array.from({ length: 150 }, (_, i) => ({ idProperty: 'email', id: `person${i + 400}@example.com`, properties: { jobtitle: 'Director' } }));
    const results = await batchUpsertObjects(gateway, 'contacts.batchUpsert', 'contacts', upserts);
    expect(results.filter((r) => r.new)).toHaveLength(99); // persons 400–450 are in the seed, 451–549 are new
    expect(emulator.callCount({ pathPrefix: '/crm/objects/2026-09/contacts/batch/upsert' })).toBe(2);
    expect(emulator.portal.findObjectByProperty('contacts', 'email', 'person549@example.com')?.properties['jobtitle']).toBe('Director');
  });

  it("reads contacts' companies through the associations batch endpoint", async () => {
    const withCompanies = await startHubSpotEmulator({
      rateLimit: false,
      seed: { contacts: contacts(3), companies: [{ id: '900', properties: { name: 'Northwind', domain: 'northwind.example' } }], contactCompanies: { '1': ['900'], '3': ['900'] } },
    });
    try {
      const companies = await readContactCompanies(gatewayFor(withCompanies), ['1', '2', '3']);
      expect(Object.fromEntries(companies)).toEqual({ '1': ['900'], '3': ['900'] });
      const problems = await contractProblems(withCompanies.log);
      if (problems !== null) expect(problems).toEqual([]);
    } finally {
      await withCompanies.close();
    }
  });

  it('never retries a 400 and says what HubSpot said, with its correlation id and no token', async () => {
    const gateway = gatewayFor(emulator);
    const error = await batchUpdateObjects(gateway, 'contacts.batchUpdate', 'contacts', [{ id: '1', properties: { not_a_property: 'x' } }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubSpotError);
    const hubspotError = error as HubSpotError;
    expect(hubspotError.code).toBe('VALIDATION');
    expect(hubspotError.details.category).toBe('VALIDATION_ERROR');
    expect(hubspotError.details.correlationId).toMatch(/\w+/);
    expect(hubspotError.message).toContain('not_a_property');
    expect(`${hubspotError.message} ${hubspotError.fix} ${JSON.stringify(hubspotError)}`).not.toContain(TEST_TOKEN);
    expect(emulator.callCount({ pathPrefix: '/crm/objects/2026-09/contacts/batch/update' })).toBe(1);
    expect(emulator.writes()).toEqual([]);
  });

  it('turns a wrong token into UNAUTHORIZED with the fix', async () => {
    const gateway = gatewayFor(emulator, { accessToken: 'wrong' });
    const emulatorWithToken = await startHubSpotEmulator({ accessToken: TEST_TOKEN, rateLimit: false });
    const error = await gatewayFor(emulatorWithToken, { accessToken: 'wrong' }).call('owners.list', {}, z.unknown()).catch((e: unknown) => e);
    await emulatorWithToken.close();
    expect((error as HubSpotError).code).toBe('UNAUTHORIZED');
    expect((error as HubSpotError).fix).toContain('PRIVATE_APP_ACCESS_TOKEN');
    expect(gateway).toBeDefined();
  });

  it('rejects an answer of the wrong shape as UNEXPECTED_RESPONSE', async () => {
    const gateway = gatewayFor(emulator);
    const error = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: '3' } }, z.object({ nope: z.string() })).catch((e: unknown) => e);
    expect((error as HubSpotError).code).toBe('UNEXPECTED_RESPONSE');
  });
});

describe('searching while records are deleted', () => {
  it('returns every remaining contact when contacts already read are deleted mid-search (no offset to shift)', async () => {
    const emulator = await startHubSpotEmulator({ seed: { contacts: contacts(600) }, rateLimit: false });
    try {
      const ids: string[] = [];
      for await (const page of searchAllObjects(gatewayFor(emulator), 'contacts.search', 'contacts', { properties: ['email'] })) {
        // A user merges five contacts the job has already read.
        if (ids.length === 0) for (const contact of page.slice(0, 5)) emulator.portal.deleteObject('contacts', contact.id);
        ids.push(...page.map((c) => c.id));
      }
      expect(new Set(ids).size).toBe(600);
    } finally {
      await emulator.close();
    }
  });
});

describe('searching past HubSpot\'s 10,000-result cap', () => {
  it('restarts from the last id and returns every contact once', async () => {
    const emulator = await startHubSpotEmulator({ seed: { contacts: contacts(10_450) }, rateLimit: false });
    try {
      const gateway = gatewayFor(emulator);
      const ids: string[] = [];
      for await (const page of searchAllObjects(gateway, 'contacts.search', 'contacts', { properties: ['email'] })) ids.push(...page.map((c) => c.id));
      expect(ids).toHaveLength(10_450);
      expect(new Set(ids).size).toBe(10_450);
      expect(emulator.log.filter((e) => e.status >= 400)).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

describe('retryDelayMs', () => {
  const error429 = (policyName: string, retryAfter?: string) => {
    const headers = new AxiosHeaders();
    if (retryAfter) headers.set('retry-after', retryAfter);
    return new AxiosError('429', 'ERR_BAD_REQUEST', undefined, undefined, { status: 429, statusText: 'Too Many Requests', headers, config: { headers: new AxiosHeaders() }, data: { status: 'error', policyName } });
  };
  const noJitter = () => 0;

  it('waits for the 10-second window after the burst limit', () => {
    expect(retryDelayMs(1, error429('TEN_SECONDLY_ROLLING'), HUBSPOT_RETRY_TIMING, noJitter)).toBe(10_000);
  });

  it('waits about a second after the search limit', () => {
    expect(retryDelayMs(1, error429('SECONDLY'), HUBSPOT_RETRY_TIMING, noJitter)).toBe(1_000);
  });

  it('honours Retry-After when HubSpot sends it', () => {
    expect(retryDelayMs(1, error429('TEN_SECONDLY_ROLLING', '3'), HUBSPOT_RETRY_TIMING, noJitter)).toBe(3_000);
  });
});

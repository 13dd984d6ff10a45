import { z } from 'zod';
import { HUBSPOT_ENDPOINTS } from './hubspot-endpoints';
import type { HubSpotGateway } from './hubspot-gateway';
import { isReadOnlyEndpoint, readOnlyGateway } from './read-only-gateway';

describe('readOnlyGateway', () => {
  const sent: string[] = [];
  const inner: HubSpotGateway = { call: async (id) => { sent.push(id); return {} as never; }, stats: () => ({ calls: sent.length, retries: 0, byEndpoint: {} }), stop: async () => undefined };

  it('passes reads through and refuses every write before it is sent', async () => {
    const gateway = readOnlyGateway(inner);
    await gateway.call('contacts.search', {}, z.unknown());
    await gateway.call('owners.list', {}, z.unknown());
    await expect(gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: '1' } }, z.unknown())).rejects.toThrow(/read-only/);
    await expect(gateway.call('configStore.create', {}, z.unknown())).rejects.toThrow(/read-only/);
    expect(sent).toEqual(['contacts.search', 'owners.list']);
  });

  it('classes as reads exactly the GETs, searches and batch reads of the catalogue', () => {
    const reads = HUBSPOT_ENDPOINTS.filter((e) => isReadOnlyEndpoint(e.id)).map((e) => e.id);
    expect(reads).toEqual(HUBSPOT_ENDPOINTS.filter((e) => e.method === 'GET' || /search|batchRead/.test(e.id)).map((e) => e.id));
    expect(reads).not.toContain('contacts.batchUpsert');
    expect(reads).toContain('associations.batchRead');
  });
});

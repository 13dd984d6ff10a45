import type { CliIo } from '../commands/cli-io';
import { arrivingLeads, smallConfig, smallPortal } from '../../test-support/small-portal';
import { simulateThroughApi } from './simulate-through-api';

const quietIo: CliIo = { out: () => undefined, err: () => undefined, errRaw: () => undefined, env: {}, cwd: process.cwd(), interactive: false };

describe('simulateThroughApi', () => {
  // One activity of each kind per lead: the latest-of-each-kind properties HubSpot keeps hold the whole history.
  const config = smallConfig();
  const portal = smallPortal(config, arrivingLeads(30, { properties: (i): Record<string, string> => (i % 4 === 0 ? { numemployees: '2000' } : {}) }));

  it('replays the run through the production operations and writes what the rules decided: same owners, scores and stages', async () => {
    const { result, warnings } = await simulateThroughApi({ portal, config, source: 'file' }, { seed: 5 }, quietIo);
    const api = result.api;
    if (!api) throw new Error('no API usage recorded');
    expect(result.meta.mode).toBe('through-api');
    expect(api.agreement.differences).toEqual([]);
    expect(api.agreement).toMatchObject({ contacts: 30, sameOwner: 30, sameScore: 30, sameStage: 30, failureCount: 0 });
    expect(warnings.filter((w) => w.includes('API step'))).toEqual([]);
    // Every lead was read and updated through the gateway; routing state and audit notes were written.
    expect(api.byEndpoint['contacts.get']).toBeGreaterThanOrEqual(30);
    expect(api.byEndpoint['contacts.update']).toBeGreaterThanOrEqual(30);
    expect(api.byEndpoint['stateStore.update']).toBeGreaterThan(0);
    expect(api.calls).toBe(Object.values(api.byEndpoint).reduce((sum, n) => sum + n, 0));
    // At 190 calls per 10 seconds, more than 190 calls cannot all start at once.
    if (api.calls > 190) expect(api.wallTimeAtLimitsMs).toBeGreaterThanOrEqual(10_000);
  }, 120_000);
});

import { RULES_ENGINE_VERSION } from '@leadops/rules';
import { main } from './app-status.function';

describe('app-status function', () => {
  const saved = process.env['PRIVATE_APP_ACCESS_TOKEN'];
  afterEach(() => {
    if (saved === undefined) delete process.env['PRIVATE_APP_ACCESS_TOKEN'];
    else process.env['PRIVATE_APP_ACCESS_TOKEN'] = saved;
  });

  it('reports the rules engine version and that a token is present, without revealing it', async () => {
    process.env['PRIVATE_APP_ACCESS_TOKEN'] = 'pat-na1-secret-value';
    const result = await main({ parameters: {} });
    expect(result).toEqual({ ok: true, app: 'LeadOps', rulesEngineVersion: RULES_ENGINE_VERSION, accessTokenPresent: true });
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });

  it('says when HubSpot gave it no token', async () => {
    delete process.env['PRIVATE_APP_ACCESS_TOKEN'];
    const result = await main({});
    expect(result.ok && result.accessTokenPresent).toBe(false);
  });
});

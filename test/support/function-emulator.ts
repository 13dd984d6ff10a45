import { startHubSpotEmulator, type HubSpotEmulator } from '../../serverless/src/emulator/hubspot-emulator';
import type { PortalSeed } from '../../serverless/src/emulator/emulator-types';
import { contractProblems } from './contract-check';
import { TEST_TOKEN } from './emulator-gateway';

export interface FunctionEmulator {
  /** The suite's emulator (available inside tests and hooks). */
  readonly emulator: HubSpotEmulator;
}

/**
 * Registers a suite's emulator for app-function tests: started before the suite with the test token,
 * the functions' environment pointed at it (and restored after), `setup` run once, and every exchange
 * checked against HubSpot's OpenAPI documents at the end.
 */
export function functionEmulator(options: { readonly seed?: PortalSeed; readonly setup?: (emulator: HubSpotEmulator) => Promise<void> } = {}): FunctionEmulator {
  let current: HubSpotEmulator | undefined;
  const saved = { ...process.env };
  beforeAll(async () => {
    current = await startHubSpotEmulator({ rateLimit: false, accessToken: TEST_TOKEN, ...(options.seed ? { seed: options.seed } : {}) });
    process.env['PRIVATE_APP_ACCESS_TOKEN'] = TEST_TOKEN;
    process.env['LEADOPS_HUBSPOT_BASE_URL'] = current.url;
    await options.setup?.(current);
  });
  afterAll(async () => {
    process.env = saved;
    if (!current) return;
    const problems = await contractProblems(current.log);
    await current.close();
    if (problems !== null) expect(problems).toEqual([]);
  });
  return {
    get emulator(): HubSpotEmulator {
      if (!current) throw new Error('the emulator starts in beforeAll: use it inside tests or hooks');
      return current;
    },
  };
}

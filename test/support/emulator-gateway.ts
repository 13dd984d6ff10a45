import { createHubSpotGateway, type GatewayOptions, type HubSpotGateway } from '../../serverless/src/hubspot/hubspot-gateway';
import type { RetryTiming } from '../../serverless/src/hubspot/retry-policy';
import type { HubSpotEmulator } from '../../serverless/src/emulator/hubspot-emulator';

export const TEST_TOKEN = 'pat-test-0000-secret-token';

/** Retry waits scaled down 1000x: the same policy, seconds become milliseconds. */
export const FAST_RETRIES: RetryTiming = { tenSecondWindowMs: 10, secondlyWindowMs: 1, baseBackoffMs: 1, maxBackoffMs: 20 };

/** A seeded PRNG (mulberry32) so jitter and fault injection repeat run after run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A gateway pointed at the emulator, with fast retries and no client-side rate limit unless asked. */
export function gatewayFor(emulator: HubSpotEmulator, options: Partial<GatewayOptions> = {}): HubSpotGateway {
  return createHubSpotGateway({ accessToken: TEST_TOKEN, baseUrl: emulator.url, tenSecondLimit: 100_000, searchPerSecond: 10_000, maxConcurrent: 8, retryTiming: FAST_RETRIES, random: seeded(1), retries: 12, ...options });
}

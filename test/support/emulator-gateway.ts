import { createHubSpotGateway, type GatewayOptions, type HubSpotGateway } from '../../serverless/src/hubspot/hubspot-gateway';
import type { RetryTiming } from '../../serverless/src/hubspot/retry-policy';
import type { HubSpotEmulator } from '../../serverless/src/emulator/hubspot-emulator';
import { mulberry32 } from '../../serverless/src/emulator/seeded-random';

export const TEST_TOKEN = 'pat-test-0000-secret-token';

/** Retry waits scaled down 1000x: the same policy, seconds become milliseconds. */
export const FAST_RETRIES: RetryTiming = { tenSecondWindowMs: 10, secondlyWindowMs: 1, baseBackoffMs: 1, maxBackoffMs: 20, maxRetryAfterMs: 60_000 };

/** A seeded PRNG so jitter and fault injection repeat run after run. */
export const seeded = mulberry32;

/** A gateway pointed at the emulator, with fast retries and no client-side rate limit unless asked. */
export function gatewayFor(emulator: HubSpotEmulator, options: Partial<GatewayOptions> = {}): HubSpotGateway {
  return createHubSpotGateway({ accessToken: TEST_TOKEN, baseUrl: emulator.url, tenSecondLimit: 100_000, searchPerSecond: 10_000, maxConcurrent: 8, retryTiming: FAST_RETRIES, random: seeded(1), retries: 12, ...options });
}

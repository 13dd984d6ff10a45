import axios, { isAxiosError, type AxiosInstance } from 'axios';
import axiosRetry from 'axios-retry';
import Bottleneck from 'bottleneck';
import type { z } from 'zod';
import { HubSpotError, toHubSpotError, unexpectedResponse } from './hubspot-error';
import { HUBSPOT_ENDPOINTS, type HubSpotEndpoint, type HubSpotEndpointId } from './hubspot-endpoints';
import { DEFAULT_SEARCH_PER_SECOND, TEN_SECOND_LIMITS, type AccountTier } from './rate-limits';
import { HUBSPOT_RETRY_TIMING, isRetryable, retryDelayMs, retryRefusal, type RetryRefusal, type RetryTiming } from './retry-policy';

export const HUBSPOT_BASE_URL = 'https://api.hubapi.com';

/** Margin added to the spacing of search requests so network jitter does not push two into one second. */
const SPACING_MARGIN_MS = 15;

export interface GatewayOptions {
  readonly accessToken: string;
  /**
   * The developer API key of the developer account that owns the app: HubSpot's workflow-action
   * definitions API takes it (`?hapikey=`) instead of the app's token. Only `leadops install` needs it.
   */
  readonly developerApiKey?: string;
  /** Another base URL, e.g. the local emulator's. */
  readonly baseUrl?: string;
  readonly tier?: AccountTier;
  /** Overrides the tier's 10-second limit. */
  readonly tenSecondLimit?: number;
  readonly searchPerSecond?: number;
  /** Requests in flight at once. */
  readonly maxConcurrent?: number;
  readonly retries?: number;
  readonly retryTiming?: RetryTiming;
  /** Jitter source; seeded in tests. */
  readonly random?: () => number;
  readonly timeoutMs?: number;
  /**
   * The most one call may take, every attempt and wait included: an app function must answer its card in
   * seconds, however long HubSpot hangs. Unset, a call retries until `retries` runs out.
   */
  readonly callBudgetMs?: number;
  /** Told about every retry, so long jobs can report them. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  readonly endpointId: string;
  readonly attempt: number;
  readonly status: number | null;
  readonly waitMs: number;
}

export interface GatewayRequest {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  readonly body?: unknown;
}

export interface GatewayStats {
  readonly calls: number;
  readonly retries: number;
  readonly byEndpoint: Readonly<Record<string, number>>;
}

/** The only code that talks HTTP to HubSpot: one method, bound to the endpoint catalogue. */
export interface HubSpotGateway {
  call<T>(endpointId: HubSpotEndpointId, request: GatewayRequest, schema: z.ZodType<T>): Promise<T>;
  stats(): GatewayStats;
  /** Waits for queued requests and stops the limiters (end of a job). */
  stop(): Promise<void>;
}

const ENDPOINTS = new Map<string, HubSpotEndpoint>(HUBSPOT_ENDPOINTS.map((e) => [e.id, e]));

function fillPath(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new TypeError(`path parameter "${name}" is missing for ${template}`);
    return encodeURIComponent(value);
  });
}

/**
 * Creates the gateway: axios with the bearer token, retries (axios-retry) on 429/5xx/network errors with
 * waits from HubSpot's policy or `Retry-After`, and bottleneck limiters for the 10-second burst limit of
 * the account's tier and the separate search limit. Errors come out as HubSpotError, without the token.
 */
export function createHubSpotGateway(options: GatewayOptions): HubSpotGateway {
  if (!options.accessToken) throw new TypeError('accessToken is empty: set PRIVATE_APP_ACCESS_TOKEN (or pass the emulator\'s token).');
  const random = options.random ?? Math.random;
  const timing = options.retryTiming ?? HUBSPOT_RETRY_TIMING;
  const tenSecondLimit = options.tenSecondLimit ?? TEN_SECOND_LIMITS[options.tier ?? 'professional'];
  const counts = { calls: 0, retries: 0, byEndpoint: {} as Record<string, number> };

  const http: AxiosInstance = axios.create({
    baseURL: options.baseUrl ?? HUBSPOT_BASE_URL,
    timeout: options.timeoutMs ?? 30_000,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  });
  // Credentials live only in this interceptor, never in the axios defaults that errors serialise.
  http.interceptors.request.use((config) => {
    const endpoint = ENDPOINTS.get(String(config.headers.get('X-LeadOps-Endpoint') ?? ''));
    if (endpoint?.scopes === null && options.developerApiKey) config.params = { ...(config.params as Record<string, unknown>), hapikey: options.developerApiKey };
    else config.headers.set('Authorization', `Bearer ${options.accessToken}`);
    return config;
  });
  const refusal = (error: unknown): RetryRefusal | null => {
    if (!isAxiosError(error) || !error.config) return null;
    const endpoint = ENDPOINTS.get(String(error.config.headers?.['X-LeadOps-Endpoint'] ?? ''));
    const started = Number(error.config.headers?.['X-LeadOps-Started'] ?? Date.now());
    // axios-retry keeps the count of retries made so far on the request's config.
    const attempt = ((error.config as { 'axios-retry'?: { retryCount?: number } })['axios-retry']?.retryCount ?? 0) + 1;
    return retryRefusal(error, timing, { createsRecords: endpoint?.createsRecords === true, elapsedMs: Date.now() - started, budgetMs: options.callBudgetMs ?? null, nextWaitMs: retryDelayMs(attempt, error, timing, () => 0) });
  };
  axiosRetry(http, {
    retries: options.retries ?? 6,
    retryCondition: (error) => isRetryable(error) && refusal(error) === null,
    retryDelay: (attempt, error) => retryDelayMs(attempt, error, timing, random),
    shouldResetTimeout: true,
    onRetry: (attempt, error, config) => {
      counts.retries += 1;
      const endpointId = String(config.headers?.['X-LeadOps-Endpoint'] ?? config.url ?? '');
      options.onRetry?.({ endpointId, attempt, status: error.response?.status ?? null, waitMs: retryDelayMs(attempt, error, timing, () => 0) });
    },
  });

  // HubSpot's windows roll: a fixed 10-second reservoir would allow twice the limit across a window
  // boundary. Even spacing never exceeds the limit in any window, and costs nothing on long jobs.
  const burst = new Bottleneck({ minTime: Math.ceil(10_000 / tenSecondLimit), maxConcurrent: options.maxConcurrent ?? 8 });
  // A little under the search limit, because requests reach HubSpot with jitter.
  const search = new Bottleneck({ minTime: Math.ceil(1000 / (options.searchPerSecond ?? DEFAULT_SEARCH_PER_SECOND)) + SPACING_MARGIN_MS, maxConcurrent: 1 });
  search.chain(burst);

  return {
    async call<T>(endpointId: HubSpotEndpointId, request: GatewayRequest, schema: z.ZodType<T>): Promise<T> {
      const endpoint = ENDPOINTS.get(endpointId);
      if (!endpoint) throw new TypeError(`unknown HubSpot endpoint "${endpointId}": add it to hubspot-endpoints.ts with its scope`);
      if (endpoint.scopes === null && !options.developerApiKey) {
        throw new HubSpotError('UNAUTHORIZED', `${endpointId} takes the developer API key of the account that owns the app, not the app's token.`, 'Set HUBSPOT_DEVELOPER_API_KEY (developer account > Apps > Get HubSpot API key) and run the command again.', { endpointId });
      }
      const url = fillPath(endpoint.path, request.path);
      const limiter = endpointId.endsWith('.search') ? search : burst;
      counts.calls += 1;
      counts.byEndpoint[endpointId] = (counts.byEndpoint[endpointId] ?? 0) + 1;
      let data: unknown;
      try {
        const response = await limiter.schedule(() =>
          http.request({
            method: endpoint.method,
            url,
            params: request.query,
            paramsSerializer: { indexes: null },
            data: request.body,
            headers: { 'X-LeadOps-Endpoint': endpointId, 'X-LeadOps-Started': String(Date.now()) },
            ...(options.callBudgetMs !== undefined ? { timeout: Math.min(options.timeoutMs ?? 30_000, options.callBudgetMs) } : {}),
          }),
        );
        data = response.status === 204 ? {} : response.data;
      } catch (error) {
        const failure = explainRefusal(toHubSpotError(error, endpointId), isRetryable(error) ? refusal(error) : null);
        if (failure.code === 'FORBIDDEN' && endpoint.scopes !== null) throw new HubSpotError(failure.code, failure.message, `The app lacks ${scopeList(endpoint.scopes)}, which ${endpointId} needs: add ${endpoint.scopes.length === 1 ? 'it' : 'them'} to requiredScopes in src/app/app-hsmeta.json (${endpoint.scopes.length === 1 ? 'it is' : 'they are'} listed there in this repo), upload the project and reinstall the app, then try again.`, failure.details);
        if (endpoint.scopes === null && failure.code === 'UNAUTHORIZED') throw new HubSpotError(failure.code, failure.message, 'Check HUBSPOT_DEVELOPER_API_KEY: it must be the developer API key of the developer account that owns the app.', failure.details);
        throw failure;
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw unexpectedResponse(endpointId, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
      return parsed.data;
    },
    stats: () => ({ calls: counts.calls, retries: counts.retries, byEndpoint: { ...counts.byEndpoint } }),
    async stop() {
      await search.stop({ dropWaitingJobs: false });
      await burst.stop({ dropWaitingJobs: false });
    },
  };
}

/** "the scope crm.objects.contacts.read", "the scopes crm.lists.read and crm.lists.write". */
function scopeList(scopes: readonly string[]): string {
  return scopes.length === 1 ? `the scope ${scopes[0]}` : `the scopes ${scopes.slice(0, -1).join(', ')} and ${scopes[scopes.length - 1]}`;
}

/** The error of a call the gateway stopped retrying on purpose, saying why and what to do instead. */
function explainRefusal(failure: HubSpotError, why: RetryRefusal | null): HubSpotError {
  if (why === null) return failure;
  switch (why.kind) {
    case 'daily-limit':
      return new HubSpotError('RATE_LIMITED', `${failure.message} This is HubSpot's daily API limit for the account.`, 'Nothing more can be sent today: the limit resets at midnight in the account\'s time zone. Spread bulk work (rescore, sweeps) over days, or buy HubSpot\'s API limit increase.', failure.details);
    case 'long-wait':
      return new HubSpotError(failure.code, `${failure.message} HubSpot asked to wait ${Math.ceil(why.waitMs / 1000)} s before trying again, longer than LeadOps waits within one call.`, `Try again after ${Math.ceil(why.waitMs / 60_000)} minute(s).`, failure.details);
    case 'may-have-applied':
      return new HubSpotError(failure.code, `${failure.message} The request may have been applied anyway: HubSpot did not confirm, and LeadOps does not repeat a create that could leave a duplicate.`, 'Check the record (its notes, tasks or enrollments) before trying again.', { ...failure.details, outcomeUnknown: true });
    case 'out-of-time':
      return new HubSpotError(failure.code, `${failure.message} LeadOps stopped retrying: another try would end after the ${(why.budgetMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s a call may take, and the answer must come in time.`, failure.code === 'RATE_LIMITED' ? "HubSpot is at the account's rate limit right now: try again in ten seconds; if it keeps happening, other apps or bulk jobs are using the limit." : failure.fix, failure.details);
  }
}

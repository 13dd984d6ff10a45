import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorOptions, FaultPlan, InjectedFault, RateLimitOptions, RecordedExchange } from './emulator-types';
import { matchRoute } from './emulator-routes';
import type { EmulatorRoute } from './emulator-routes';
import { ExchangeLog, headerRecord, isWriteRequest, queryRecord } from './exchange-log';
import { FaultInjector } from './fault-injector';
import { HubSpotHttpError, errorBody } from './hubspot-errors';
import { InMemoryPortal } from './in-memory-portal';
import { SEARCH_LIMITS } from './object-search';
import type { RateLimitHeaders, RateLimitPolicy } from './rate-limiter';
import { PROFESSIONAL_RATE_LIMIT, RateLimiter, exhaustedHeaders } from './rate-limiter';
import type { HandlerSettings } from './route-handler';

/** A running emulator: its address, what it saw, and knobs to turn while it runs. */
export interface HubSpotEmulator {
  /** Base URL, e.g. http://127.0.0.1:53121 (no trailing slash). */
  readonly url: string;
  /** Every request, in order (a live view: it grows as requests arrive). */
  readonly log: readonly RecordedExchange[];
  /** Log entries with `write === true` that changed the portal: a 2xx status, or a 500 injected after applying. */
  writes(): RecordedExchange[];
  /** How many logged requests match the method and path prefix (all when no filter). */
  callCount(filter?: { method?: string; pathPrefix?: string }): number;
  /** Replaces the fault plan; undefined stops injecting faults. */
  setFaults(plan: FaultPlan | undefined): void;
  /** Replaces the rate limits (with fresh windows); `false` turns them off. */
  setRateLimit(limit: RateLimitOptions | false): void;
  clearLog(): void;
  /** The portal behind the API, for seeding and inspection in tests. */
  readonly portal: InMemoryPortal;
  close(): Promise<void>;
}

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: RateLimitHeaders;
  readonly injected?: InjectedFault;
}

const AUTH_MISSING =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';
const AUTH_INVALID = 'The access token provided is invalid or has expired. Check that you are using a current token for this portal.';

const RATE_LIMIT_MESSAGES: Readonly<Record<RateLimitPolicy, string>> = {
  TEN_SECONDLY_ROLLING: 'You have reached your ten_secondly_rolling limit.',
  SECONDLY: 'You have reached your secondly limit.',
};

/**
 * HubSpot's 429 body. HubSpot sends `errorType` and `policyName` and no `category`; the category is
 * added so the body also satisfies the `Error` schema the OpenAPI documents give every error.
 */
function rateLimitBody(policy: RateLimitPolicy): Record<string, string> {
  return { status: 'error', message: RATE_LIMIT_MESSAGES[policy], errorType: 'RATE_LIMIT', correlationId: randomUUID(), policyName: policy, category: 'RATE_LIMITS' };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Starts a local HubSpot emulator on 127.0.0.1 that speaks the REST endpoints the gateway uses
 * (HUBSPOT_ENDPOINTS) over an in-memory portal, with HubSpot's validation, error bodies, batch and search
 * limits, rate limits (429 with X-HubSpot-RateLimit-* headers) and injectable faults. Each request is
 * applied atomically: a rejected or fault-injected request changes nothing (except a planned
 * `rate500Applied` fault, which runs the request and then answers 500).
 */
export async function startHubSpotEmulator(options: EmulatorOptions = {}): Promise<HubSpotEmulator> {
  const now = options.now ?? Date.now;
  const portal = new InMemoryPortal(options.seed, now, options.portalId);
  const log = new ExchangeLog(options.maxLogEntries);
  const faults = new FaultInjector(options.faults);
  let limits = options.rateLimit === false ? undefined : (options.rateLimit ?? PROFESSIONAL_RATE_LIMIT);
  let limiter = limits ? new RateLimiter(limits) : undefined;
  const settings: HandlerSettings = { searchResultCap: options.searchResultCap ?? SEARCH_LIMITS.defaultResultCap, batchErrorStatus: options.batchErrorStatus ?? 200, associationPageSize: Math.max(1, options.associationPageSize ?? 500) };

  function authenticate(request: IncomingMessage, query: URLSearchParams, route: EmulatorRoute | undefined): Answer | undefined {
    const hapikey = query.get('hapikey');
    if (route?.acceptsDeveloperKey) {
      // The definitions API belongs to the developer account: an app's token does not open it.
      if (hapikey && (options.developerApiKey === undefined || hapikey === options.developerApiKey)) return undefined;
      return { status: 401, body: errorBody('INVALID_AUTHENTICATION', hapikey ? 'The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/' : 'This API takes the developer API key as the hapikey query parameter.') };
    }
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return { status: 401, body: errorBody('INVALID_AUTHENTICATION', AUTH_MISSING) };
    if (options.accessToken !== undefined && token !== options.accessToken) return { status: 401, body: errorBody('INVALID_AUTHENTICATION', AUTH_INVALID) };
    return undefined;
  }

  function rateLimited(policy: RateLimitPolicy, headers: RateLimitHeaders, retryAfterMs: number, injected?: '429'): Answer {
    const retry: RateLimitHeaders = options.retryAfter ? { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) } : {};
    return { status: 429, body: rateLimitBody(policy), headers: { ...headers, ...retry }, ...(injected ? { injected } : {}) };
  }

  async function answer(request: IncomingMessage, method: string, path: string, query: URLSearchParams, raw: string): Promise<Answer> {
    const matched = matchRoute(method, path);
    const denied = authenticate(request, query, matched?.route);
    if (denied) return denied;

    let headers: RateLimitHeaders = {};
    if (limiter) {
      const decision = limiter.admit(matched?.route.limiter ?? 'general', now());
      if (!decision.allowed) return rateLimited(decision.policy, decision.headers, decision.retryAfterMs);
      headers = decision.headers;
    }

    const fault = faults.decide(isWriteRequest(method, path));
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    // Everything from here to the handler's return is synchronous: the request is applied atomically.
    if (fault.fault === '429') return rateLimited('TEN_SECONDLY_ROLLING', exhaustedHeaders(limits ?? PROFESSIONAL_RATE_LIMIT), 1000, '429');
    if (fault.fault === '500') return { status: 500, body: errorBody('INTERNAL_ERROR', 'internal error'), headers, injected: '500' };

    if (!matched) return { status: 404, body: errorBody('OBJECT_NOT_FOUND', `No endpoint ${method} ${path}. The emulator implements the endpoints in HUBSPOT_ENDPOINTS.`), headers };

    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { status: 400, body: errorBody('VALIDATION_ERROR', `Invalid input JSON: ${reason}`), headers };
      }
    }
    try {
      const result = matched.route.handler({ portal, params: matched.params, query, body, now: now(), settings });
      if (fault.fault === '500-applied') return { status: 500, body: errorBody('INTERNAL_ERROR', 'internal error'), headers, injected: '500-applied' };
      return { status: result.status, ...(result.body === undefined ? {} : { body: result.body }), headers };
    } catch (error) {
      if (error instanceof HubSpotHttpError) return { status: error.status, body: error.toBody(), headers };
      // A bug in the emulator: say so plainly rather than pretend HubSpot failed.
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 500, body: errorBody('INTERNAL_ERROR', `Emulator error: ${reason}`), headers };
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = (request.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    let raw = '';
    try {
      raw = await readBody(request);
    } catch {
      return; // The client went away mid-request; there is no one to answer.
    }
    const result = await answer(request, method, path, url.searchParams, raw);
    let requestBody: unknown = raw === '' ? undefined : raw;
    try {
      if (raw.trim() !== '') requestBody = JSON.parse(raw);
    } catch {
      // Logged as the raw text it was.
    }
    log.append({
      at,
      method,
      path,
      query: queryRecord(url.searchParams, options.redactCredentials ?? false),
      requestHeaders: headerRecord(request.headers, options.redactCredentials ?? false),
      requestBody,
      status: result.status,
      responseBody: result.body,
      write: isWriteRequest(method, path),
      ...(result.injected ? { injected: result.injected } : {}),
    });
    const payload = result.body === undefined ? undefined : JSON.stringify(result.body);
    response.writeHead(result.status, { ...(payload === undefined ? {} : { 'Content-Type': 'application/json;charset=utf-8' }), ...result.headers });
    response.end(payload);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json;charset=utf-8' });
      response.end(JSON.stringify(errorBody('INTERNAL_ERROR', `Emulator error: ${error instanceof Error ? error.message : String(error)}`)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    log: log.entries,
    writes: () => log.writes(),
    callCount: (filter) => log.count(filter),
    setFaults: (plan) => faults.set(plan),
    setRateLimit: (limit) => {
      limits = limit === false ? undefined : limit;
      limiter = limits ? new RateLimiter(limits) : undefined;
    },
    clearLog: () => log.clear(),
    portal,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AxiosError, AxiosHeaders } from 'axios';
import { z } from 'zod';
import { FAST_RETRIES } from '../../../test/support/emulator-gateway';
import { createHubSpotGateway, type GatewayOptions, type GatewayRequest } from './hubspot-gateway';
import { HubSpotError } from './hubspot-error';
import { HUBSPOT_RETRY_TIMING, retryDelayMs, retryRefusal } from './retry-policy';

/** A stand-in for HubSpot that answers every request with `answer`, counting them. */
async function fakeHubSpot(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; requests: () => number; close: () => void }> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    requests += 1;
    request.resume();
    answer(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (_request: IncomingMessage, response: ServerResponse) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

async function failureOf(url: string, endpoint: 'owners.list' | 'tasks.create' | 'contacts.update' | 'lists.addMembers', options: Partial<GatewayOptions> = {}): Promise<HubSpotError> {
  const gateway = createHubSpotGateway({ accessToken: 'pat-test', baseUrl: url, retries: 5, retryTiming: FAST_RETRIES, random: () => 0, ...options });
  const request: GatewayRequest = endpoint === 'owners.list' ? {} : endpoint === 'lists.addMembers' ? { path: { listId: '77' }, body: ['1'] } : endpoint === 'tasks.create' ? { path: { objectType: 'tasks' }, body: { properties: {} } } : { path: { objectType: 'contacts', objectId: '1' }, body: { properties: {} } };
  try {
    await gateway.call(endpoint, request, z.unknown());
  } catch (error) {
    if (error instanceof HubSpotError) return error;
    throw error;
  } finally {
    await gateway.stop();
  }
  throw new Error(`${endpoint} succeeded against a HubSpot that only fails`);
}

describe('the gateway stops retrying when a retry cannot help or could do harm', () => {
  it("fails at once on HubSpot's daily limit, saying it resets tomorrow, instead of retrying every ten seconds", async () => {
    const hubspot = await fakeHubSpot(json(429, { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', policyName: 'DAILY' }));
    try {
      const failure = await failureOf(hubspot.url, 'owners.list');
      expect(hubspot.requests()).toBe(1);
      expect(failure.code).toBe('RATE_LIMITED');
      expect(failure.message).toMatch(/daily API limit/);
      expect(failure.fix).toMatch(/resets at midnight/);
    } finally {
      hubspot.close();
    }
  });

  it('does not sit out a Retry-After of an hour inside one call', async () => {
    const hubspot = await fakeHubSpot(json(429, { status: 'error', policyName: 'TEN_SECONDLY_ROLLING' }, { 'retry-after': '3600' }));
    try {
      const failure = await failureOf(hubspot.url, 'owners.list');
      expect(hubspot.requests()).toBe(1);
      expect(failure.message).toMatch(/asked to wait 3600 s/);
      expect(failure.fix).toBe('Try again after 60 minute(s).');
    } finally {
      hubspot.close();
    }
  });

  it('never repeats a create HubSpot answered with a 500 (it may have stored it), but does repeat an update', async () => {
    const hubspot = await fakeHubSpot(json(500, { status: 'error', message: 'internal error' }));
    try {
      const create = await failureOf(hubspot.url, 'tasks.create');
      expect(hubspot.requests()).toBe(1);
      expect(create.message).toMatch(/may have been applied anyway/);
      expect(create.fix).toMatch(/^Check the record/);
      expect(create.details.outcomeUnknown).toBe(true);
      const update = await failureOf(hubspot.url, 'contacts.update');
      expect(update.details.outcomeUnknown).toBeUndefined();
      expect(hubspot.requests()).toBe(1 + 6);
    } finally {
      hubspot.close();
    }
  });

  it('repeats a create that HubSpot refused for its rate limit: it was never applied', async () => {
    const hubspot = await fakeHubSpot(json(429, { status: 'error', policyName: 'TEN_SECONDLY_ROLLING' }));
    try {
      await failureOf(hubspot.url, 'tasks.create');
      expect(hubspot.requests()).toBe(6);
    } finally {
      hubspot.close();
    }
  });

  it("does not start a 429's wait that would end after the call's time budget: it fails at once, saying why", async () => {
    const hubspot = await fakeHubSpot(json(429, { status: 'error', policyName: 'TEN_SECONDLY_ROLLING' }));
    try {
      const failure = await failureOf(hubspot.url, 'owners.list', { callBudgetMs: 300, retryTiming: { ...FAST_RETRIES, tenSecondWindowMs: 1_000 } });
      expect(failure.code).toBe('RATE_LIMITED');
      expect(failure.message).toMatch(/LeadOps stopped retrying: another try would end after the 0\.3 s a call may take/);
      expect(failure.fix).toMatch(/^HubSpot is at the account's rate limit right now: try again in ten seconds/);
      expect(hubspot.requests()).toBe(1);
    } finally {
      hubspot.close();
    }
  });

  it('gives up on a HubSpot that hangs once the call has used its time budget, however many retries are left', async () => {
    const hubspot = await fakeHubSpot(() => undefined);
    try {
      const failure = await failureOf(hubspot.url, 'owners.list', { callBudgetMs: 200, timeoutMs: 30_000 });
      expect(failure.code).toBe('NETWORK');
      expect(failure.message).toMatch(/LeadOps stopped retrying: another try would end after the 0\.2 s a call may take/);
      expect(hubspot.requests()).toBe(1);
    } finally {
      hubspot.close();
    }
  });
});

describe('retryRefusal and retryDelayMs on single answers', () => {
  const answer = (status: number | undefined, code = 'ERR_BAD_RESPONSE', headers = new AxiosHeaders()) =>
    new AxiosError('failed', code, { headers: new AxiosHeaders() }, undefined, status === undefined ? undefined : { status, statusText: '', headers, config: { headers: new AxiosHeaders() }, data: {} });
  const create = { createsRecords: true, elapsedMs: 0, budgetMs: null, nextWaitMs: 0 };

  it('lets a create be repeated when the connection was refused: the request never reached HubSpot', () => {
    expect(retryRefusal(answer(undefined, 'ECONNREFUSED'), HUBSPOT_RETRY_TIMING, create)).toBeNull();
    expect(retryRefusal(answer(undefined, 'ECONNRESET'), HUBSPOT_RETRY_TIMING, create)).toEqual({ kind: 'may-have-applied' });
  });

  it('reads a blank Retry-After as no instruction, not as "retry at once"', () => {
    const headers = new AxiosHeaders();
    headers.set('retry-after', ' ');
    expect(retryDelayMs(1, answer(429, 'ERR_BAD_REQUEST', headers), HUBSPOT_RETRY_TIMING, () => 0)).toBe(HUBSPOT_RETRY_TIMING.tenSecondWindowMs);
  });
});

describe('a 403 from HubSpot', () => {
  it('names the scope the endpoint needs, from the endpoint catalogue', async () => {
    const hubspot = await fakeHubSpot(json(403, { status: 'error', category: 'MISSING_SCOPES', message: 'This app has not been granted all required scopes to make this call.' }));
    try {
      const failure = await failureOf(hubspot.url, 'owners.list');
      expect(failure.code).toBe('FORBIDDEN');
      expect(failure.fix).toMatch(/^The app lacks the scope crm\.objects\.owners\.read, which owners\.list needs/);
    } finally {
      hubspot.close();
    }
  });

  it('names every scope an endpoint needs together: adding list members takes list read and write', async () => {
    const hubspot = await fakeHubSpot(json(403, { status: 'error', category: 'MISSING_SCOPES', message: 'This app has not been granted all required scopes to make this call.' }));
    try {
      const failure = await failureOf(hubspot.url, 'lists.addMembers');
      expect(failure.message).toBe('HubSpot answered 403 to lists.addMembers: This app has not been granted all required scopes to make this call.');
      expect(failure.fix).toMatch(/^The app lacks the scopes crm\.lists\.read and crm\.lists\.write, which lists\.addMembers needs: add them to requiredScopes/);
    } finally {
      hubspot.close();
    }
  });
});

import Fastify, { type FastifyInstance } from 'fastify';
import { CallbackResults, handleWorkflowAction, nurtureTrackOptions, sweepSla, WORKFLOW_ACTIONS, type ActionLogEvent, type HubSpotGateway, type SlaSweepResult, type WorkflowActionKind } from '@leadops/serverless';

export interface LeadOpsServerOptions {
  readonly gateway: HubSpotGateway;
  readonly clientSecret: string;
  /** The public base URL HubSpot calls (it signs the full URL), e.g. https://leadops.example.com. */
  readonly publicUrl: string;
  readonly now?: () => number;
  /** Milliseconds between SLA sweeps; 0 turns the sweep off (tests drive it by hand). */
  readonly sweepEveryMs: number;
  readonly answerWithinMs?: number;
  /** Structured log lines (JSON), never with secrets or bodies. */
  readonly log: (line: Record<string, unknown>) => void;
}

export interface LeadOpsServer {
  readonly app: FastifyInstance;
  readonly results: CallbackResults;
  /** Runs one SLA sweep now (also what the timer calls); overlapping sweeps are skipped. */
  sweep(): Promise<SlaSweepResult | null>;
  /** Stops taking requests, lets in-flight actions and the running sweep finish, then closes. */
  close(): Promise<void>;
}

/**
 * `leadops serve`: the workflow actions' actionUrl for portals that cannot host endpoint functions, and
 * the minute-by-minute SLA sweep. The same handler as the endpoint function; HTTP is only the adapter.
 */
export function createLeadOpsServer(options: LeadOpsServerOptions): LeadOpsServer {
  const now = options.now ?? Date.now;
  const results = new CallbackResults();
  // Fastify's own logger stays off: our lines are structured and carry no headers or bodies.
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  // The signature covers the exact bytes HubSpot sent: keep the raw body, parse it ourselves.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const logAction = (event: ActionLogEvent) => options.log({ at: new Date(now()).toISOString(), ...event });
  let lastSweep: { at: string; checked: number; escalated: number; failed: number } | null = null;
  let sweeping: Promise<SlaSweepResult | null> | null = null;
  let closing = false;
  // Tells executions waiting to run again (HubSpot failing) to give up, so a shutdown is not held for minutes.
  const stopping = new AbortController();

  app.post<{ Params: { kind: string } }>('/actions/:kind', async (request, reply) => {
    const kind = request.params.kind;
    if (!(WORKFLOW_ACTIONS as readonly string[]).includes(kind)) return reply.code(404).send({ message: `No action "${kind}": use one of ${WORKFLOW_ACTIONS.join(', ')}.` });
    if (closing) return reply.code(503).header('retry-after', '30').send({ message: 'LeadOps is restarting; HubSpot retries this action.' });
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await handleWorkflowAction({ kind: kind as WorkflowActionKind, method: request.method, uri: `${options.publicUrl.replace(/\/+$/, '')}${request.url}`, rawBody, headers: request.headers }, { clientSecret: options.clientSecret, gateway: options.gateway, results, now, stopping: stopping.signal, log: logAction, ...(options.answerWithinMs !== undefined ? { answerWithinMs: options.answerWithinMs } : {}) });
    return reply.code(answer.status).send(answer.body);
  });

  app.post('/actions/enroll-nurture/options', async (request, reply) => {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await nurtureTrackOptions({ method: request.method, uri: `${options.publicUrl.replace(/\/+$/, '')}${request.url}`, rawBody, headers: request.headers }, { clientSecret: options.clientSecret, gateway: options.gateway, now: now() });
    if (answer.status >= 500) options.log({ at: new Date(now()).toISOString(), level: 'error', message: 'nurture track options failed', detail: (answer.body as { message: string }).message });
    return reply.code(answer.status).send(answer.body);
  });

  app.get('/health', async () => ({ status: closing ? 'stopping' : 'ok', inFlight: results.inFlight().length, remembered: results.size, lastSweep }));

  const sweep = (): Promise<SlaSweepResult | null> => {
    if (sweeping) return Promise.resolve(null);
    const at = now();
    sweeping = sweepSla(options.gateway, at, `sweep-${at}`)
      .then((result) => {
        lastSweep = { at: new Date(at).toISOString(), checked: result.checked, escalated: result.escalated.length, failed: result.failed.length };
        options.log({ level: result.failed.length > 0 ? 'warn' : 'info', message: 'SLA sweep', ...lastSweep });
        return result;
      })
      .catch((error: unknown) => {
        options.log({ at: new Date(at).toISOString(), level: 'error', message: 'SLA sweep failed; the next one retries', detail: error instanceof Error ? error.message : String(error) });
        return null;
      })
      .finally(() => {
        sweeping = null;
      });
    return sweeping;
  };
  const timer = options.sweepEveryMs > 0 ? setInterval(() => void sweep(), options.sweepEveryMs) : null;
  timer?.unref();

  return {
    app,
    results,
    sweep,
    async close() {
      closing = true;
      stopping.abort();
      if (timer) clearInterval(timer);
      await Promise.all([...results.inFlight(), sweeping ?? Promise.resolve()]);
      await app.close();
    },
  };
}

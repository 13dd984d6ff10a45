import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { HubSpotError } from '../hubspot/hubspot-error';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { loadSetup } from '../functions/setup-cache';
import { checkSla } from '../operations/check-sla.operation';
import { enrollNurture } from '../operations/nurture.operation';
import { routeContact } from '../operations/route-contact.operation';
import { scoreContact } from '../operations/score-contact.operation';
import type { CallbackResults } from './callback-results';
import { ERROR_TEXT_LIMIT, errorText } from './error-text';
import { verifyHubSpotRequest, type RawRequestBody, type RequestHeaders } from './request-signature';
import { parseWorkflowActionRequest, type WorkflowActionRequest } from './workflow-action-request';
import { blockedUntilCallback, callbackCompletion, failedAndContinue, succeeded, type CallbackCompletion, type OutputFields, type WorkflowActionAnswer } from './workflow-action-response';

/** The three LeadOps workflow actions; the URL path names which one HubSpot called. */
export const WORKFLOW_ACTIONS = ['score-and-route', 'check-sla', 'enroll-nurture'] as const;
export type WorkflowActionKind = (typeof WORKFLOW_ACTIONS)[number];

/** HubSpot's timeout for custom actions is not documented: answer well before any plausible one. */
export const DEFAULT_ANSWER_WITHIN_MS = 4_000;

/**
 * Runs of a BLOCKed execution's work while it fails for a passing reason (waits of 30 s, 1, 2, 4 and 8
 * minutes): HubSpot retries only requests answered 503, and a BLOCKed one was answered 200. About 16
 * minutes in all, well inside the hour the BLOCK asks HubSpot to wait.
 */
export const DEFAULT_TRANSIENT_RETRY = { attempts: 6, firstDelayMs: 30_000 } as const;

export interface IncomingActionRequest {
  readonly kind: WorkflowActionKind;
  readonly method: string;
  /** The full public URL HubSpot called (what it signed). */
  readonly uri: string;
  readonly rawBody: RawRequestBody;
  readonly headers: RequestHeaders;
}

/** A structured log line: never the secret, the token or the request body. */
export interface ActionLogEvent {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly callbackId?: string;
  readonly contactId?: string;
  readonly kind?: WorkflowActionKind;
  readonly detail?: string;
}

export interface WorkflowActionHandlerOptions {
  readonly clientSecret: string;
  readonly gateway: HubSpotGateway;
  readonly results: CallbackResults;
  readonly now?: () => number;
  /** After this long the answer is BLOCK and the outputs follow through the callbacks API. */
  readonly answerWithinMs?: number;
  /** Attempts to complete a blocked callback (on top of the gateway's own retries), and the first wait. */
  readonly completion?: { readonly attempts: number; readonly firstDelayMs: number };
  /** Runs of a BLOCKed execution's work while it fails for a passing reason, and the first wait. */
  readonly transientRetry?: { readonly attempts: number; readonly firstDelayMs: number };
  readonly sleep?: (ms: number) => Promise<void>;
  /** Aborted when the server shuts down: a BLOCKed execution waiting to run again gives up at once. */
  readonly stopping?: AbortSignal;
  readonly log?: (event: ActionLogEvent) => void;
}

/** What the HTTP layer sends back: a status and a JSON body. */
export interface ActionHttpAnswer {
  readonly status: number;
  readonly body: unknown;
}

const contactOutputsSchema = simpleObjectSchema;
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Another LeadOps run holds the contact's routing claim: HubSpot's retry finds it routed and answers its outputs. */
class RoutingBusy extends Error {
  override readonly name = 'RoutingBusy';
}

/** Failures worth HubSpot's own retry of the whole request: limits, outages and a routing in progress, not bad data. */
function isTransient(error: unknown): boolean {
  return error instanceof RoutingBusy || (error instanceof HubSpotError && (error.code === 'RATE_LIMITED' || error.code === 'HUBSPOT_UNAVAILABLE' || error.code === 'NETWORK'));
}

async function contactOutputs(gateway: HubSpotGateway, contactId: string): Promise<Record<string, string>> {
  const contact = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: 'hubspot_owner_id,leadops_score,leadops_is_mql,leadops_routing_rule,leadops_sla_due_at,leadops_sla_status' } }, contactOutputsSchema);
  const p = contact.properties;
  return {
    leadops_owner_id: p['hubspot_owner_id'] ?? '',
    leadops_score: p['leadops_score'] ?? '',
    leadops_is_mql: p['leadops_is_mql'] ?? 'false',
    leadops_routing_rule: p['leadops_routing_rule'] ?? '',
    leadops_sla_due_at: p['leadops_sla_due_at'] ?? '',
  };
}

/** Runs one action on its contact with the production operations; the outputs a workflow can branch on. */
async function runAction(kind: WorkflowActionKind, request: WorkflowActionRequest, options: WorkflowActionHandlerOptions, now: number): Promise<OutputFields> {
  const { gateway } = options;
  const contactId = request.object.objectId;
  const setup = await loadSetup(gateway, now);
  if (kind === 'score-and-route') {
    await scoreContact(gateway, setup.config, contactId, now);
    // The callbackId is the claim: a second delivery of the same execution is the same claimant.
    const routed = await routeContact(gateway, setup.config, contactId, { now, reps: setup.reps, claimId: request.callbackId });
    if (routed.outcome === 'busy') throw new RoutingBusy(routed.message);
    return contactOutputs(gateway, contactId);
  }
  if (kind === 'check-sla') {
    const checked = await checkSla(gateway, setup.config, setup.reps, contactId, now, request.callbackId);
    return { leadops_sla_status: checked.sla?.status ?? 'no_policy', leadops_escalations: checked.executed.map((e) => e.step.label).join('; ') };
  }
  // Older deliveries carry the values under `fields` only.
  const track = (Object.keys(request.inputFields).length > 0 ? request.inputFields : (request.fields ?? {}))['track'];
  if (typeof track !== 'string' || track === '') throw new TypeError('The "track" input field is empty: pick a nurture track in the workflow action.');
  const enrolled = await enrollNurture(gateway, setup.config, contactId, track, now);
  return { leadops_nurture_track: enrolled.trackId };
}

/**
 * One workflow-action execution, whatever serves it (the endpoint app function or `leadops serve`):
 * verify HubSpot's signature on the raw body (401, nothing done), parse (400), then do the work once per
 * callbackId. Work that outlasts `answerWithinMs` is answered BLOCK and completed through the callbacks
 * API, retried until HubSpot accepts it. Rate limits and outages answer 503 so HubSpot retries the
 * request; other failures answer FAIL_CONTINUE so the workflow goes on.
 */
export async function handleWorkflowAction(incoming: IncomingActionRequest, options: WorkflowActionHandlerOptions): Promise<ActionHttpAnswer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const verified = verifyHubSpotRequest({ method: incoming.method, uri: incoming.uri, rawBody: incoming.rawBody, headers: incoming.headers, clientSecret: options.clientSecret, now: now() });
  if (!verified.ok) {
    log({ level: 'warn', message: 'rejected an unsigned or badly signed request', kind: incoming.kind, detail: verified.reason });
    return { status: 401, body: { message: verified.reason } };
  }
  const parsed = parseWorkflowActionRequest(incoming.rawBody);
  if (!parsed.ok) return { status: 400, body: { message: parsed.reason, field: parsed.field } };
  const { request } = parsed;
  const context = { callbackId: request.callbackId, contactId: request.object.objectId, kind: incoming.kind };
  try {
    const answer = await options.results.answer(request.callbackId, () => answerInTime(incoming.kind, request, options, now));
    log({ level: 'info', message: `answered ${answer.outputFields.hs_execution_state}`, ...context });
    return { status: 200, body: answer };
  } catch (error) {
    log({ level: 'error', message: 'action failed; HubSpot will retry', ...context, detail: error instanceof Error ? error.message : String(error) });
    return { status: 503, body: { message: error instanceof RoutingBusy ? `${error.message} HubSpot retries this action.` : 'LeadOps could not reach HubSpot just now; HubSpot retries this action.' } };
  }
}

async function answerInTime(kind: WorkflowActionKind, request: WorkflowActionRequest, options: WorkflowActionHandlerOptions, now: () => number): Promise<WorkflowActionAnswer> {
  const work = runAction(kind, request, options, now());
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS);
  });
  try {
    const first = await Promise.race([work, deadline]);
    if (first !== 'late') return succeeded({ ...first, leadops_error: '' });
  } catch (error) {
    if (isTransient(error)) throw error;
    return failedAndContinue({ leadops_error: errorText(error) });
  } finally {
    clearTimeout(timer);
  }
  // Too slow to answer now: let the workflow wait and finish through the callbacks API.
  options.results.continueInBackground(untilSettled(work, kind, request, options, now).then(
    (outputs) => completeCallback(request.callbackId, callbackCompletion('SUCCESS', { ...outputs, leadops_error: '' }), options),
    (error: unknown) => completeCallback(request.callbackId, callbackCompletion('FAIL_CONTINUE', { leadops_error: errorText(error) }), options),
  ));
  return blockedUntilCallback({ expiresIn: 'PT1H' });
}

/**
 * The outputs of a BLOCKed execution's work. A rate limit, an outage or a routing in progress elsewhere
 * would have answered 503 for HubSpot to retry, but the execution is already answered: so the work runs
 * again here after growing waits (routing and SLA checks are guarded by the callbackId, so a run that got
 * part-way is not repeated), and only then fails, saying how long LeadOps tried.
 */
async function untilSettled(first: Promise<OutputFields>, kind: WorkflowActionKind, request: WorkflowActionRequest, options: WorkflowActionHandlerOptions, now: () => number): Promise<OutputFields> {
  const { attempts, firstDelayMs } = options.transientRetry ?? DEFAULT_TRANSIENT_RETRY;
  let waited = 0;
  let work = first;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work;
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= attempts || options.stopping?.aborted) throw new GaveUp(error, attempt, waited, options.stopping?.aborted === true);
      const wait = firstDelayMs * 2 ** (attempt - 1);
      waited += wait;
      options.log?.({ level: 'warn', message: `blocked action failed for a passing reason (run ${attempt} of ${attempts}); running it again in ${Math.round(wait / 1000)} s`, callbackId: request.callbackId, contactId: request.object.objectId, kind, detail: error instanceof Error ? error.message : String(error) });
      if (!(await waitUnlessStopped(options, wait))) throw new GaveUp(error, attempt, waited, true);
      work = runAction(kind, request, options, now());
    }
  }
}

/** Waits `ms` unless the server stops first (its timer cleared, so it does not hold the process); true when the wait ran its course. */
async function waitUnlessStopped(options: WorkflowActionHandlerOptions, ms: number): Promise<boolean> {
  const { stopping, sleep } = options;
  if (stopping?.aborted) return false;
  if (!sleep) {
    try {
      await delay(ms, undefined, stopping ? { signal: stopping } : {});
      return true;
    } catch (error) {
      if (stopping?.aborted) return false;
      throw error;
    }
  }
  if (!stopping) {
    await sleep(ms);
    return true;
  }
  let onAbort: () => void = () => undefined;
  const stopped = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    stopping.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([sleep(ms).then(() => true), stopped]);
  } finally {
    stopping.removeEventListener('abort', onAbort);
  }
}

/** A passing failure that outlasted every run, or the server's life: its own text, then how long LeadOps kept trying. */
class GaveUp extends Error {
  override readonly name = 'GaveUp';
  constructor(cause: unknown, runs: number, waitedMs: number, stopped: boolean) {
    const minutes = Math.max(1, Math.round(waitedMs / 60_000));
    const runsText = `${runs} time${runs === 1 ? '' : 's'}`;
    const note = stopped ? `LeadOps was shutting down after running the action ${runsText}; re-enroll the contact to try again.` : `LeadOps ran the action ${runsText} over ${minutes} minute${minutes === 1 ? '' : 's'}; re-enroll the contact to try again.`;
    super(`${errorText(cause, ERROR_TEXT_LIMIT - note.length - 1)} ${note}`, { cause });
  }
}

/** Posts the completion until HubSpot accepts it: the gateway retries 429/5xx, this retries what is left. */
async function completeCallback(callbackId: string, body: CallbackCompletion, options: WorkflowActionHandlerOptions): Promise<void> {
  const { attempts, firstDelayMs } = options.completion ?? { attempts: 8, firstDelayMs: 2_000 };
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      await options.gateway.call('callbacks.complete', { path: { callbackId }, body }, z.unknown());
      options.log?.({ level: 'info', message: `completed blocked callback (${body.outputFields.hs_execution_state})`, callbackId });
      return;
    } catch (error) {
      options.log?.({ level: attempt === attempts ? 'error' : 'warn', message: `callback completion attempt ${attempt} of ${attempts} failed`, callbackId, detail: error instanceof Error ? error.message : String(error) });
      if (attempt < attempts) await sleep(firstDelayMs * 2 ** (attempt - 1));
    }
  }
}

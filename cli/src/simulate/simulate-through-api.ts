import { randomUUID } from 'node:crypto';
import { type LeadOpsConfig } from '@leadops/rules';
import {
  answerHandoff,
  checkSla,
  createHubSpotGateway,
  enrollNurture,
  install,
  listOwners,
  repProfiles,
  routeContact,
  routingRepsAt,
  saveConfig,
  scoreContact,
  searchAllObjects,
  startHubSpotEmulator,
  TEN_SECOND_LIMITS,
  DEFAULT_SEARCH_PER_SECOND,
  USER_PROPERTIES,
  type HubSpotGateway,
} from '@leadops/serverless';
import type { CliIo } from '../commands/cli-io';
import { progressBar } from '../commands/progress-bar';
import { latestActivityProperties, portalSeed } from '../portal/portal-seed';
import { rateLimitedDurationMs } from './rate-limit-schedule';
import type { SimulateOptions } from './simulate-lead-flow';
import { simulatePortal, type SimulatePortalInput, type SimulatedPortal } from './simulate-portal';
import type { ApiAgreement, ContactDecision } from './simulation-result';

const TOKEN = 'leadops-simulate';

type Step =
  | { readonly kind: 'arrive'; readonly decision: ContactDecision; readonly route: boolean }
  | { readonly kind: 'engage'; readonly contactId: string; readonly route: boolean }
  | { readonly kind: 'touch'; readonly contactId: string }
  | { readonly kind: 'check-sla'; readonly contactId: string }
  | { readonly kind: 'handoff'; readonly decision: ContactDecision }
  | { readonly kind: 'nurture'; readonly contactId: string; readonly trackId: string };

/** The production calls the rules path's run implies, in simulated-time order. */
function replaySteps(decisions: readonly ContactDecision[]): { at: number; step: Step }[] {
  const steps: { at: number; step: Step; order: number }[] = [];
  let order = 0;
  const add = (at: number, step: Step) => steps.push({ at, step, order: order++ });
  for (const decision of decisions) {
    // A route entry that is not part of a re-route (which logs an escalation at the same moment).
    const routedAt = new Set(decision.log.filter((e) => e.kind === 'route' && !e.summary.startsWith('Not routed') && !decision.log.some((x) => x.kind === 'escalation' && x.at === e.at && x.summary.startsWith('Re-rout'))).map((e) => e.at));
    add(decision.arrivedAt, { kind: 'arrive', decision, route: routedAt.has(decision.arrivedAt) });
    for (const entry of decision.log) if (entry.kind === 'score' && entry.at > decision.arrivedAt) add(entry.at, { kind: 'engage', contactId: decision.contactId, route: routedAt.has(entry.at) });
    for (const entry of decision.log) if (entry.kind === 'touch') add(entry.at, { kind: 'touch', contactId: decision.contactId });
    // The SLA check a workflow (or `leadops serve`'s sweep) runs when an escalation step falls due.
    for (const escalation of decision.escalations) if (escalation.clock === 'sla') add(escalation.at, { kind: 'check-sla', contactId: decision.contactId });
    if (decision.handoff?.answeredAt != null) add(decision.handoff.answeredAt, { kind: 'handoff', decision });
    if (decision.nurture) add(decision.nurture.at, { kind: 'nurture', contactId: decision.contactId, trackId: decision.nurture.trackId });
  }
  return steps.sort((a, b) => a.at - b.at || a.order - b.order);
}

/** Records the order of calls, for the rate-limit schedule. */
function recording(gateway: HubSpotGateway, calls: string[]): HubSpotGateway {
  return { call: (id, request, schema) => { calls.push(id); return gateway.call(id, request, schema); }, stats: () => gateway.stats(), stop: () => gateway.stop() };
}

/**
 * `simulate --through-api`: the rules path decides the schedule (arrivals, the reps' touches, escalation
 * times, handoff answers), then the same events are replayed through the production operations and the
 * HubSpot gateway against a local emulator on the same virtual clock: contacts are created as they
 * arrive, scored and routed; touches are recorded as HubSpot records them; SLA checks run when steps fall
 * due; handoffs are answered. The run counts the calls, works out the wall time they would take at the
 * portal's rate limits, and checks that what the API path wrote agrees with the rules path.
 */
export async function simulateThroughApi(input: SimulatePortalInput, options: SimulateOptions, io: CliIo): Promise<SimulatedPortal> {
  const planned = simulatePortal(input, options);
  const { portal, config } = input;
  let now = planned.result.meta.window.from;
  const emulator = await startHubSpotEmulator({ seed: { ...portalSeed({ ...portal, contacts: [] }), contacts: [] }, accessToken: TOKEN, rateLimit: false, now: () => now, maxLogEntries: 1000 });
  const calls: string[] = [];
  const gateway = recording(createHubSpotGateway({ accessToken: TOKEN, baseUrl: emulator.url, tenSecondLimit: 100_000, searchPerSecond: 100_000, maxConcurrent: 1, retries: 3 }), calls);
  const bar = progressBar(io, 'Replaying through the HubSpot API');
  const failures: string[] = [];
  try {
    await install(gateway);
    const saved = await saveConfig(gateway, config satisfies LeadOpsConfig, 'leadops simulate', now);
    if (!saved.ok) throw new TypeError(`The emulator refused the config: ${saved.message}`);
    // Owners and users are read through the API once, as a warm function's setup cache would.
    const owners = await listOwners(gateway);
    const users = new Map<string, Record<string, string | null>>();
    for await (const page of searchAllObjects(gateway, 'users.search', 'users', { properties: [...USER_PROPERTIES] })) for (const user of page) users.set(String(user.properties['hs_internal_user_id'] ?? ''), { ...user.properties, __id: user.id });
    const profiles = repProfiles(config, owners, users).profiles;
    const contactsById = new Map(portal.contacts.map((c) => [c.id, c]));
    const companyKind = emulator.portal.defaultAssociationKind('0-1', '0-2');

    const steps = replaySteps(planned.result.decisions);
    let done = 0;
    for (const { at, step } of steps) {
      now = at;
      const reps = routingRepsAt(profiles, at);
      const claimId = randomUUID();
      try {
        if (step.kind === 'arrive') {
          const contact = contactsById.get(step.decision.contactId);
          if (!contact) continue;
          const properties = Object.fromEntries(Object.entries(contact.properties).filter((e): e is [string, string | null] => e[1] !== undefined));
          emulator.portal.createObject('contacts', { ...properties, ...latestActivityProperties(contact.activities ?? [], at) }, { id: contact.id, at });
          for (const companyId of portal.contactCompanies[contact.id] ?? []) if (companyKind) emulator.portal.associate(companyKind, contact.id, companyId);
          await scoreContact(gateway, config, contact.id, at);
          if (step.route) await routeContact(gateway, config, contact.id, { now: at, reps, claimId, settleMs: 0, sleep: async () => undefined });
        } else if (step.kind === 'engage') {
          // The form or meeting reaches HubSpot; the workflow runs "score and route".
          const contact = contactsById.get(step.contactId);
          if (!contact) continue;
          emulator.portal.updateObject('contacts', contact.id, latestActivityProperties(contact.activities ?? [], at), at);
          await scoreContact(gateway, config, contact.id, at);
          if (step.route) await routeContact(gateway, config, contact.id, { now: at, reps, claimId, settleMs: 0, sleep: async () => undefined });
        } else if (step.kind === 'touch') {
          // HubSpot sets this when the owner first calls or emails; LeadOps only reads it.
          emulator.portal.updateObject('contacts', step.contactId, { hs_sa_first_engagement_date: new Date(at).toISOString() }, at);
        } else if (step.kind === 'check-sla') {
          await checkSla(gateway, config, reps, step.contactId, at, claimId);
        } else if (step.kind === 'handoff') {
          const handoff = step.decision.handoff;
          if (handoff && (handoff.status === 'accepted' || handoff.status === 'rejected')) {
            await answerHandoff(gateway, config, reps, step.decision.contactId, handoff.status === 'accepted' ? { kind: 'accept', at } : { kind: 'reject', at, reasonCode: handoff.reasonCode ?? '' }, at);
          }
        } else {
          await enrollNurture(gateway, config, step.contactId, step.trackId, at);
        }
      } catch (error) {
        // One contact's failure is reported, not fatal: the comparison below shows what it changed.
        failures.push(`${step.kind} for contact ${step.kind === 'arrive' || step.kind === 'handoff' ? step.decision.contactId : step.contactId}: ${error instanceof Error ? error.message : String(error)}`);
      }
      done += 1;
      if (done % 200 === 0) bar.update(done, steps.length);
    }
    bar.finish();

    const agreement = compareWithApi(planned.result.decisions, emulator.portal.listObjects('contacts').map((c) => ({ id: c.id, properties: c.properties })), config);
    const byEndpoint: Record<string, number> = {};
    for (const id of calls) byEndpoint[id] = (byEndpoint[id] ?? 0) + 1;
    const limits = { perTenSeconds: TEN_SECOND_LIMITS.professional, searchPerSecond: DEFAULT_SEARCH_PER_SECOND };
    const result = {
      ...planned.result,
      meta: { ...planned.result.meta, mode: 'through-api' as const },
      api: {
        calls: calls.length,
        byEndpoint,
        wallTimeAtLimitsMs: rateLimitedDurationMs(calls, limits, (id) => id.endsWith('.search')),
        rateLimit: `${limits.perTenSeconds} requests / 10 s and ${limits.searchPerSecond} searches / s (Professional, private app)`,
        agreement: { ...agreement, failures: failures.slice(0, 50), failureCount: failures.length },
      },
    };
    return { result, warnings: [...planned.warnings, ...(failures.length > 0 ? [`${failures.length} API step(s) failed; the first: ${failures[0]}`] : [])] };
  } finally {
    bar.finish();
    await gateway.stop();
    await emulator.close();
  }
}

/** Where the API path's writes differ from the rules path's decisions: owner, score, stage. */
function compareWithApi(decisions: readonly ContactDecision[], stored: readonly { id: string; properties: Readonly<Record<string, string | null>> }[], config: LeadOpsConfig): Omit<ApiAgreement, 'failures' | 'failureCount'> {
  const byId = new Map(stored.map((s) => [s.id, s.properties]));
  const stageValue = new Map(config.lifecycle.stages.map((s) => [s.id, s.hubspotValue]));
  let sameOwner = 0;
  let sameScore = 0;
  let sameStage = 0;
  const differences: string[] = [];
  for (const decision of decisions) {
    const p = byId.get(decision.contactId) ?? {};
    const owner = decision.route?.ownerId ?? null;
    const apiOwner = p['hubspot_owner_id'] || null;
    if (owner === apiOwner || decision.route === null) sameOwner += 1;
    else differences.push(`contact ${decision.contactId}: owner ${owner ?? 'none'} (rules) vs ${apiOwner ?? 'none'} (API)`);
    if (String(decision.score.total) === (p['leadops_score'] ?? '')) sameScore += 1;
    else differences.push(`contact ${decision.contactId}: score ${decision.score.total} (rules) vs ${p['leadops_score'] ?? 'none'} (API)`);
    if ((stageValue.get(decision.lifecycle.stageId) ?? '') === (p['lifecyclestage'] ?? '')) sameStage += 1;
    else differences.push(`contact ${decision.contactId}: stage ${decision.lifecycle.stageId} (rules) vs ${p['lifecyclestage'] ?? 'none'} (API)`);
  }
  return { contacts: decisions.length, sameOwner, sameScore, sameStage, differences: differences.slice(0, 50) };
}

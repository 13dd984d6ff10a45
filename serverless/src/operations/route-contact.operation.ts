import { cleanContact, evaluateSla, ownersWithOpenLeadRules, routeLead, scoreLead, withOpenLeadCounts, withScoreProperties, type LeadOpsConfig, type RoutingDecision, type RoutingRep } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { countOpenLeads } from '../hubspot/open-leads';
import { missingPropertiesIn } from '../hubspot/hubspot-error';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { findAccountOwner } from './account-owner';
import { writeAuditNote } from './audit-note';
import { contactFromProperties } from './contact-from-properties';
import { contactPropertiesToRead } from './contact-properties-to-read';
import { OperationError } from './operation-error';
import { inRoutingTurn } from './routing-turns';
import { encodeRoutingState, findStateStore, loadRoutingState, saveRoutingState } from './state-store';

/** What belonged to the previous assignment's SLA clock. */
const NEW_CLOCK_CLEARS = ['leadops_sla_escalations', 'leadops_first_touch_at', 'leadops_sla_policy'] as const;

/** How long a routing claim keeps others away; longer than any routing run takes. */
const CLAIM_TTL_MS = 30_000;

export interface RouteContactOptions {
  readonly now: number;
  readonly reps: readonly RoutingRep[];
  /** Unique per call (the function passes a random id): whose claim is whose. */
  readonly claimId: string;
  /** Re-route: move the lead away from its current owner. */
  readonly reroute?: boolean;
  /** Written in the same update as the new owner, only if the contact is assigned (check-SLA's re-route count). */
  readonly alsoWriteOnAssign?: Readonly<Record<string, string>>;
  /**
   * Asked before a contact that already has an owner (set by hand, or by LeadOps) is routed without
   * `reroute`: moving it is a re-route in effect, so the card's function checks the user's permission here.
   * Throws to refuse; nothing is written then.
   */
  readonly beforeMovingOwner?: (ownerId: string) => Promise<unknown>;
  /** Wait between writing the claim and reading it back, so a concurrent claim is seen. */
  readonly settleMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The contact is routed and saved; only the audit note with the reasons is missing. It carries the routing,
 * so a caller that goes on (the SLA check's re-route) knows the owner changed.
 */
export class RoutedWithoutNoteError extends OperationError {
  constructor(
    readonly routed: { readonly outcome: 'assigned' | 'queued'; readonly decision: RoutingDecision },
    summary: string,
    fix: string,
  ) {
    super('NOTE_NOT_WRITTEN', summary, fix);
  }
}

export type RouteContactResult =
  | { readonly outcome: 'assigned' | 'queued'; readonly decision: RoutingDecision; readonly noteId: string }
  /** A re-route that found nobody else: the lead stays with its owner, its clock untouched, and nothing is written. */
  | { readonly outcome: 'kept'; readonly decision: RoutingDecision; readonly message: string }
  | { readonly outcome: 'already_routed'; readonly ownerId: string; readonly routedAt: string }
  | { readonly outcome: 'busy'; readonly message: string };

const contactSchema = simpleObjectSchema.extend({ associations: z.record(z.string(), z.object({ results: z.array(z.object({ id: z.string() })) })).optional() });

function readClaim(raw: string | null | undefined): { id: string; at: number } | null {
  if (!raw) return null;
  const [id, at] = raw.split('|');
  return id && at ? { id, at: Number(at) } : null;
}

/** Written with an assignment by this version; a portal where `leadops install` has not run again lacks it. */
const NEWER_PROPERTIES = ['leadops_sla_policy'];

/**
 * Writes the owner and the rest. A portal that lacks a property newer versions write still gets its
 * lead routed (HubSpot refuses the whole write, so nothing was half written): the write is made again
 * without it, and the note returned says what to run.
 */
async function writeAssignment(gateway: HubSpotGateway, contactId: string, writes: Readonly<Record<string, string>>): Promise<string | null> {
  const update = (properties: Readonly<Record<string, string>>) => gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties } }, simpleObjectSchema);
  try {
    await update(writes);
    return null;
  } catch (error) {
    const missing = missingPropertiesIn(error);
    if (missing.length === 0 || !missing.every((name) => NEWER_PROPERTIES.includes(name))) throw error;
    await update(Object.fromEntries(Object.entries(writes).filter(([name]) => !missing.includes(name))));
    return `This portal lacks ${missing.join(', ')} (run \`leadops install\` again): the lead's SLA clock takes the policy that applies at each check instead of keeping the one chosen now.`;
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Routes one contact and writes the owner, the rule, the SLA due time and an audit note. Reps' open leads
 * (least-loaded pools, open-lead caps) are counted in HubSpot first, and a lead assigned without a value
 * in the open-lead property gets the config's `assignValue` (lead status NEW by default), so it counts.
 *
 * HubSpot has no compare-and-set, so two routings of the same contact at once are kept apart by a
 * claim: each run writes its own id into `leadops_routing_claim`, waits, reads it back, and only the
 * run whose claim survived (the last writer) goes on; a run that finds someone else's fresh claim first
 * stops at once. An already-routed contact is left alone unless this is a re-route.
 */
export async function routeContact(gateway: HubSpotGateway, config: LeadOpsConfig, contactId: string, options: RouteContactOptions): Promise<RouteContactResult> {
  const { now } = options;
  const openLeads = config.routing.openLeads;
  const readProperties = contactPropertiesToRead([config], ['leadops_routing_claim', 'leadops_rerouted_from', ...NEW_CLOCK_CLEARS]);
  const read = () => gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: readProperties.join(','), associations: 'companies' } }, contactSchema);
  const contact = await read();
  const p = contact.properties;
  if (!options.reroute && p['hubspot_owner_id'] && p['leadops_routed_at']) return { outcome: 'already_routed', ownerId: p['hubspot_owner_id'], routedAt: p['leadops_routed_at'] };
  if (!options.reroute && p['hubspot_owner_id'] && options.beforeMovingOwner) await options.beforeMovingOwner(p['hubspot_owner_id']);
  const existing = readClaim(p['leadops_routing_claim']);
  if (existing && existing.id !== options.claimId && now - existing.at < CLAIM_TTL_MS) return { outcome: 'busy', message: 'Another LeadOps run is routing this contact right now.' };

  await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { leadops_routing_claim: `${options.claimId}|${now}` } } }, simpleObjectSchema);
  await (options.sleep ?? defaultSleep)(options.settleMs ?? 400);
  const claimed = readClaim((await read()).properties['leadops_routing_claim']);
  if (claimed?.id !== options.claimId) return { outcome: 'busy', message: 'Another LeadOps run claimed this contact at the same moment; it does the routing.' };

  // From here on the claim is this run's: any failure takes it off again, so a retry is not told "busy"
  // for the next half minute by a run that has already stopped.
  const routeClaimed = async (): Promise<RouteContactResult> => {
    const cleaned = cleanContact(contactFromProperties(contact.id, p, config), config);
    const score = scoreLead(cleaned.contact, config, now, { forecast: false });
    const routable = { ...cleaned.contact, properties: withScoreProperties(cleaned.contact, score) };

    const account = await findAccountOwner(gateway, config, routable, contact.associations?.['companies']?.results.map((r) => r.id) ?? []);

    const store = await findStateStore(gateway);
    if (store === null) throw new OperationError('NOT_INSTALLED', 'The LeadOps routing state store is missing in this portal; nothing was written.', 'Run `leadops install`, then route again.');
    const { decision, stateNotes, kept } = await inRoutingTurn(async () => {
      const stored = await loadRoutingState(gateway, store);
      // Open leads as HubSpot counts them now (routing itself only ever adds). HubSpot's search index trails
      // writes by a few seconds, so a lead assigned moments ago may not be counted yet.
      const state = withOpenLeadCounts(stored.state, await countOpenLeads(gateway, openLeads, ownersWithOpenLeadRules(config)));
      const currentOwner = p['hubspot_owner_id'];
      // A re-route never hands the lead back to a rep it already left, only to someone new.
      const earlierOwners = options.reroute ? [...new Set([...(p['leadops_rerouted_from'] ?? '').split(',').filter(Boolean), ...(currentOwner ? [currentOwner] : [])])] : [];
      const decision = routeLead({ contact: routable, reps: options.reps, state, now, ...(account ? { account } : {}), ...(earlierOwners.length > 0 ? { exclude: earlierOwners } : {}) }, config);
      if (options.reroute && currentOwner && decision.outcome !== 'assigned') {
        await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { leadops_routing_claim: '' } } }, simpleObjectSchema);
        return { decision, stateNotes: [], kept: true };
      }

      // Encoded before anything is written: a state that cannot be saved stops the routing with nothing half done.
      const encoded = decision.outcome === 'assigned' ? encodeRoutingState(decision.state, store.parts) : null;
      const writes: Record<string, string> = { leadops_routing_claim: '', leadops_routed_at: String(now), leadops_routing_rule: decision.ruleLabel ?? decision.queue?.label ?? '' };
      if (decision.ownerId) {
        Object.assign(writes, options.alsoWriteOnAssign, { hubspot_owner_id: decision.ownerId });
        // Written only when there is something to keep or to clear, so a first routing needs nothing new from the portal.
        if (earlierOwners.length > 0 || p['leadops_rerouted_from']) writes['leadops_rerouted_from'] = earlierOwners.join(',');
        // A new owner's clock starts afresh: the last owner's escalation steps and first touch are not its own.
        for (const name of NEW_CLOCK_CLEARS) if (p[name]) writes[name] = '';
        // So the lead counts as its new owner's open lead from now on; a status someone set is theirs to keep.
        if (openLeads.assignValue !== null && !p[openLeads.property]) writes[openLeads.property] = openLeads.assignValue;
        const rep = options.reps.find((r) => r.ownerId === decision.ownerId);
        if (rep && decision.slaStartsAt !== null) {
          const sla = evaluateSla({ contact: routable, ownerId: rep.ownerId, calendar: rep.calendar, assignedAt: now, firstTouchAt: null }, config, now);
          if (sla.dueAt !== null) writes['leadops_sla_due_at'] = String(sla.dueAt);
          writes['leadops_sla_status'] = sla.status;
          if (sla.policy) writes['leadops_sla_policy'] = sla.policy.id;
        }
      }
      // The turn is saved before the owner is written: if the owner write then fails, routing again gives
      // the lead to the next rep (one turn spent), where the other order gave the next lead to the same rep.
      if (encoded) await saveRoutingState(gateway, stored, encoded);
      const notInstalled = await writeAssignment(gateway, contactId, writes);
      return { decision, stateNotes: [stored.problem, encoded?.notice ?? null, notInstalled].filter((note): note is string => note !== null), kept: false };
    });
    if (kept) return { outcome: 'kept', decision, message: `Nobody else can take the lead now, so it stays with its owner: ${decision.explanation}` };
    let noteId: string;
    try {
      noteId = await writeAuditNote(gateway, contactId, decision.outcome === 'assigned' ? `routed to ${decision.ownerName}` : `queued in ${decision.queue?.label}`, [decision.explanation, ...stateNotes], now);
    } catch (error) {
      const done = decision.outcome === 'assigned' ? `routed to ${decision.ownerName}` : `queued in ${decision.queue?.label}`;
      throw new RoutedWithoutNoteError({ outcome: decision.outcome, decision }, `The contact is ${done} and saved, but the audit note with the reasons could not be written (${error instanceof Error ? error.message : String(error)}).`, 'Do not route again (it would move the lead); the reasons are on the Routing card.');
    }
    return { outcome: decision.outcome, decision, noteId };
  };
  try {
    return await routeClaimed();
  } catch (error) {
    await releaseClaim(gateway, contactId, options.claimId, read);
    throw error;
  }
}

/**
 * Clears `claimId` from the contact if it is still there (a successful owner write already cleared it).
 * A failure to clear is not reported over the error that stopped the routing: the claim expires by
 * itself after CLAIM_TTL_MS, so the worst case is a half-minute "busy".
 */
async function releaseClaim(gateway: HubSpotGateway, contactId: string, claimId: string, read: () => Promise<{ readonly properties: Record<string, string | null | undefined> }>): Promise<void> {
  try {
    if (readClaim((await read()).properties['leadops_routing_claim'])?.id !== claimId) return;
    await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { leadops_routing_claim: '' } } }, simpleObjectSchema);
  } catch {
    return;
  }
}

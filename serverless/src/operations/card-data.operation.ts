import { cleanContact, evaluateLifecycle, evaluateSla, scoreLead, type CardDataView, type LeadOpsConfig, type RoutingRep } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { contactFromProperties } from './contact-from-properties';
import { contactPropertiesToRead } from './contact-properties-to-read';
import { recordedSlaPolicy } from './recorded-sla-policy';
import { handoffStateOf } from './handoff-state';

const contactWithAssociations = simpleObjectSchema.extend({
  associations: z.record(z.string(), z.object({ results: z.array(z.object({ id: z.string() })) })).optional(),
});

/** The card payload without the config fields the function adds (see CardDataView in rules/). */
export type CardData = Omit<CardDataView, 'configVersion' | 'configWarning'>;

function firstTouch(properties: Readonly<Record<string, string | null>>, config: LeadOpsConfig): number | null {
  for (const name of config.sla.firstTouchProperties) {
    const raw = properties[name];
    if (!raw) continue;
    const at = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (Number.isFinite(at)) return at;
  }
  return null;
}

/** How far ahead the SLA card is told the owner's working time: it re-reads every five minutes anyway. */
const SLA_CLOCK_HORIZON_MS = 24 * 3_600_000;

/**
 * Everything the cards show for one contact, in one HubSpot call (the contact with its company
 * associations); config and reps come from the caller's cache. The rules compute score, stage and SLA.
 */
export async function cardData(gateway: HubSpotGateway, config: LeadOpsConfig, reps: readonly RoutingRep[], contactId: string, now: number): Promise<CardData> {
  const object = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: contactPropertiesToRead([config]).join(','), associations: 'companies' } }, contactWithAssociations);
  const p = object.properties;
  const cleaned = cleanContact(contactFromProperties(object.id, p, config), config);
  const score = scoreLead(cleaned.contact, config, now);
  const lifecycle = evaluateLifecycle(cleaned.contact, config, now, score);
  const ownerId = p['hubspot_owner_id'] || null;
  const owner = ownerId ? reps.find((r) => r.ownerId === ownerId) : undefined;
  const routedAt = p['leadops_routed_at'] ? Number(p['leadops_routed_at']) || Date.parse(p['leadops_routed_at']) : NaN;
  const sla = owner && Number.isFinite(routedAt) ? evaluateSla({ contact: cleaned.contact, ownerId: owner.ownerId, calendar: owner.calendar, assignedAt: routedAt, firstTouchAt: firstTouch(p, config), policyId: recordedSlaPolicy(p) }, config, now) : null;
  return {
    contact: { id: object.id, email: p['email'] ?? null, name: [p['firstname'], p['lastname']].filter(Boolean).join(' ') || (p['email'] ?? object.id), ownerId, ownerName: ownerId ? (reps.find((r) => r.ownerId === ownerId)?.name ?? config.routing.reps.find((r) => r.ownerId === ownerId)?.name ?? null) : null, companyIds: object.associations?.['companies']?.results.map((r) => r.id) ?? [] },
    dataQuality: { fixes: cleaned.fixes, flags: cleaned.flags },
    score,
    lifecycle,
    stages: config.lifecycle.stages.map((stage) => ({ id: stage.id, label: stage.label, hubspotValue: stage.hubspotValue })),
    sla,
    slaOwner: owner ? { ownerId: owner.ownerId, name: owner.name, timeZone: owner.calendar.timeZone, readAt: now, workingSpans: owner.calendar.workingSpans(now, now + SLA_CLOCK_HORIZON_MS) } : null,
    routing: { rule: p['leadops_routing_rule'] ?? null, routedAt: p['leadops_routed_at'] ?? null },
    handoff: { status: p['leadops_handoff_status'] ?? null, reason: p['leadops_handoff_reason'] ?? null, state: handoffStateOf(p, config), rejectReasons: (config.handoff?.rejectReasons ?? []).map((r) => ({ code: r.code, label: r.label })) },
    nurture: { current: p['leadops_nurture_track'] ?? null, tracks: config.nurture.tracks.map((t) => ({ id: t.id, label: t.label, description: t.description })) },
  };
}

import { evaluateSla, managerOf, rerouteLimit, type EscalationDecision, type LeadOpsConfig, type RoutingRep, type SlaEvaluation } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { CARD_PROPERTIES } from './card-data.operation';
import { routeContact, type RouteContactResult } from './route-contact.operation';

/** HubSpot's association type for task → contact. */
const TASK_TO_CONTACT = 204;

export interface CheckSlaResult {
  readonly sla: SlaEvaluation | null;
  /** Steps carried out now (each at most once per assignment). */
  readonly executed: readonly { readonly step: EscalationDecision; readonly detail: string }[];
  readonly reroute: RouteContactResult | null;
}

function instant(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const at = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(at) ? at : null;
}

async function createTask(gateway: HubSpotGateway, contactId: string, ownerId: string, subject: string, body: string, now: number): Promise<void> {
  await gateway.call('tasks.create', {
    path: { objectType: 'tasks' },
    body: { properties: { hs_timestamp: new Date(now).toISOString(), hs_task_subject: subject, hs_task_body: body, hs_task_status: 'NOT_STARTED', hs_task_priority: 'HIGH', hubspot_owner_id: ownerId }, associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: TASK_TO_CONTACT }] }] },
  }, z.object({ id: z.string() }));
}

/**
 * Checks one contact's lead-response SLA and runs the escalation steps that are due: a task for the
 * owner, a task for the owner's manager, or a re-route away from the owner (at most `sla.maxReroutes`
 * times per contact, counted in `leadops_reroutes`). The first touch comes from
 * the properties in `sla.firstTouchProperties` (hs_sa_first_engagement_date first). Done steps are
 * recorded on the contact so a later check never repeats them.
 */
export async function checkSla(gateway: HubSpotGateway, config: LeadOpsConfig, reps: readonly RoutingRep[], contactId: string, now: number, claimId: string): Promise<CheckSlaResult> {
  const object = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: [...CARD_PROPERTIES, 'leadops_sla_escalations', 'leadops_sla_status', 'leadops_reroutes'].join(',') } }, simpleObjectSchema);
  const p = object.properties;
  const owner = reps.find((r) => r.ownerId === p['hubspot_owner_id']);
  const assignedAt = instant(p['leadops_routed_at']);
  if (!owner || assignedAt === null) return { sla: null, executed: [], reroute: null };
  const firstTouchAt = config.sla.firstTouchProperties.map((name) => instant(p[name])).find((at) => at !== null) ?? null;
  const done = (p['leadops_sla_escalations'] ?? '').split(',').filter(Boolean);
  const sla = evaluateSla({ contact: { id: object.id, properties: p }, ownerId: owner.ownerId, calendar: owner.calendar, assignedAt, firstTouchAt, escalationsDone: done }, config, now);

  const reroutesSoFar = Number(p['leadops_reroutes'] ?? 0) || 0;
  const executed: { step: EscalationDecision; detail: string }[] = [];
  let reroute: RouteContactResult | null = null;
  for (const step of sla.escalationsDue) {
    if (step.action === 'task_owner') {
      await createTask(gateway, contactId, owner.ownerId, `Lead response due: ${p['email'] ?? contactId}`, `${step.text}. ${sla.reasons.map((r) => r.text).join(' ')}`, now);
      executed.push({ step, detail: `task for ${owner.name}` });
    } else if (step.action === 'notify_manager') {
      const manager = managerOf(owner.ownerId, config);
      if (manager) await createTask(gateway, contactId, manager, `SLA breached by ${owner.name}: ${p['email'] ?? contactId}`, `${step.text}. ${sla.reasons.map((r) => r.text).join(' ')}`, now);
      executed.push({ step, detail: manager ? `task for manager ${manager}` : `no manager configured for ${owner.name}; recorded only` });
    } else {
      const limit = rerouteLimit(config, reroutesSoFar);
      if (limit.allowed) {
        // The count goes in the same update as the new owner: a portal without the property fails before anything moves.
        reroute = await routeContact(gateway, config, contactId, { now, reps, claimId, reroute: true, alsoWriteOnAssign: { leadops_reroutes: String(reroutesSoFar + 1) } });
        executed.push({ step, detail: reroute.outcome === 'assigned' ? `re-routed to ${reroute.decision.ownerName} (${limit.text})` : `re-route: ${reroute.outcome}` });
      } else {
        executed.push({ step, detail: limit.text });
      }
    }
    done.push(step.stepId);
  }
  // A re-route starts a new assignment: its own clock, its own ladder.
  const properties: Record<string, string> = reroute?.outcome === 'assigned' ? { leadops_sla_escalations: '' } : { leadops_sla_status: sla.status, leadops_sla_escalations: done.join(',') };
  if ((p['leadops_sla_status'] ?? '') !== properties['leadops_sla_status'] || executed.length > 0) {
    await gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties } }, simpleObjectSchema);
  }
  if (executed.length > 0) await writeAuditNote(gateway, contactId, 'SLA escalation', [...sla.reasons.map((r) => r.text), ...executed.map((e) => `${e.step.label}: ${e.detail}`)], now);
  return { sla, executed, reroute };
}

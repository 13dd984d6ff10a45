import { evaluateSla, managerOf, rerouteLimit, type EscalationDecision, type LeadOpsConfig, type RoutingRep, type SlaEvaluation } from '@leadops/rules';
import { z } from 'zod';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { contactPropertiesToRead } from './contact-properties-to-read';
import { keyedTurns } from './keyed-turns';
import { OperationError } from './operation-error';
import { recordedSlaPolicy } from './recorded-sla-policy';
import { RoutedWithoutNoteError, routeContact, type RouteContactResult } from './route-contact.operation';

const checksInTurn = keyedTurns();

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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
 * the properties in `sla.firstTouchProperties` (hs_sa_first_engagement_date first).
 *
 * Due steps are recorded on the contact *before* they run, so a check that fails part-way never makes
 * the next check create the same task again; a step that failed, or a re-route that found nobody else,
 * is taken off the record again so the next check retries it.
 */
export function checkSla(gateway: HubSpotGateway, config: LeadOpsConfig, reps: readonly RoutingRep[], contactId: string, now: number, claimId: string): Promise<CheckSlaResult> {
  // Two checks of one contact at once (the sweep and a workflow's check-SLA action) would both see a
  // step as not done yet and both create its task: in this process they take turns.
  return checksInTurn(contactId, () => checkSlaNow(gateway, config, reps, contactId, now, claimId));
}

async function checkSlaNow(gateway: HubSpotGateway, config: LeadOpsConfig, reps: readonly RoutingRep[], contactId: string, now: number, claimId: string): Promise<CheckSlaResult> {
  const object = await gateway.call('contacts.get', { path: { objectType: 'contacts', objectId: contactId }, query: { properties: contactPropertiesToRead([config], ['leadops_sla_escalations', 'leadops_sla_status', 'leadops_reroutes', 'leadops_first_touch_at']).join(',') } }, simpleObjectSchema);
  const p = object.properties;
  const owner = reps.find((r) => r.ownerId === p['hubspot_owner_id']);
  const assignedAt = instant(p['leadops_routed_at']);
  if (!owner || assignedAt === null) return { sla: null, executed: [], reroute: null };
  const firstTouchAt = config.sla.firstTouchProperties.map((name) => instant(p[name])).find((at) => at !== null) ?? null;
  const done = (p['leadops_sla_escalations'] ?? '').split(',').filter(Boolean);
  const sla = evaluateSla({ contact: { id: object.id, properties: p }, ownerId: owner.ownerId, calendar: owner.calendar, assignedAt, firstTouchAt, escalationsDone: done, policyId: recordedSlaPolicy(p) }, config, now);
  const record = (stepIds: readonly string[], also: Readonly<Record<string, string>> = {}) => gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { leadops_sla_status: sla.status, leadops_sla_escalations: stepIds.join(','), ...also } } }, simpleObjectSchema);

  const due = sla.escalationsDue;
  if (due.length === 0) {
    // The touch that stopped the clock is recorded with the final status, so the sweep stops checking.
    const stoppedBy: Record<string, string> = sla.metAt !== null && instant(p['leadops_first_touch_at']) !== sla.metAt ? { leadops_first_touch_at: String(sla.metAt) } : {};
    if ((p['leadops_sla_status'] ?? '') !== sla.status || Object.keys(stoppedBy).length > 0) await record(done, stoppedBy);
    return { sla, executed: [], reroute: null };
  }
  // A failure here leaves everything as it was: no task, no note, nothing recorded.
  await record([...done, ...due.map((step) => step.stepId)]);

  const reroutesSoFar = Number(p['leadops_reroutes'] ?? 0) || 0;
  const executed: { step: EscalationDecision; detail: string }[] = [];
  const retryLater: string[] = [];
  let reroute: RouteContactResult | null = null;
  let failure: { step: EscalationDecision; error: unknown } | null = null;
  /** A re-route that moved the lead but could not write its note: the lead has its new owner and clock all the same. */
  let routedWithoutNote: RoutedWithoutNoteError | null = null;
  for (const [index, step] of due.entries()) {
    try {
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
          // The count goes in the same update as the new owner (which also starts the new owner's ladder afresh).
          try {
            reroute = await routeContact(gateway, config, contactId, { now, reps, claimId, reroute: true, alsoWriteOnAssign: { leadops_reroutes: String(reroutesSoFar + 1) } });
          } catch (error) {
            if (!(error instanceof RoutedWithoutNoteError)) throw error;
            routedWithoutNote = error;
          }
          const moved = reroute ?? routedWithoutNote?.routed ?? null;
          if (moved?.outcome === 'assigned') executed.push({ step, detail: `re-routed to ${moved.decision.ownerName} (${limit.text})` });
          else retryLater.push(step.stepId);
        } else {
          executed.push({ step, detail: limit.text });
        }
      }
    } catch (error) {
      failure = { step, error };
      retryLater.push(...due.slice(index).map((later) => later.stepId));
      break;
    }
  }
  // The re-route wrote the new owner's fresh clock: writing this clock's status and steps back would give them to the new owner.
  const reassigned = reroute?.outcome === 'assigned' || routedWithoutNote?.routed.outcome === 'assigned';
  const problems: string[] = [];
  if (failure !== null) problems.push(`The SLA step "${failure.step.label}" failed: ${message(failure.error)}.`);
  if (routedWithoutNote !== null) problems.push(routedWithoutNote.summary);
  // Steps that did not happen come off the record, so the next check tries them again.
  if (!reassigned && retryLater.length > 0) {
    try {
      await record([...done, ...due.map((step) => step.stepId).filter((id) => !retryLater.includes(id))]);
    } catch (error) {
      problems.push(`Taking ${retryLater.join(', ')} off the record of done steps failed (${message(error)}), so no check will retry them: do them by hand.`);
    }
  }
  if (executed.length > 0) {
    try {
      await writeAuditNote(gateway, contactId, 'SLA escalation', [...sla.reasons.map((r) => r.text), ...executed.map((e) => `${e.step.label}: ${e.detail}`)], now);
    } catch (error) {
      problems.push(`The audit note of the steps done could not be written (${message(error)}).`);
    }
  }
  if (problems.length > 0) {
    const ran = executed.length > 0 ? ` Done: ${executed.map((e) => `${e.step.label} (${e.detail})`).join('; ')}.` : '';
    throw new OperationError('ESCALATION_INCOMPLETE', `${problems.join(' ')}${ran}`, failure === null ? 'Nothing to redo: each step that ran is recorded and will not run twice.' : 'Nothing to undo: the next SLA check retries the steps that did not happen.');
  }
  return { sla, executed, reroute };
}

import { evaluateSla, managerOf, rerouteLimit, type EscalationDecision, type LeadOpsConfig, type RoutingRep, type SlaEvaluation } from '@leadops/rules';
import type { HubSpotGateway } from '../hubspot/hubspot-gateway';
import { simpleObjectSchema } from '../hubspot/hubspot-responses';
import { writeAuditNote } from './audit-note';
import { contactPropertiesToRead } from './contact-properties-to-read';
import { formatEscalationRecord, parseEscalationRecord, type EscalationRecord } from './escalation-record';
import { keyedTurns } from './keyed-turns';
import { OperationError } from './operation-error';
import { recordedSlaPolicy } from './recorded-sla-policy';
import { RoutedWithoutNoteError, routeContact, type RouteContactResult } from './route-contact.operation';
import { createSlaTask, findSlaTask, type SlaTask } from './sla-task';

const checksInTurn = keyedTurns();

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

/**
 * Checks one contact's lead-response SLA and runs the escalation steps that are due: a task for the
 * owner, a task for the owner's manager, or a re-route away from the owner (at most `sla.maxReroutes`
 * times per contact, counted in `leadops_reroutes`). The first touch comes from
 * the properties in `sla.firstTouchProperties` (hs_sa_first_engagement_date first).
 *
 * Due steps are recorded on the contact as started *before* they run, and as done once they have. A
 * step still marked started at the next check (it failed, HubSpot did not answer, the check stopped) runs
 * again, but a task step first looks for its task on the contact: a create HubSpot applied without
 * confirming is not repeated, and one it never applied is not lost. A re-route that found nobody else
 * stays started, so the next check tries again.
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
  const recorded = parseEscalationRecord(p['leadops_sla_escalations']);
  const sla = evaluateSla({ contact: { id: object.id, properties: p }, ownerId: owner.ownerId, calendar: owner.calendar, assignedAt, firstTouchAt, escalationsDone: recorded.done, policyId: recordedSlaPolicy(p) }, config, now);
  const record = (steps: EscalationRecord, also: Readonly<Record<string, string>> = {}) => gateway.call('contacts.update', { path: { objectType: 'contacts', objectId: contactId }, body: { properties: { leadops_sla_status: sla.status, leadops_sla_escalations: formatEscalationRecord(steps), ...also } } }, simpleObjectSchema);

  const due = sla.escalationsDue;
  if (due.length === 0) {
    // The touch that stopped the clock is recorded with the final status, so the sweep stops checking.
    const stoppedBy: Record<string, string> = sla.metAt !== null && instant(p['leadops_first_touch_at']) !== sla.metAt ? { leadops_first_touch_at: String(sla.metAt) } : {};
    if ((p['leadops_sla_status'] ?? '') !== sla.status || Object.keys(stoppedBy).length > 0) await record(recorded, stoppedBy);
    return { sla, executed: [], reroute: null };
  }
  // A failure here leaves everything as it was: no task, no note, nothing recorded.
  const dueIds = due.map((step) => step.stepId);
  await record({ done: recorded.done, started: [...recorded.started, ...dueIds] });

  const reroutesSoFar = Number(p['leadops_reroutes'] ?? 0) || 0;
  const executed: { step: EscalationDecision; detail: string }[] = [];
  let reroute: RouteContactResult | null = null;
  let failure: { step: EscalationDecision; error: unknown } | null = null;
  /** A re-route that moved the lead but could not write its note: the lead has its new owner and clock all the same. */
  let routedWithoutNote: RoutedWithoutNoteError | null = null;
  const key = (step: EscalationDecision) => ({ stepId: step.stepId, clockStartedAt: assignedAt });
  const reasons = sla.reasons.map((r) => r.text).join(' ');
  /** Creates the step's task, unless an earlier check that started the step already did (and HubSpot's answer was lost). */
  const runTask = async (step: EscalationDecision, task: SlaTask, forWhom: string): Promise<string> => {
    if (recorded.started.includes(step.stepId) && (await findSlaTask(gateway, contactId, task.key)) !== null) return `${forWhom} (created by an earlier check that HubSpot did not answer; not created again)`;
    await createSlaTask(gateway, task, now);
    return forWhom;
  };
  for (const step of due) {
    try {
      if (step.action === 'task_owner') {
        executed.push({ step, detail: await runTask(step, { contactId, ownerId: owner.ownerId, subject: `Lead response due: ${p['email'] ?? contactId}`, body: `${step.text}. ${reasons}`, key: key(step) }, `task for ${owner.name}`) });
      } else if (step.action === 'notify_manager') {
        const manager = managerOf(owner.ownerId, config);
        executed.push({ step, detail: manager ? await runTask(step, { contactId, ownerId: manager, subject: `SLA breached by ${owner.name}: ${p['email'] ?? contactId}`, body: `${step.text}. ${reasons}`, key: key(step) }, `task for manager ${manager}`) : `no manager configured for ${owner.name}; recorded only` });
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
          // Nobody else could take the lead: the step stays started, so the next check tries again.
          if (moved?.outcome === 'assigned') executed.push({ step, detail: `re-routed to ${moved.decision.ownerName} (${limit.text})` });
        } else {
          executed.push({ step, detail: limit.text });
        }
      }
    } catch (error) {
      failure = { step, error };
      break;
    }
  }
  // The re-route wrote the new owner's fresh clock: writing this clock's status and steps back would give them to the new owner.
  const reassigned = reroute?.outcome === 'assigned' || routedWithoutNote?.routed.outcome === 'assigned';
  const problems: string[] = [];
  if (failure !== null) problems.push(`The SLA step "${failure.step.label}" failed: ${message(failure.error)}.`);
  if (routedWithoutNote !== null) problems.push(routedWithoutNote.summary);
  const doneNow = executed.map((e) => e.step.stepId);
  const notDone = dueIds.filter((id) => !doneNow.includes(id));
  // With nothing done, the record already says what it should: every due step started.
  if (!reassigned && doneNow.length > 0) {
    try {
      await record({ done: [...recorded.done, ...doneNow], started: [...recorded.started, ...notDone] });
    } catch (error) {
      // Nothing is lost: the steps stay marked started, and the next check finds their tasks instead of creating them again.
      problems.push(`Marking ${doneNow.join(', ')} as done failed (${message(error)}); the next check looks for their tasks before it runs them again.`);
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
    throw new OperationError('ESCALATION_INCOMPLETE', `${problems.join(' ')}${ran}`, failure === null ? 'Nothing to redo: each step that ran is recorded and will not run twice.' : 'Nothing to undo: the next SLA check retries the steps that did not happen, and first looks for any task HubSpot created without confirming it.');
  }
  return { sla, executed, reroute };
}
